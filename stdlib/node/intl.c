// SPDX-License-Identifier: MIT
//
// intl.c: the natives of require('kiln:intl') (see stdlib/node/bindings.c),
// the time-zone queries behind Intl.DateTimeFormat
// (stdlib/node/internal_intl_date.js).
//
// Zones are the system's zoneinfo files (TZif, $TZDIR or
// /usr/share/zoneinfo). The C library reads them: to learn the offset of a
// zone at an instant, TZ is pointed at the zone for one localtime_r call and
// put back at once, so Date's local time (stdlib/builtins/date.c, which
// reads the process's zone) never sees the change.
#include "internal.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <time.h>
#include <unistd.h>

static const char *tzdir(void) {
  const char *d = getenv("TZDIR");
  return d && *d ? d : "/usr/share/zoneinfo";
}

// Whether [path] is a TZif file.
static bool is_tzif(const char *path) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return false;
  char magic[4];
  bool ok = fread(magic, 1, 4, f) == 4 && !memcmp(magic, "TZif", 4);
  fclose(f);
  return ok;
}

// zoneName(name): the zoneinfo file matching [name] case-insensitively, as
// spelled on disk ("america/new_york" -> "America/New_York"), or undefined.
static JsValue intl_zone_name(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                              JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  JsValue v = js_arg(argc, argv, 0);
  if (!js_is_string(v))
    return JS_UNDEFINED;
  const char *name = js_cstr(rt, v);
  size_t n = strlen(name);
  if (n == 0 || n > 200 || name[0] == '/')
    return JS_UNDEFINED;
  char path[1024], out[256];
  snprintf(path, sizeof path, "%s", tzdir());
  size_t plen = strlen(path), olen = 0;
  const char *p = name;
  while (*p) {
    const char *slash = strchr(p, '/');
    size_t len = slash ? (size_t)(slash - p) : strlen(p);
    if (len == 0 || p[0] == '.' || len > 100)
      return JS_UNDEFINED;
    DIR *dir = opendir(path);
    if (!dir)
      return JS_UNDEFINED;
    struct dirent *e;
    bool found = false;
    while ((e = readdir(dir))) {
      if (strlen(e->d_name) == len && !strncasecmp(e->d_name, p, len)) {
        // Prefer the exact spelling when two entries differ only in case.
        if (!found || !strncmp(e->d_name, p, len)) {
          snprintf(path + plen, sizeof path - plen, "/%s", e->d_name);
          snprintf(out + olen, sizeof out - olen, "%s%s", olen ? "/" : "", e->d_name);
          found = true;
        }
      }
    }
    closedir(dir);
    if (!found)
      return JS_UNDEFINED;
    plen = strlen(path);
    olen = strlen(out);
    p += len;
    if (*p == '/')
      p++;
    else if (*p)
      return JS_UNDEFINED;
  }
  if (!strncasecmp(out, "posix/", 6) || !strncasecmp(out, "right/", 6) ||
      !strcasecmp(out, "posixrules") || !strcasecmp(out, "localtime") || !is_tzif(path))
    return JS_UNDEFINED;
  return js_new_cstring(rt, out);
}

// zoneOffset(name, ms): [offset east of UTC in seconds, is DST] for zone
// [name] (a zoneName result) at the instant [ms].
static JsValue intl_zone_offset(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)new_target;
  const char *name = js_cstr(rt, js_arg(argc, argv, 0));
  JsValue msv = js_arg(argc, argv, 1);
  double ms = js_is_number(msv) ? js_get_number(msv) : 0;
  time_t s = (time_t)(ms / 1000.0);
  if ((double)s * 1000.0 > ms)
    s--;  // floor
  const char *old = getenv("TZ");
  char *saved = old ? strdup(old) : NULL;
  char want[512];
  if (name[0] == '/')
    snprintf(want, sizeof want, ":%s", name);
  else
    snprintf(want, sizeof want, ":%s/%s", tzdir(), name);
  setenv("TZ", want, 1);
  tzset();
  struct tm tm;
  bool ok = localtime_r(&s, &tm) != NULL;
  if (saved) {
    setenv("TZ", saved, 1);
    free(saved);
  } else {
    unsetenv("TZ");
  }
  tzset();
  if (!ok)
    return JS_UNDEFINED;
  JsValue parts[2] = {js_number((double)tm.tm_gmtoff), tm.tm_isdst > 0 ? JS_TRUE : JS_FALSE};
  return js_new_array_from(rt, 2, parts);
}

// defaultZone(): the process's zone as TZ (without a leading ':') or the
// /etc/localtime link names it ("America/New_York", "/path/to/file", ""
// when TZ is empty), or undefined when /etc/localtime names no zone.
static JsValue intl_default_zone(JsRt *rt, JsValue callee, JsValue this_val, int argc,
                                 JsValue *argv, JsValue new_target) {
  (void)callee, (void)this_val, (void)argc, (void)argv, (void)new_target;
  const char *tz = getenv("TZ");
  if (tz) {
    if (*tz == ':')
      tz++;
    return js_new_cstring(rt, tz);
  }
  char buf[1024];
  ssize_t n = readlink("/etc/localtime", buf, sizeof buf - 1);
  if (n <= 0)
    return JS_UNDEFINED;
  buf[n] = 0;
  const char *z = strstr(buf, "zoneinfo/");
  return z ? js_new_cstring(rt, z + 9) : JS_UNDEFINED;
}

static const JsNativeDef intl_funcs[] = {
    JS_FN("zoneName", intl_zone_name, 1),
    JS_FN("zoneOffset", intl_zone_offset, 2),
    JS_FN("defaultZone", intl_default_zone, 0),
};

JsValue js_binding_intl(JsRt *rt) {
  JsValue b = js_new_object(rt);
  JS_INSTALL(rt, b, intl_funcs);
  return b;
}
