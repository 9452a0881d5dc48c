// SPDX-License-Identifier: MIT
//
// resolve_main.c: kiln_resolve_test, a driver for compiler/module/resolve.c
// used by tests/resolve/run.py.
//
// Reads one case per stdin line, "<mode>\t<from>\t<specifier>" (fields
// with \\, \t and \n escaped), and prints one answer line per case:
//   require/import:  file <path> | builtin <name> | error <code> <message>
//   format:          format module|commonjs|json|unknown   (of <from>)
//   builtin:         builtin-name yes|no                    (of <specifier>)
// With a root folder as the only argument, paths under it are printed
// relative to it. Messages have \\ and newlines escaped, so each answer is
// one line.
#include "module.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

// Undoes the escapes of one field, in place.
static void unescape(char *s) {
  char *out = s;
  for (; *s; s++) {
    if (*s != '\\' || !s[1]) {
      *out++ = *s;
      continue;
    }
    s++;
    *out++ = *s == 'n' ? '\n' : *s == 't' ? '\t' : *s;
  }
  *out = '\0';
}

static void print_escaped(const char *s) {
  for (; *s; s++) {
    if (*s == '\\')
      fputs("\\\\", stdout);
    else if (*s == '\n')
      fputs("\\n", stdout);
    else if (*s == '\t')
      fputs("\\t", stdout);
    else
      putchar(*s);
  }
}

static void print_resolution(Resolution r, const char *root) {
  size_t n = root ? strlen(root) : 0;
  switch (r.status) {
  case RESOLVE_FILE:
    if (root && strncmp(r.path, root, n) == 0 && r.path[n] == '/')
      printf("file %s\n", r.path + n + 1);
    else
      printf("file %s\n", r.path);
    break;
  case RESOLVE_BUILTIN:
    printf("builtin %s\n", r.builtin);
    break;
  default:
    printf("error %s ", r.code);
    print_escaped(r.message);
    putchar('\n');
  }
  free(r.path);
  free(r.builtin);
  free(r.code);
  free(r.message);
}

static const char *format_name(ModuleFormat f) {
  switch (f) {
  case FORMAT_COMMONJS: return "commonjs";
  case FORMAT_MODULE: return "module";
  case FORMAT_JSON: return "json";
  default: return "unknown";
  }
}

static void run_case(char *line, const char *root) {
  char *mode = line, *from = strchr(line, '\t'), *spec = NULL;
  if (from) {
    *from++ = '\0';
    spec = strchr(from, '\t');
  }
  if (!spec) {
    printf("error BAD_CASE malformed input line\n");
    return;
  }
  *spec++ = '\0';
  unescape(from);
  unescape(spec);
  if (strcmp(mode, "format") == 0)
    printf("format %s\n", format_name(module_format(from)));
  else if (strcmp(mode, "builtin") == 0)
    printf("builtin-name %s\n", module_is_builtin(spec) ? "yes" : "no");
  else
    print_resolution(module_resolve(spec, from, strcmp(mode, "import") == 0
                                                    ? RESOLVE_IMPORT : RESOLVE_REQUIRE), root);
}

int main(int argc, char **argv) {
  const char *root = argc > 1 ? argv[1] : NULL;
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  while ((len = getline(&line, &cap, stdin)) >= 0) {
    if (len > 0 && line[len - 1] == '\n')
      line[--len] = '\0';
    run_case(line, root);
    fflush(stdout);
  }
  free(line);
  return 0;
}
