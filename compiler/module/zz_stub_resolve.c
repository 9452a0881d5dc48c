// TEMPORARY weak stub until resolve.c lands. DELETE.
#include "module.h"
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
__attribute__((weak)) bool module_is_builtin(const char *name) {
  static const char *b[] = {"path","events","util","assert","timers","timers/promises","fs","os","crypto","buffer","stream","url","child_process","http","net",0};
  if (strncmp(name, "node:", 5) == 0) name += 5;
  for (int i = 0; b[i]; i++) if (!strcmp(b[i], name)) return true;
  return false;
}
__attribute__((weak)) Resolution module_resolve(const char *spec, const char *from, ResolveMode mode) {
  Resolution r = {0};
  if (module_is_builtin(spec)) { r.status = RESOLVE_BUILTIN; r.builtin = strdup(strncmp(spec,"node:",5)==0?spec+5:spec); return r; }
  char base[PATH_MAX*2];
  char dir[PATH_MAX]; snprintf(dir, sizeof dir, "%s", from); char *sl = strrchr(dir, '/'); if (sl) *sl = 0;
  snprintf(base, sizeof base, "%s/%s", dir, spec);
  const char *suf[] = {"", ".js", ".json", "/index.js", 0};
  for (int i = 0; suf[i] && (mode == RESOLVE_REQUIRE || i == 0); i++) {
    char c[PATH_MAX*2+16]; snprintf(c, sizeof c, "%s%s", base, suf[i]);
    struct stat st; if (stat(c, &st) == 0 && S_ISREG(st.st_mode)) { char a[PATH_MAX]; r.path = strdup(realpath(c, a) ? a : c); r.status = RESOLVE_FILE; return r; }
  }
  r.status = RESOLVE_NOT_FOUND; r.code = strdup("MODULE_NOT_FOUND"); r.message = strdup("Cannot find module");
  return r;
}
__attribute__((weak)) ModuleFormat module_format(const char *p) {
  size_t n = strlen(p);
  if (n > 4 && !strcmp(p+n-4, ".mjs")) return FORMAT_MODULE;
  if (n > 5 && !strcmp(p+n-5, ".json")) return FORMAT_JSON;
  return FORMAT_COMMONJS;
}
