// SPDX-License-Identifier: MIT
//
// resolve.c: node 20's module resolution, done at compile time (module.h).
//
// Two algorithms live here because they share node's package machinery:
//  - CommonJS, for require(): node's docs/api/modules.md "All together"
//    (LOAD_AS_FILE, LOAD_AS_DIRECTORY, LOAD_NODE_MODULES, LOAD_PACKAGE_IMPORTS,
//    LOAD_PACKAGE_SELF, LOAD_PACKAGE_EXPORTS);
//  - ES modules, for import: ESM_RESOLVE in docs/api/esm.md, where
//    specifiers are URLs (no extension search, no directory index).
// "exports"/"imports" targets are resolved by one set of functions for both,
// as in node, which is why CommonJS sometimes reports ESM-style errors.
//
// The documentation is the outline; the details (error codes, message
// text, quirks) follow what node v20.20.2 does, observed on the fixtures
// of tests/resolve (run.py records node's answers). Notable quirks kept:
// "node-addons" is a condition for both require and import; ESM looks for
// packages in node_modules/node_modules while CommonJS does not; a relative
// ESM "Did you mean" hint is computed by node relative to the current
// directory, taken here to be the importing file's folder.
//
// package.json files are read by a small JSON reader whose error messages
// are V8's JSON.parse messages (node shows them to users), and cached by
// path for the life of the process (never freed: the compiler is
// short-lived). Specifiers become URLs the way node's URL parser makes
// them, for the subset of the WHATWG URL standard that file: URLs use.
#include "module.h"

#include <math.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>
#include <unistd.h>

#define PRINTF_LIKE(f, a) __attribute__((format(printf, f, a)))

// ---------------------------------------------------------------------------
// Built-in modules

// require('module').builtinModules on node v20.20.2: 68 names. Each may
// also be written "node:<name>".
static const char *const builtin_names[] = {
  "_http_agent", "_http_client", "_http_common", "_http_incoming",
  "_http_outgoing", "_http_server", "_stream_duplex", "_stream_passthrough",
  "_stream_readable", "_stream_transform", "_stream_wrap", "_stream_writable",
  "_tls_common", "_tls_wrap", "assert", "assert/strict", "async_hooks",
  "buffer", "child_process", "cluster", "console", "constants", "crypto",
  "dgram", "diagnostics_channel", "dns", "dns/promises", "domain", "events",
  "fs", "fs/promises", "http", "http2", "https", "inspector",
  "inspector/promises", "module", "net", "os", "path", "path/posix",
  "path/win32", "perf_hooks", "process", "punycode", "querystring",
  "readline", "readline/promises", "repl", "stream", "stream/consumers",
  "stream/promises", "stream/web", "string_decoder", "sys", "timers",
  "timers/promises", "tls", "trace_events", "tty", "url", "util",
  "util/types", "v8", "vm", "wasi", "worker_threads", "zlib",
};

// Built-ins that exist only with the scheme (node 20's schemeless block
// list; node:sqlite arrived in node 22).
static const char *const scheme_only_builtins[] = {"sea", "test", "test/reporters"};

static bool in_list(const char *const *list, size_t n, const char *name) {
  for (size_t i = 0; i < n; i++)
    if (strcmp(list[i], name) == 0)
      return true;
  return false;
}

// What require("x") and import "x" accept without "node:".
static bool builtin_without_scheme(const char *name) {
  return in_list(builtin_names, sizeof builtin_names / sizeof *builtin_names, name);
}

// What may follow "node:".
static bool builtin_with_scheme(const char *name) {
  return builtin_without_scheme(name) ||
         in_list(scheme_only_builtins,
                 sizeof scheme_only_builtins / sizeof *scheme_only_builtins, name);
}

// The conditions "exports" and "imports" objects are matched against, with
// "default" always matching. node 20.20 adds "node-addons" (unless run with
// --no-addons) and "module-sync" (require(esm) is on by default since 20.19).
static const char *const cjs_conditions[] = {"require", "node", "node-addons",
                                             "module-sync", NULL};
static const char *const esm_conditions[] = {"node", "import", "node-addons",
                                             "module-sync", NULL};

// ---------------------------------------------------------------------------
// Memory and strings

static void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) {
    fputs("kiln: out of memory\n", stderr);
    abort();
  }
  return p;
}

static void *xrealloc(void *p, size_t n) {
  p = realloc(p, n ? n : 1);
  if (!p) {
    fputs("kiln: out of memory\n", stderr);
    abort();
  }
  return p;
}

static char *xstrndup(const char *s, size_t n) {
  char *p = xmalloc(n + 1);
  memcpy(p, s, n);
  p[n] = '\0';
  return p;
}

static char *xstrdup(const char *s) {
  return xstrndup(s, strlen(s));
}

static char *xvprintf(const char *fmt, va_list ap) {
  char small[256];
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(small, sizeof small, fmt, ap2);
  va_end(ap2);
  if (n < 0)
    return xstrdup("");
  if ((size_t)n < sizeof small)
    return xstrndup(small, (size_t)n);
  char *s = xmalloc((size_t)n + 1);
  vsnprintf(s, (size_t)n + 1, fmt, ap);
  return s;
}

static PRINTF_LIKE(1, 2) char *xprintf(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  char *s = xvprintf(fmt, ap);
  va_end(ap);
  return s;
}

static bool starts_with(const char *s, const char *prefix) {
  return strncmp(s, prefix, strlen(prefix)) == 0;
}

static bool ends_with(const char *s, const char *suffix) {
  size_t n = strlen(s), m = strlen(suffix);
  return n >= m && memcmp(s + n - m, suffix, m) == 0;
}

static bool streq(const char *a, const char *b) {
  return strcmp(a, b) == 0;
}

// A growable string; buf_take() hands over a NUL-terminated copy.
typedef struct Buf {
  char *s;
  size_t len, cap;
} Buf;

static void buf_add(Buf *b, const char *s, size_t n) {
  if (b->len + n + 1 > b->cap) {
    b->cap = (b->len + n + 1) * 2;
    b->s = xrealloc(b->s, b->cap);
  }
  memcpy(b->s + b->len, s, n);
  b->len += n;
}

static void buf_addc(Buf *b, char c) {
  buf_add(b, &c, 1);
}

static void buf_adds(Buf *b, const char *s) {
  buf_add(b, s, strlen(s));
}

static char *buf_take(Buf *b) {
  buf_add(b, "", 0);
  b->s[b->len] = '\0';
  char *s = b->s;
  *b = (Buf){0};
  return s;
}

// Every [c] in [s] replaced by [with] (JS s.replace(/\*/g, () => with)).
static char *replace_all(const char *s, char c, const char *with) {
  Buf b = {0};
  for (; *s; s++) {
    if (*s == c)
      buf_adds(&b, with);
    else
      buf_addc(&b, *s);
  }
  return buf_take(&b);
}

// The first [c] in [s] replaced by [with] (JS s.replace('*', () => with)).
static char *replace_first(const char *s, char c, const char *with) {
  const char *at = strchr(s, c);
  if (!at)
    return xstrdup(s);
  return xprintf("%.*s%s%s", (int)(at - s), s, with, at + 1);
}

static const char hex_upper[] = "0123456789ABCDEF";

static void buf_add_percent(Buf *b, unsigned char c) {
  char esc[3] = {'%', hex_upper[c >> 4], hex_upper[c & 15]};
  buf_add(b, esc, 3);
}

static int hex_value(char c) {
  if (c >= '0' && c <= '9')
    return c - '0';
  if (c >= 'a' && c <= 'f')
    return c - 'a' + 10;
  if (c >= 'A' && c <= 'F')
    return c - 'A' + 10;
  return -1;
}

// JSON.stringify(s) for a UTF-8 string, as node quotes values in messages.
static char *json_quote(const char *s) {
  Buf b = {0};
  buf_addc(&b, '"');
  for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
    switch (*p) {
    case '"': buf_adds(&b, "\\\""); break;
    case '\\': buf_adds(&b, "\\\\"); break;
    case '\b': buf_adds(&b, "\\b"); break;
    case '\f': buf_adds(&b, "\\f"); break;
    case '\n': buf_adds(&b, "\\n"); break;
    case '\r': buf_adds(&b, "\\r"); break;
    case '\t': buf_adds(&b, "\\t"); break;
    default:
      if (*p < 0x20) {
        char esc[7];
        snprintf(esc, sizeof esc, "\\u%04x", *p);
        buf_adds(&b, esc);
      } else {
        buf_addc(&b, (char)*p);
      }
    }
  }
  buf_addc(&b, '"');
  return buf_take(&b);
}

// encodeURIComponent(s): everything but A-Z a-z 0-9 - _ . ! ~ * ' ( ).
static char *encode_uri_component(const char *s, size_t n) {
  Buf b = {0};
  for (size_t i = 0; i < n; i++) {
    unsigned char c = (unsigned char)s[i];
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
        strchr("-_.!~*'()", c))
      buf_addc(&b, (char)c);
    else
      buf_add_percent(&b, c);
  }
  return buf_take(&b);
}

// ---------------------------------------------------------------------------
// File system

// node's internalModuleStat: 1 for a directory, 0 for anything else that
// exists, -1 when stat fails (symlinks followed).
static int fs_stat(const char *path) {
  struct stat st;
  if (stat(path, &st) != 0)
    return -1;
  return S_ISDIR(st.st_mode) ? 1 : 0;
}

// The real path (symlinks resolved), as node gives for every resolved file.
static char *fs_realpath(const char *path) {
  char *real = realpath(path, NULL);
  return real ? real : xstrdup(path);
}

// The whole file, or NULL if it cannot be read (missing, a directory...).
static char *fs_read_file(const char *path, size_t *len) {
  FILE *f = fopen(path, "rb");
  if (!f)
    return NULL;
  Buf b = {0};
  char chunk[8192];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    buf_add(&b, chunk, n);
  bool bad = ferror(f);
  fclose(f);
  if (bad) {
    free(b.s);
    return NULL;
  }
  *len = b.len;
  return buf_take(&b);
}

static char *current_dir(void) {
  char *cwd = getcwd(NULL, 0);
  return cwd ? cwd : xstrdup("/");
}

// ---------------------------------------------------------------------------
// POSIX paths (node's path.posix)

// path.normalize() for an absolute path: no ".", "..", empty segments or
// trailing slash; "/" for the root.
static char *path_normalize_abs(const char *p) {
  Buf out = {0};
  while (*p) {
    while (*p == '/')
      p++;
    const char *end = p;
    while (*end && *end != '/')
      end++;
    size_t n = (size_t)(end - p);
    if (n == 2 && p[0] == '.' && p[1] == '.') {
      while (out.len && out.s[out.len - 1] != '/')
        out.len--;
      if (out.len)
        out.len--;
    } else if (n > 0 && !(n == 1 && p[0] == '.')) {
      buf_addc(&out, '/');
      buf_add(&out, p, n);
    }
    p = end;
  }
  if (out.len == 0)
    buf_addc(&out, '/');
  return buf_take(&out);
}

// path.resolve(dir, rel) where [dir] is absolute.
static char *path_resolve(const char *dir, const char *rel) {
  if (rel[0] == '/')
    return path_normalize_abs(rel);
  char *joined = xprintf("%s/%s", dir, rel);
  char *out = path_normalize_abs(joined);
  free(joined);
  return out;
}

// path.dirname() for an absolute path.
static char *path_dirname(const char *p) {
  size_t n = strlen(p);
  while (n > 1 && p[n - 1] == '/')
    n--;
  while (n > 0 && p[n - 1] != '/')
    n--;
  while (n > 1 && p[n - 1] == '/')
    n--;
  if (n == 0)
    return xstrdup(p[0] == '/' ? "/" : ".");
  return xstrndup(p, n);
}

// Whether path.normalize(rel) starts with "..", for a relative [rel]: the
// CommonJS resolver only skips a missing search folder when the request
// stays inside it.
static bool path_normalized_starts_dotdot(const char *rel) {
  Buf out = {0};
  size_t leading_up = 0, segments = 0;
  while (*rel) {
    while (*rel == '/')
      rel++;
    const char *end = rel;
    while (*end && *end != '/')
      end++;
    size_t n = (size_t)(end - rel);
    if (n == 2 && rel[0] == '.' && rel[1] == '.') {
      if (segments > leading_up) {
        while (out.len && out.s[out.len - 1] != '/')
          out.len--;
        if (out.len)
          out.len--;
        segments--;
      } else {
        buf_adds(&out, out.len ? "/.." : "..");
        leading_up++;
        segments++;
      }
    } else if (n > 0 && !(n == 1 && rel[0] == '.')) {
      if (out.len)
        buf_addc(&out, '/');
      buf_add(&out, rel, n);
      segments++;
    }
    rel = end;
  }
  bool result = out.len >= 2 && out.s[0] == '.' && out.s[1] == '.';
  free(out.s);
  return result;
}

// path.posix.relative(from, to) for two absolute, normalized paths.
static char *path_relative(const char *from, const char *to) {
  size_t common = 0, i = 0;
  // The longest shared prefix that ends at a segment boundary.
  for (;; i++) {
    char a = from[i], b = to[i];
    if ((a == '/' || a == '\0') && (b == '/' || b == '\0'))
      common = i;
    if (a != b || a == '\0')
      break;
  }
  Buf out = {0};
  for (const char *p = from + common; *p; p++) {
    if (*p == '/' && p[1] != '\0')
      buf_adds(&out, out.len ? "/.." : "..");
  }
  const char *rest = to + common;
  if (*rest == '/')
    rest++;
  if (*rest) {
    if (out.len)
      buf_addc(&out, '/');
    buf_adds(&out, rest);
  }
  return buf_take(&out);
}

// ---------------------------------------------------------------------------
// URLs: the part of the WHATWG URL standard that file: URLs need

// The "path percent-encode set": C0 controls, space, " # < > ? ` { } and
// everything outside ASCII.
static bool in_path_escape_set(unsigned char c) {
  return c <= 0x20 || c >= 0x7F || strchr("\"#<>?`{}", c) != NULL;
}

// pathToFileURL(path).href for an absolute path; like node, it also
// escapes "%", "\" and newlines, which a path may hold literally.
static char *url_from_path(const char *path) {
  Buf b = {0};
  buf_adds(&b, "file://");
  for (const unsigned char *p = (const unsigned char *)path; *p; p++) {
    if (*p == '%' || *p == '\\' || in_path_escape_set(*p))
      buf_add_percent(&b, *p);
    else
      buf_addc(&b, (char)*p);
  }
  return buf_take(&b);
}

static bool is_single_dot(const char *s, size_t n) {
  return (n == 1 && s[0] == '.') || (n == 3 && strncasecmp(s, "%2e", 3) == 0);
}

static bool is_double_dot(const char *s, size_t n) {
  if (n == 2)
    return s[0] == '.' && s[1] == '.';
  if (n == 4)
    return (s[0] == '.' && strncasecmp(s + 1, "%2e", 3) == 0) ||
           (strncasecmp(s, "%2e", 3) == 0 && s[3] == '.');
  return n == 6 && strncasecmp(s, "%2e%2e", 6) == 0;
}

// Appends the path [in] (n bytes, no query or fragment) to [path], which
// holds "/seg" per segment already there: the URL parser's path state for
// a special scheme ("\" separates too; "." and ".." segments, also written
// %2e, are applied; characters of the escape set are percent-encoded).
static void url_add_path(Buf *path, const char *in, size_t n) {
  size_t i = 0;
  for (;;) {
    size_t start = i;
    while (i < n && in[i] != '/' && in[i] != '\\')
      i++;
    const char *seg = in + start;
    size_t len = i - start;
    bool last = i >= n;
    if (is_double_dot(seg, len)) {
      while (path->len && path->s[path->len - 1] != '/')
        path->len--;
      if (path->len)
        path->len--;
      if (last)
        buf_addc(path, '/');
    } else if (is_single_dot(seg, len)) {
      if (last)
        buf_addc(path, '/');
    } else {
      buf_addc(path, '/');
      for (size_t k = 0; k < len; k++) {
        unsigned char c = (unsigned char)seg[k];
        if (in_path_escape_set(c))
          buf_add_percent(path, c);
        else
          buf_addc(path, (char)c);
      }
    }
    if (last)
      break;
    i++;
  }
}

// The URL parser's input cleanup: leading and trailing C0 controls and
// spaces go, tabs and newlines anywhere go.
static char *url_clean_input(const char *s) {
  size_t n = strlen(s);
  while (n && (unsigned char)s[n - 1] <= 0x20)
    n--;
  while (n && (unsigned char)*s <= 0x20)
    s++, n--;
  Buf b = {0};
  for (size_t i = 0; i < n; i++) {
    if (s[i] != '\t' && s[i] != '\n' && s[i] != '\r')
      buf_addc(&b, s[i]);
  }
  return buf_take(&b);
}

// The length of a URL scheme at the start of [s] (up to, not including,
// the ":"), or 0 when [s] does not start with one.
static size_t url_scheme_length(const char *s) {
  if (!((s[0] >= 'a' && s[0] <= 'z') || (s[0] >= 'A' && s[0] <= 'Z')))
    return 0;
  size_t i = 1;
  while ((s[i] >= 'a' && s[i] <= 'z') || (s[i] >= 'A' && s[i] <= 'Z') ||
         (s[i] >= '0' && s[i] <= '9') || s[i] == '+' || s[i] == '-' || s[i] == '.')
    i++;
  return s[i] == ':' ? i : 0;
}

static bool is_slash(char c) {
  return c == '/' || c == '\\';
}

static bool uri_decode(const char *s, char **out);

// Whether the URL parser accepts [host] (n bytes) for a special scheme:
// an IPv6 literal, or a name whose percent-decoded form has none of the
// "forbidden domain code points". (IPv4 number checks and IDNA are left
// out: kiln only needs to know that a file: URL has a host at all.)
static bool url_host_valid(const char *host, size_t n) {
  if (n > 0 && host[0] == '[')
    return host[n - 1] == ']' && n > 2 && strspn(host + 1, "0123456789abcdefABCDEF:.") == n - 2;
  char *raw = xstrndup(host, n), *decoded = NULL;
  bool ok = uri_decode(raw, &decoded) && decoded[0];
  for (const unsigned char *p = (const unsigned char *)(ok ? decoded : ""); *p; p++) {
    if (*p <= 0x20 || *p == 0x7F || strchr("#%/:<>?@[\\]^|", *p))
      ok = false;
  }
  free(raw);
  free(decoded);
  return ok;
}

// Builds "file://<host><path>" from [rest], which follows "file:" or is a
// reference starting with two slashes: an optional host, then a path
// resolved from the root. "localhost" is no host, as for the URL parser.
// NULL when the host is not one the URL parser accepts.
static char *url_file_from_rest(const char *rest) {
  Buf host = {0};
  if (is_slash(rest[0]) && is_slash(rest[1])) {
    rest += 2;
    while (*rest && !is_slash(*rest) && *rest != '?' && *rest != '#')
      buf_addc(&host, *rest++);
  }
  char *h = buf_take(&host);
  Buf path = {0};
  bool drive = strlen(h) == 2 && ((h[0] | 0x20) >= 'a' && (h[0] | 0x20) <= 'z') &&
               (h[1] == ':' || h[1] == '|');
  if (drive) {
    // The URL parser's Windows drive letter quirk, on every platform:
    // "//c:/x" has no host and the path "/c:/x".
    char letter[4] = {'/', h[0], ':', '\0'};
    buf_adds(&path, letter);
    h[0] = '\0';
  }
  for (char *p = h; *p; p++)
    *p = (char)(*p >= 'A' && *p <= 'Z' ? *p + 32 : *p);
  if (h[0] && !url_host_valid(h, strlen(h))) {
    free(h);
    free(path.s);
    return NULL;
  }
  if (streq(h, "localhost"))
    h[0] = '\0';
  // What follows is the path; after a drive letter a separator starts a
  // new (maybe empty) segment, so "//c:/" has the path "/c:/".
  size_t n = strcspn(rest, "?#");
  if (n && is_slash(rest[0]))
    rest++, n--;
  else if (drive)
    n = 0, rest = NULL;
  if (rest)
    url_add_path(&path, rest, n);
  char *href = xprintf("file://%s%.*s", h, (int)path.len, path.s);
  free(h);
  free(path.s);
  return href;
}

// Whether the authority of "<scheme>:<rest>" parses. Special schemes
// (http, https, ws, wss, ftp) skip any slashes and need a valid domain;
// others only have an authority after "//", with an "opaque" host that
// may be empty but must avoid the forbidden host code points. A port must
// be digits.
static bool url_authority_valid(const char *rest, bool special) {
  if (special) {
    while (is_slash(*rest))
      rest++;
  } else if (starts_with(rest, "//")) {
    rest += 2;
  } else {
    return true;
  }
  size_t n = strcspn(rest, special ? "/\\?#" : "/?#");
  const char *at = NULL;
  for (size_t i = 0; i < n; i++)
    if (rest[i] == '@')
      at = rest + i;
  const char *host = at ? at + 1 : rest;
  size_t host_len = n - (size_t)(host - rest);
  const char *colon = host[0] == '[' ? memchr(host, ']', host_len) : host;
  colon = colon ? memchr(colon, ':', host_len - (size_t)(colon - host)) : NULL;
  if (colon) {
    size_t port_len = host_len - (size_t)(colon - host) - 1;
    if (strspn(colon + 1, "0123456789") < port_len || port_len > 5 ||
        (port_len && atol(colon + 1) > 65535))
      return false;
    host_len = (size_t)(colon - host);
  }
  if (special || host[0] == '[')
    return url_host_valid(host, host_len);
  for (size_t i = 0; i < host_len; i++) {
    if (strchr("\t\n\r #/:<>?@[\\]^|", host[i]))
      return false;
  }
  return true;
}

static bool is_special_scheme(const char *s, size_t n) {
  static const char *const special[] = {"http", "https", "ws", "wss", "ftp"};
  for (size_t i = 0; i < 5; i++)
    if (strlen(special[i]) == n && strncmp(s, special[i], n) == 0)
      return true;
  return false;
}

// new URL(input, base).href where [base] is a file: URL, or NULL for
// new URL(input). Returns NULL where the URL parser throws. Query and
// fragment are dropped: node ignores them when it turns a URL into a file.
static char *url_parse(const char *input, const char *base) {
  char *in = url_clean_input(input);
  char *href = NULL;
  size_t scheme = url_scheme_length(in);
  if (scheme) {
    for (size_t i = 0; i < scheme; i++)
      in[i] = (char)(in[i] >= 'A' && in[i] <= 'Z' ? in[i] + 32 : in[i]);
    if (scheme == 4 && starts_with(in, "file"))
      href = url_file_from_rest(in + 5);
    else if (url_authority_valid(in + scheme + 1, is_special_scheme(in, scheme)))
      href = xstrdup(in);  // not a file: URL; only its scheme matters here
  } else if (base && is_slash(in[0]) && is_slash(in[1])) {
    href = url_file_from_rest(in);
  } else if (base) {
    // Keep the base's host and path; drop its last segment unless the
    // reference is empty or only a query or fragment.
    const char *base_path = strchr(base + 7, '/');
    if (!base_path)
      base_path = "/";
    Buf path = {0};
    size_t n = strcspn(in, "?#");
    if (is_slash(in[0])) {
      url_add_path(&path, in + 1, n - 1);
    } else {
      buf_adds(&path, base_path);
      if (n > 0) {
        while (path.len && path.s[path.len - 1] != '/')
          path.len--;
        if (path.len)
          path.len--;
        url_add_path(&path, in, n);
      }
    }
    href = xprintf("%.*s%.*s", (int)(base_path - base), base, (int)path.len, path.s);
    free(path.s);
  }
  free(in);
  return href;
}

static bool url_is_file(const char *href) {
  return starts_with(href, "file://");
}

// The pathname of a file: URL (after the host).
static const char *url_pathname(const char *href) {
  const char *p = strchr(href + 7, '/');
  return p ? p : "/";
}

// Whether a URL (or its path) holds an encoded "/" or "\" (/%2F|%5C/i).
#define ENCODED_SEPARATOR_REASON "must not include encoded \"/\" or \"\\\" characters"

static bool has_encoded_separator(const char *s) {
  for (; *s; s++) {
    if (*s == '%' && (strncasecmp(s, "%2f", 3) == 0 || strncasecmp(s, "%5c", 3) == 0))
      return true;
  }
  return false;
}

// decodeURIComponent(s); false where it throws "URI malformed": a "%" not
// followed by two hex digits, or escapes that are not UTF-8.
static bool uri_decode(const char *s, char **out) {
  Buf b = {0};
  for (size_t i = 0; s[i];) {
    if (s[i] != '%') {
      buf_addc(&b, s[i++]);
      continue;
    }
    int hi = hex_value(s[i + 1]), lo = hi < 0 ? -1 : hex_value(s[i + 2]);
    if (lo < 0)
      goto malformed;
    unsigned lead = (unsigned)(hi * 16 + lo);
    i += 3;
    if (lead < 0x80) {
      buf_addc(&b, (char)lead);
      continue;
    }
    int extra = (lead & 0xE0) == 0xC0   ? 1
                : (lead & 0xF0) == 0xE0 ? 2
                : (lead & 0xF8) == 0xF0 ? 3
                                        : -1;
    if (extra < 0)
      goto malformed;
    uint32_t cp = lead & (0x3Fu >> extra);
    char bytes[4] = {(char)lead};
    for (int k = 1; k <= extra; k++) {
      int h = s[i] == '%' ? hex_value(s[i + 1]) : -1;
      int l = h < 0 ? -1 : hex_value(s[i + 2]);
      unsigned byte = (unsigned)(h * 16 + l);
      if (l < 0 || (byte & 0xC0) != 0x80)
        goto malformed;
      cp = cp << 6 | (byte & 0x3F);
      bytes[k] = (char)byte;
      i += 3;
    }
    static const uint32_t min_cp[] = {0, 0x80, 0x800, 0x10000};
    if (cp < min_cp[extra] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      goto malformed;
    buf_add(&b, bytes, (size_t)extra + 1);
  }
  *out = buf_take(&b);
  return true;
malformed:
  free(b.s);
  return false;
}

// Why fileURLToPath() refused a URL.
typedef enum UrlPathError {
  URLPATH_OK,
  URLPATH_NOT_FILE,        // ERR_INVALID_URL_SCHEME
  URLPATH_HOST,            // ERR_INVALID_FILE_URL_HOST
  URLPATH_ENCODED_SLASH,   // ERR_INVALID_FILE_URL_PATH
  URLPATH_MALFORMED,       // URIError from decodeURIComponent
} UrlPathError;

// fileURLToPath(href) on POSIX.
static UrlPathError url_to_path(const char *href, char **out) {
  if (!url_is_file(href))
    return URLPATH_NOT_FILE;
  const char *path = url_pathname(href);
  if (path != href + 7)
    return URLPATH_HOST;
  for (const char *p = path; *p; p++) {
    if (*p == '%' && strncasecmp(p, "%2f", 3) == 0)
      return URLPATH_ENCODED_SLASH;
  }
  return uri_decode(path, out) ? URLPATH_OK : URLPATH_MALFORMED;
}

// ---------------------------------------------------------------------------
// JSON, with V8's JSON.parse error messages

typedef enum JsonKind {
  JSON_NULL, JSON_FALSE, JSON_TRUE, JSON_NUMBER, JSON_STRING, JSON_ARRAY, JSON_OBJECT,
} JsonKind;

typedef struct Json {
  JsonKind kind;
  char *text;           // STRING: the value (UTF-8); NUMBER: its source text
  int count;            // ARRAY, OBJECT: number of items
  char **keys;          // OBJECT: keys in first-appearance order
  struct Json **items;  // ARRAY: elements; OBJECT: values (a repeated key's last)
} Json;

typedef struct JsonParser {
  const char *s;
  size_t len, pos;
  int depth;
  char *error;  // V8's message once parsing failed
} JsonParser;

static Json *json_new(JsonKind kind) {
  Json *j = xmalloc(sizeof *j);
  *j = (Json){.kind = kind};
  return j;
}

// The UTF-16 offset of byte [pos]: V8 counts positions in UTF-16 units.
static size_t utf16_offset(const char *s, size_t pos) {
  size_t units = 0;
  for (size_t i = 0; i < pos; i++) {
    unsigned char c = (unsigned char)s[i];
    if ((c & 0xC0) != 0x80)
      units += c >= 0xF0 ? 2 : 1;
  }
  return units;
}

// The byte offset of UTF-16 offset [units] (inverse of utf16_offset).
static size_t byte_offset(const char *s, size_t len, size_t units) {
  size_t i = 0;
  while (i < len && units > 0) {
    unsigned char c = (unsigned char)s[i];
    units -= c >= 0xF0 && units >= 2 ? 2 : 1;
    i++;
    while (i < len && ((unsigned char)s[i] & 0xC0) == 0x80)
      i++;
  }
  return i;
}

static Json *json_fail_at(JsonParser *p, const char *what, size_t pos) {
  if (!p->error)
    p->error = xprintf("%s in JSON at position %zu", what, utf16_offset(p->s, pos));
  return NULL;
}

// V8's "Unexpected token" message: the offending character and the source
// around it (all of a source under 21 units, else 10 units either side).
static Json *json_fail_token(JsonParser *p, size_t pos) {
  if (p->error)
    return NULL;
  if (pos >= p->len) {
    p->error = xstrdup("Unexpected end of JSON input");
    return NULL;
  }
  size_t tok_end = pos + 1;
  while (tok_end < p->len && ((unsigned char)p->s[tok_end] & 0xC0) == 0x80)
    tok_end++;
  size_t total = utf16_offset(p->s, p->len), at = utf16_offset(p->s, pos);
  const char *open = "\"", *close = "\"";
  size_t from = 0, to = total;
  if (total >= 21) {
    if (at < 10) {
      to = at + 10, close = "\"...";
    } else if (at < total - 10) {
      from = at - 10, to = at + 10, open = "...\"", close = "\"...";
    } else {
      from = at - 10, open = "...\"";
    }
  }
  size_t b0 = byte_offset(p->s, p->len, from), b1 = byte_offset(p->s, p->len, to);
  p->error = xprintf("Unexpected token '%.*s', %s%.*s%s is not valid JSON",
                     (int)(tok_end - pos), p->s + pos, open, (int)(b1 - b0),
                     p->s + b0, close);
  return NULL;
}

static void json_skip_space(JsonParser *p) {
  while (p->pos < p->len && strchr(" \t\n\r", p->s[p->pos]) && p->s[p->pos])
    p->pos++;
}

static int json_peek(const JsonParser *p) {
  return p->pos < p->len ? (unsigned char)p->s[p->pos] : -1;
}

static void buf_add_utf8(Buf *b, uint32_t cp) {
  char out[4];
  if (cp < 0x80) {
    buf_addc(b, (char)cp);
  } else if (cp < 0x800) {
    out[0] = (char)(0xC0 | cp >> 6), out[1] = (char)(0x80 | (cp & 0x3F));
    buf_add(b, out, 2);
  } else if (cp < 0x10000) {
    out[0] = (char)(0xE0 | cp >> 12), out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
    out[2] = (char)(0x80 | (cp & 0x3F));
    buf_add(b, out, 3);
  } else {
    out[0] = (char)(0xF0 | cp >> 18), out[1] = (char)(0x80 | (cp >> 12 & 0x3F));
    out[2] = (char)(0x80 | (cp >> 6 & 0x3F)), out[3] = (char)(0x80 | (cp & 0x3F));
    buf_add(b, out, 4);
  }
}

// Reads the four hex digits after "\u"; -1 after reporting a bad one.
static long json_hex4(JsonParser *p) {
  long v = 0;
  for (int k = 0; k < 4; k++) {
    int h = p->pos < p->len ? hex_value(p->s[p->pos]) : -1;
    if (h < 0) {
      json_fail_at(p, "Bad Unicode escape", p->pos);
      return -1;
    }
    v = v * 16 + h;
    p->pos++;
  }
  return v;
}

// One escape after a backslash; false after reporting an error.
static bool json_escape(JsonParser *p, Buf *b) {
  if (p->pos >= p->len) {
    json_fail_token(p, p->pos);
    return false;
  }
  char c = p->s[p->pos++];
  const char *from = "\"\\/bfnrt", *to = "\"\\/\b\f\n\r\t";
  const char *hit = c ? strchr(from, c) : NULL;
  if (hit) {
    buf_addc(b, to[hit - from]);
    return true;
  }
  if (c != 'u') {
    json_fail_at(p, "Bad escaped character", p->pos - 1);
    return false;
  }
  long cp = json_hex4(p);
  if (cp < 0)
    return false;
  // A surrogate pair written as two escapes is one code point.
  if (cp >= 0xD800 && cp <= 0xDBFF && p->pos + 1 < p->len && p->s[p->pos] == '\\' &&
      p->s[p->pos + 1] == 'u') {
    size_t save = p->pos;
    p->pos += 2;
    long lo = json_hex4(p);
    if (lo < 0)
      return false;
    if (lo >= 0xDC00 && lo <= 0xDFFF)
      cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
    else
      p->pos = save;
  }
  buf_add_utf8(b, (uint32_t)cp);
  return true;
}

// A string, the opening quote at p->pos.
static char *json_string(JsonParser *p) {
  Buf b = {0};
  p->pos++;
  for (;;) {
    if (p->pos >= p->len) {
      json_fail_at(p, "Unterminated string", p->len);
      break;
    }
    unsigned char c = (unsigned char)p->s[p->pos];
    if (c == '"') {
      p->pos++;
      return buf_take(&b);
    }
    if (c < 0x20) {
      json_fail_at(p, "Bad control character in string literal", p->pos);
      break;
    }
    p->pos++;
    if (c != '\\')
      buf_addc(&b, (char)c);
    else if (!json_escape(p, &b))
      break;
  }
  free(b.s);
  return NULL;
}

static bool is_digit(int c) {
  return c >= '0' && c <= '9';
}

static Json *json_number(JsonParser *p) {
  size_t start = p->pos;
  if (json_peek(p) == '-') {
    p->pos++;
    if (!is_digit(json_peek(p)))
      return json_fail_at(p, "No number after minus sign", p->pos);
  }
  if (json_peek(p) == '0') {
    p->pos++;
    if (is_digit(json_peek(p)))
      return json_fail_at(p, "Unexpected number", p->pos);
  } else {
    while (is_digit(json_peek(p)))
      p->pos++;
  }
  if (json_peek(p) == '.') {
    p->pos++;
    if (!is_digit(json_peek(p)))
      return json_fail_at(p, "Unterminated fractional number", p->pos);
    while (is_digit(json_peek(p)))
      p->pos++;
  }
  if (json_peek(p) == 'e' || json_peek(p) == 'E') {
    p->pos++;
    if (json_peek(p) == '+' || json_peek(p) == '-')
      p->pos++;
    if (!is_digit(json_peek(p)))
      return json_fail_at(p, "Exponent part is missing a number", p->pos);
    while (is_digit(json_peek(p)))
      p->pos++;
  }
  Json *j = json_new(JSON_NUMBER);
  j->text = xstrndup(p->s + start, p->pos - start);
  return j;
}

// true, false or null; V8 blames the first character that differs.
static Json *json_literal(JsonParser *p, const char *word, JsonKind kind) {
  for (size_t i = 0; word[i]; i++) {
    if (p->pos >= p->len || p->s[p->pos] != word[i])
      return json_fail_token(p, p->pos);
    p->pos++;
  }
  return json_new(kind);
}

static Json *json_value(JsonParser *p);

static void json_push(Json *j, char *key, Json *item) {
  if (key) {
    // JSON.parse keeps the first position of a repeated key, the last value.
    for (int i = 0; i < j->count; i++) {
      if (streq(j->keys[i], key)) {
        j->items[i] = item;
        free(key);
        return;
      }
    }
  }
  if ((j->count & (j->count - 1)) == 0) {
    size_t cap = j->count ? (size_t)j->count * 2 : 1;
    j->items = xrealloc(j->items, cap * sizeof *j->items);
    if (key)
      j->keys = xrealloc(j->keys, cap * sizeof *j->keys);
  }
  if (key)
    j->keys[j->count] = key;
  j->items[j->count++] = item;
}

static Json *json_array(JsonParser *p) {
  Json *arr = json_new(JSON_ARRAY);
  p->pos++;
  json_skip_space(p);
  if (json_peek(p) == ']') {
    p->pos++;
    return arr;
  }
  for (;;) {
    Json *item = json_value(p);
    if (!item)
      return NULL;
    json_push(arr, NULL, item);
    json_skip_space(p);
    int c = json_peek(p);
    p->pos++;
    if (c == ']')
      return arr;
    if (c != ',')
      return json_fail_at(p, "Expected ',' or ']' after array element", p->pos - 1);
  }
}

static Json *json_object(JsonParser *p) {
  Json *obj = json_new(JSON_OBJECT);
  p->pos++;
  json_skip_space(p);
  if (json_peek(p) == '}') {
    p->pos++;
    return obj;
  }
  for (bool first = true;; first = false) {
    json_skip_space(p);
    if (json_peek(p) != '"')
      return json_fail_at(p, first ? "Expected property name or '}'"
                                   : "Expected double-quoted property name", p->pos);
    char *key = json_string(p);
    if (!key)
      return NULL;
    json_skip_space(p);
    if (json_peek(p) != ':')
      return json_fail_at(p, "Expected ':' after property name", p->pos);
    p->pos++;
    Json *value = json_value(p);
    if (!value)
      return NULL;
    json_push(obj, key, value);
    json_skip_space(p);
    int c = json_peek(p);
    p->pos++;
    if (c == '}')
      return obj;
    if (c != ',')
      return json_fail_at(p, "Expected ',' or '}' after property value", p->pos - 1);
  }
}

static Json *json_value(JsonParser *p) {
  json_skip_space(p);
  // V8 parses any depth; a recursive reader needs a bound (about 1 MB of
  // C stack here), far beyond anything a package.json holds.
  if (p->depth > 4096) {
    if (!p->error)
      p->error = xstrdup("Maximum call stack size exceeded");
    return NULL;
  }
  int c = json_peek(p);
  Json *j = NULL;
  p->depth++;
  if (c == '"') {
    char *s = json_string(p);
    if (s) {
      j = json_new(JSON_STRING);
      j->text = s;
    }
  } else if (c == '-' || is_digit(c)) {
    j = json_number(p);
  } else if (c == '[') {
    j = json_array(p);
  } else if (c == '{') {
    j = json_object(p);
  } else if (c == 't') {
    j = json_literal(p, "true", JSON_TRUE);
  } else if (c == 'f') {
    j = json_literal(p, "false", JSON_FALSE);
  } else if (c == 'n') {
    j = json_literal(p, "null", JSON_NULL);
  } else {
    j = json_fail_token(p, p->pos);
  }
  p->depth--;
  return j;
}

// JSON.parse(text); NULL with *error set to V8's message on failure.
static Json *json_parse(const char *text, size_t len, char **error) {
  JsonParser p = {.s = text, .len = len};
  Json *j = json_value(&p);
  if (j) {
    json_skip_space(&p);
    if (p.pos < p.len) {
      p.error = xprintf("Unexpected non-whitespace character after JSON at position %zu",
                        utf16_offset(p.s, p.pos));
      j = NULL;
    }
  }
  *error = p.error;
  return j;
}

static const Json *json_get(const Json *obj, const char *key) {
  if (!obj || obj->kind != JSON_OBJECT)
    return NULL;
  for (int i = 0; i < obj->count; i++) {
    if (streq(obj->keys[i], key))
      return obj->items[i];
  }
  return NULL;
}

// `value == null` in JS: absent or null.
static bool json_nullish(const Json *j) {
  return !j || j->kind == JSON_NULL;
}

// The shortest decimal digits that read back as [v] (> 0) and the
// position n of the decimal point: v = 0.<digits> * 10^n.
static int shortest_digits(double v, char digits[24]) {
  char tmp[40];
  for (int prec = 1; prec <= 17; prec++) {
    snprintf(tmp, sizeof tmp, "%.*e", prec - 1, v);
    if (strtod(tmp, NULL) == v)
      break;
  }
  int k = 0;
  for (const char *s = tmp; *s && *s != 'e'; s++)
    if (*s != '.')
      digits[k++] = *s;
  digits[k] = '\0';
  return atoi(strchr(tmp, 'e') + 1) + 1;
}

// How JS prints a number (ECMA-262 #sec-numeric-types-number-tostring),
// for messages that show a non-string target.
static char *js_number_text(const char *src) {
  double v = strtod(src, NULL);
  if (isinf(v))
    return xstrdup(v < 0 ? "-Infinity" : "Infinity");
  if (v == 0)
    return xstrdup("0");
  char digits[24];
  int n = shortest_digits(fabs(v), digits), k = (int)strlen(digits);
  Buf b = {0};
  if (v < 0)
    buf_addc(&b, '-');
  if (k <= n && n <= 21) {
    buf_adds(&b, digits);
    for (int i = k; i < n; i++)
      buf_addc(&b, '0');
  } else if (0 < n && n <= 21) {
    buf_add(&b, digits, (size_t)n);
    buf_addc(&b, '.');
    buf_adds(&b, digits + n);
  } else if (-6 < n && n <= 0) {
    buf_adds(&b, "0.");
    for (int i = n; i < 0; i++)
      buf_addc(&b, '0');
    buf_adds(&b, digits);
  } else {
    char exp[16];
    snprintf(exp, sizeof exp, "e%c%d", n - 1 >= 0 ? '+' : '-', abs(n - 1));
    buf_add(&b, digits, 1);
    if (k > 1) {
      buf_addc(&b, '.');
      buf_adds(&b, digits + 1);
    }
    buf_adds(&b, exp);
  }
  return buf_take(&b);
}

// ---------------------------------------------------------------------------
// package.json files, read once each

typedef struct PkgJson {
  char *path;           // ".../package.json"
  char *dir_slash;      // ".../": node's pkgPath in messages
  bool exists;
  char *parse_error;    // V8's message when the file is not valid JSON
  bool null_root;       // the file is `null`, which node cannot read fields of
  const char *name;     // NULL unless a string
  const char *main;     // NULL unless a string
  const Json *exports;  // NULL when absent (JSON null kept: `== null` tests)
  const Json *imports;
  bool type_module;     // "type": "module"
  struct PkgJson *next; // hash chain
} PkgJson;

#define PKG_BUCKETS 1024
static PkgJson *pkg_cache[PKG_BUCKETS];

static unsigned long hash_string(const char *s) {
  unsigned long h = 2166136261u;
  for (; *s; s++)
    h = (h ^ (unsigned char)*s) * 16777619u;
  return h;
}

static const char *json_string_field(const Json *root, const char *key) {
  const Json *j = json_get(root, key);
  return j && j->kind == JSON_STRING ? j->text : NULL;
}

static void pkg_load(PkgJson *pj) {
  size_t len;
  char *text = fs_read_file(pj->path, &len);
  if (!text)
    return;
  pj->exists = true;
  const char *body = text;
  if (len >= 3 && memcmp(body, "\xEF\xBB\xBF", 3) == 0)
    body += 3, len -= 3;  // node strips a UTF-8 byte order mark
  Json *root = json_parse(body, len, &pj->parse_error);
  free(text);
  if (!root)
    return;
  pj->null_root = root->kind == JSON_NULL;
  pj->name = json_string_field(root, "name");
  pj->main = json_string_field(root, "main");
  pj->exports = json_get(root, "exports");
  pj->imports = json_get(root, "imports");
  const char *type = json_string_field(root, "type");
  pj->type_module = type && streq(type, "module");
}

// The package.json at [path] (an absolute path), parsed.
static PkgJson *pkg_read(const char *path) {
  unsigned long h = hash_string(path) % PKG_BUCKETS;
  for (PkgJson *pj = pkg_cache[h]; pj; pj = pj->next) {
    if (streq(pj->path, path))
      return pj;
  }
  PkgJson *pj = xmalloc(sizeof *pj);
  *pj = (PkgJson){.path = xstrdup(path)};
  pj->dir_slash = xstrndup(path, (size_t)(strrchr(path, '/') + 1 - path));
  pkg_load(pj);
  pj->next = pkg_cache[h];
  pkg_cache[h] = pj;
  return pj;
}

// A package.json node fails on when it reads it: not JSON, or null.
static bool pkg_invalid(const PkgJson *pj) {
  return pj->parse_error || pj->null_root;
}

// CommonJS's package scope of [file] (readPackageScope): the nearest
// package.json in a folder above it, never looking past a folder named
// node_modules. NULL if there is none.
static PkgJson *cjs_scope(const char *file) {
  char *dir = xstrdup(file);
  char *root_sep = strchr(dir, '/');
  PkgJson *found = NULL;
  for (;;) {
    char *sep = strrchr(dir, '/');
    if (!sep || !root_sep)
      break;
    *sep = '\0';
    if (ends_with(dir, "/node_modules"))
      break;
    char *path = xprintf("%s/package.json", dir);
    PkgJson *pj = pkg_read(path);
    free(path);
    if (pj->exists) {
      found = pj;
      break;
    }
    if (sep <= root_sep)
      break;
  }
  free(dir);
  return found;
}

// The folder a URL-style base stands for: the base itself when it ends in
// "/" (a folder URL), else its parent.
static char *base_dir(const char *base) {
  size_t n = strlen(base);
  if (n > 1 && base[n - 1] == '/')
    return xstrndup(base, n - 1);
  return path_dirname(base);
}

// ESM's package scope of [file] (GET_PACKAGE_SCOPE): the same walk, but it
// stops at any package.json path ending in "node_modules/package.json"
// (node tests the plain suffix, so "xnode_modules" stops it too).
static PkgJson *esm_scope(const char *file) {
  char *dir = base_dir(file);
  PkgJson *found = NULL;
  for (;;) {
    char *path = xprintf("%s/package.json", streq(dir, "/") ? "" : dir);
    if (ends_with(path, "node_modules/package.json")) {
      free(path);
      break;
    }
    PkgJson *pj = pkg_read(path);
    free(path);
    if (pj->exists) {
      found = pj;
      break;
    }
    char *up = path_dirname(dir);
    bool at_top = streq(up, dir);
    free(dir);
    dir = up;
    if (at_top)
      break;
  }
  free(dir);
  return found;
}

// ---------------------------------------------------------------------------
// Resolution state and node's errors

typedef struct Ctx {
  const char *from;               // the importing file, "" if none
  const char *const *conditions;  // what "exports" and "imports" match
  bool hint;                      // a CommonJS run for an ESM error's hint
  char *code;                     // the error, once a step failed
  char *message;
} Ctx;

static PRINTF_LIKE(3, 4) bool fail(Ctx *c, const char *code, const char *fmt, ...) {
  free(c->code);
  free(c->message);
  va_list ap;
  va_start(ap, fmt);
  c->message = xvprintf(fmt, ap);
  va_end(ap);
  c->code = xstrdup(code);
  return false;
}

static bool failed_with(const Ctx *c, const char *code) {
  return c->code && streq(c->code, code);
}

static void clear_error(Ctx *c) {
  free(c->code);
  free(c->message);
  c->code = c->message = NULL;
}

// " imported from <base>", which node appends when it knows the importer.
static char *imported_from(const char *base) {
  return base ? xprintf(" imported from %s", base) : xstrdup("");
}

// A parse error in a package.json read by the ESM resolver; [importing]
// is what node names after "while importing".
static bool fail_esm_config(Ctx *c, const PkgJson *pj, const char *importing) {
  if (pj->null_root)
    return fail(c, "TypeError", "Cannot convert undefined or null to object");
  return fail(c, "ERR_INVALID_PACKAGE_CONFIG", "Invalid package config %s while importing %s. %s",
              pj->path, importing, pj->parse_error);
}

// A parse error in a package.json read by the CommonJS loader: a plain
// SyntaxError without a code (the code reported is the error's name).
static bool fail_cjs_config(Ctx *c, const PkgJson *pj) {
  if (pj->null_root)
    return fail(c, "TypeError", "Cannot convert undefined or null to object");
  return fail(c, "SyntaxError", "Error parsing %s: %s", pj->path, pj->parse_error);
}

static bool fail_url_path(Ctx *c, UrlPathError e) {
  switch (e) {
  case URLPATH_NOT_FILE:
    return fail(c, "ERR_INVALID_URL_SCHEME", "The URL must be of scheme file");
  case URLPATH_HOST:
    return fail(c, "ERR_INVALID_FILE_URL_HOST",
                "File URL host must be \"localhost\" or empty on linux");
  case URLPATH_ENCODED_SLASH:
    return fail(c, "ERR_INVALID_FILE_URL_PATH",
                "File URL path must not include encoded / characters");
  default:
    return fail(c, "URIError", "URI malformed");
  }
}

static bool fail_invalid_specifier(Ctx *c, const char *request, const char *reason,
                                   const char *base) {
  char *from = imported_from(base);
  fail(c, "ERR_INVALID_MODULE_SPECIFIER", "Invalid module \"%s\" %s%s", request, reason, from);
  free(from);
  return false;
}

static bool fail_not_exported(Ctx *c, const PkgJson *pj, const char *subpath, const char *base) {
  char *from = imported_from(base);
  if (streq(subpath, "."))
    fail(c, "ERR_PACKAGE_PATH_NOT_EXPORTED", "No \"exports\" main defined in %spackage.json%s",
         pj->dir_slash, from);
  else
    fail(c, "ERR_PACKAGE_PATH_NOT_EXPORTED",
         "Package subpath '%s' is not defined by \"exports\" in %spackage.json%s", subpath,
         pj->dir_slash, from);
  free(from);
  return false;
}

// ERR_INVALID_PACKAGE_TARGET: [target] is shown as the string JS makes of
// it, JSON-quoted; exports targets not starting with "./" get a reminder.
static bool fail_invalid_target(Ctx *c, const PkgJson *pj, const char *key, const Json *target,
                                bool internal, const char *base) {
  char *text = target->kind == JSON_STRING   ? xstrdup(target->text)
               : target->kind == JSON_NUMBER ? js_number_text(target->text)
               : target->kind == JSON_TRUE   ? xstrdup("true")
                                             : xstrdup("false");
  char *quoted = json_quote(text), *from = imported_from(base);
  const char *hint = !internal && text[0] && !starts_with(text, "./")
                         ? "; targets must start with \"./\"" : "";
  if (streq(key, "."))
    fail(c, "ERR_INVALID_PACKAGE_TARGET",
         "Invalid \"exports\" main target %s defined in the package config %spackage.json%s%s",
         quoted, pj->dir_slash, from, hint);
  else
    fail(c, "ERR_INVALID_PACKAGE_TARGET",
         "Invalid \"%s\" target %s defined for '%s' in the package config %spackage.json%s%s",
         internal ? "imports" : "exports", quoted, key, pj->dir_slash, from, hint);
  free(text);
  free(quoted);
  free(from);
  return false;
}

// ERR_INVALID_PACKAGE_CONFIG about the shape of "exports"; node names the
// importer by its URL here.
static bool fail_exports_config(Ctx *c, const PkgJson *pj, const char *base, const char *why) {
  if (!base)
    return fail(c, "ERR_INVALID_PACKAGE_CONFIG", "Invalid package config %s. %s", pj->path, why);
  char *url = url_from_path(base);
  fail(c, "ERR_INVALID_PACKAGE_CONFIG", "Invalid package config %s while importing %s. %s",
       pj->path, url, why);
  free(url);
  return false;
}

// ---------------------------------------------------------------------------
// "exports" and "imports" (PACKAGE_TARGET_RESOLVE and friends)

typedef enum Target {
  TARGET_UNDEFINED,  // no condition matched: the caller may go on
  TARGET_NULL,       // an explicit null: not exported
  TARGET_URL,        // *url is set
  TARGET_ERROR,      // error in the Ctx
} Target;

// Where a target is looked up and how errors name it.
typedef struct TargetSite {
  const PkgJson *pj;   // the package.json holding the map
  const char *match;   // the key that matched ("./feature", "#dep", "./x/*")
  const char *subpath; // what "*" stands for ("" for an exact key)
  bool pattern;        // the key has a "*"
  bool internal;       // "imports" rather than "exports"
  const char *base;    // the importer for messages, or NULL
} TargetSite;

static bool package_resolve(Ctx *c, const char *specifier, const char *base, char **url);

// The decoded, lower-cased segments of [s] (split at "/" and "\"): is one
// ".", ".." or "node_modules"? Empty segments are allowed (node only
// warns), the others make a target or subpath invalid.
static bool has_invalid_segment(const char *s) {
  while (true) {
    size_t n = strcspn(s, "/\\");
    char *seg = xstrndup(s, n), *decoded = NULL;
    Buf b = {0};
    for (size_t i = 0; i < n; i++) {
      int hi = seg[i] == '%' ? hex_value(seg[i + 1]) : -1;
      int lo = hi < 0 ? -1 : hex_value(seg[i + 2]);
      char ch = lo < 0 ? seg[i] : (char)(hi * 16 + lo);
      if (lo >= 0)
        i += 2;
      buf_addc(&b, (char)(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch));
    }
    decoded = buf_take(&b);
    bool bad = streq(decoded, ".") || streq(decoded, "..") || streq(decoded, "node_modules");
    free(seg);
    free(decoded);
    if (bad)
      return true;
    if (!s[n])
      return false;
    s += n + 1;
  }
}

static Target invalid_target(Ctx *c, const TargetSite *at, const Json *target) {
  fail_invalid_target(c, at->pj, at->match, target, at->internal, at->base);
  return TARGET_ERROR;
}

// A target not starting with "./": only an "imports" target may be one,
// naming a package (never a URL, "../x" or "/x").
static Target target_package(Ctx *c, const TargetSite *at, const Json *target, char **url) {
  const char *t = target->text;
  char *as_url = url_scheme_length(t) ? url_parse(t, NULL) : NULL;
  bool is_url = as_url != NULL;
  free(as_url);
  if (!at->internal || starts_with(t, "../") || t[0] == '/' || is_url)
    return invalid_target(c, at, target);
  char *spec = at->pattern ? replace_all(t, '*', at->subpath) : xprintf("%s%s", t, at->subpath);
  bool ok = package_resolve(c, spec, at->pj->path, url);
  free(spec);
  return ok ? TARGET_URL : TARGET_ERROR;
}

// What "*" stands for may not hold ".", ".." or node_modules segments.
static bool check_star_text(Ctx *c, const TargetSite *at) {
  if (!has_invalid_segment(at->subpath))
    return true;
  char *request = at->pattern ? replace_first(at->match, '*', at->subpath)
                              : xprintf("%s%s", at->match, at->subpath);
  char *reason = xprintf("request is not a valid match in pattern \"%s\" for the \"%s\" "
                         "resolution of %s", at->match, at->internal ? "imports" : "exports",
                         at->pj->path);
  fail_invalid_specifier(c, request, reason, at->base);
  free(request);
  free(reason);
  return false;
}

// Whether [href] lies in the folder of [pj] (compared as URL paths).
static bool url_inside_package(const char *href, const PkgJson *pj) {
  if (!href || !url_is_file(href))
    return false;
  char *pkg_url = url_from_path(pj->path);
  const char *pkg_path = url_pathname(pkg_url);
  size_t dir_len = (size_t)(strrchr(pkg_path, '/') + 1 - pkg_path);
  bool inside = strncmp(url_pathname(href), pkg_path, dir_len) == 0;
  free(pkg_url);
  return inside;
}

// A string target ("./lib/*.js"): a URL inside the package, then "*"
// replaced (everywhere in it) by what it stands for.
static Target target_string(Ctx *c, const TargetSite *at, const Json *target, char **url) {
  const char *t = target->text;
  if (at->subpath[0] && !at->pattern && !ends_with(t, "/"))
    return invalid_target(c, at, target);
  if (!starts_with(t, "./"))
    return target_package(c, at, target, url);
  if (has_invalid_segment(t + 2))
    return invalid_target(c, at, target);
  char *pkg_url = url_from_path(at->pj->path);
  char *resolved = url_parse(t, pkg_url);
  free(pkg_url);
  if (!url_inside_package(resolved, at->pj)) {
    free(resolved);
    return invalid_target(c, at, target);
  }
  if (!at->subpath[0]) {
    *url = resolved;
    return TARGET_URL;
  }
  if (!check_star_text(c, at)) {
    free(resolved);
    return TARGET_ERROR;
  }
  char *joined = at->pattern ? replace_all(resolved, '*', at->subpath)
                             : xprintf("%s%s", resolved, at->subpath);
  *url = url_parse(joined, NULL);
  free(joined);
  free(resolved);
  return *url ? TARGET_URL : (fail(c, "ERR_INVALID_URL", "Invalid URL"), TARGET_ERROR);
}

static Target resolve_target(Ctx *c, const TargetSite *at, const Json *target, char **url);

// An array of fallbacks: the first that resolves wins; invalid targets
// are skipped, and the last skip decides what an exhausted array means.
static Target target_array(Ctx *c, const TargetSite *at, const Json *target, char **url) {
  if (target->count == 0)
    return TARGET_NULL;
  Target last = TARGET_UNDEFINED;
  char *last_code = NULL, *last_message = NULL;
  for (int i = 0; i < target->count; i++) {
    Target r = resolve_target(c, at, target->items[i], url);
    if (r == TARGET_ERROR && failed_with(c, "ERR_INVALID_PACKAGE_TARGET")) {
      free(last_code);
      free(last_message);
      last_code = c->code, last_message = c->message;
      c->code = c->message = NULL;
      last = TARGET_ERROR;
      continue;
    }
    if (r == TARGET_UNDEFINED)
      continue;
    if (r == TARGET_NULL) {
      last = TARGET_NULL;
      continue;
    }
    free(last_code);
    free(last_message);
    return r;
  }
  if (last == TARGET_ERROR) {
    clear_error(c);
    c->code = last_code, c->message = last_message;
  }
  return last;
}

// A canonical array index ("0", "17"), which "exports" objects must not use.
static bool is_array_index(const char *key) {
  if (!is_digit(key[0]) || (key[0] == '0' && key[1]))
    return false;
  unsigned long long v = 0;
  for (const char *p = key; *p; p++) {
    if (!is_digit(*p))
      return false;
    v = v * 10 + (unsigned)(*p - '0');
    if (v >= 4294967295ull)
      return false;
  }
  return true;
}

static bool condition_matches(const Ctx *c, const char *key) {
  if (streq(key, "default"))
    return true;
  for (const char *const *k = c->conditions; *k; k++) {
    if (streq(*k, key))
      return true;
  }
  return false;
}

// Conditions: the first key that matches and does not come back
// "undefined" decides, in the object's own key order.
static Target target_conditions(Ctx *c, const TargetSite *at, const Json *target, char **url) {
  for (int i = 0; i < target->count; i++) {
    if (is_array_index(target->keys[i]))
      return fail_exports_config(c, at->pj, at->base,
                                 "\"exports\" cannot contain numeric property keys."),
             TARGET_ERROR;
  }
  for (int i = 0; i < target->count; i++) {
    if (!condition_matches(c, target->keys[i]))
      continue;
    Target r = resolve_target(c, at, target->items[i], url);
    if (r != TARGET_UNDEFINED)
      return r;
  }
  return TARGET_UNDEFINED;
}

static Target resolve_target(Ctx *c, const TargetSite *at, const Json *target, char **url) {
  switch (target->kind) {
  case JSON_STRING:
    return target_string(c, at, target, url);
  case JSON_ARRAY:
    return target_array(c, at, target, url);
  case JSON_OBJECT:
    return target_conditions(c, at, target, url);
  case JSON_NULL:
    return TARGET_NULL;
  default:
    return invalid_target(c, at, target);
  }
}

// PATTERN_KEY_COMPARE: 1 when [b] is the more specific pattern key.
static int pattern_key_compare(const char *a, const char *b) {
  const char *sa = strchr(a, '*'), *sb = strchr(b, '*');
  size_t base_a = sa ? (size_t)(sa - a) + 1 : strlen(a);
  size_t base_b = sb ? (size_t)(sb - b) + 1 : strlen(b);
  if (base_a != base_b)
    return base_a > base_b ? -1 : 1;
  if (!sa)
    return 1;
  if (!sb)
    return -1;
  size_t la = strlen(a), lb = strlen(b);
  return la > lb ? -1 : lb > la ? 1 : 0;
}

// The best pattern key of [map] for [request] ("./features/*" for
// "./features/a"), or -1; *star_text gets what "*" stands for.
static int best_pattern(const Json *map, const char *request, char **star_text) {
  int best = -1;
  const char *best_key = "";
  size_t n = strlen(request);
  for (int i = 0; i < map->count; i++) {
    const char *key = map->keys[i];
    const char *star = strchr(key, '*');
    if (!star || strncmp(request, key, (size_t)(star - key)) != 0)
      continue;
    const char *trailer = star + 1;
    if (n >= strlen(key) && ends_with(request, trailer) && strrchr(key, '*') == star &&
        pattern_key_compare(best_key, key) == 1) {
      best = i, best_key = key;
      free(*star_text);
      *star_text = xstrndup(request + (star - key), n - strlen(trailer) - (size_t)(star - key));
    }
  }
  return best;
}

// "exports" written as a string, an array or an object of conditions is
// shorthand for {".": exports}; mixing "./x" keys with condition keys is
// an error.
static int exports_sugar(Ctx *c, const PkgJson *pj, const char *base) {
  const Json *e = pj->exports;
  if (e->kind == JSON_STRING || e->kind == JSON_ARRAY)
    return 1;
  if (e->kind != JSON_OBJECT)
    return 0;
  int sugar = -1;
  for (int i = 0; i < e->count; i++) {
    const char *k = e->keys[i];
    int this_sugar = k[0] == '\0' || k[0] != '.';
    if (sugar < 0)
      sugar = this_sugar;
    else if (sugar != this_sugar)
      return fail_exports_config(c, pj, base,
               "\"exports\" cannot contain some keys starting with '.' and some not. The "
               "exports object must either be an object of package subpath keys or an "
               "object of main entry condition name keys only."), -1;
  }
  return sugar > 0;
}

// PACKAGE_EXPORTS_RESOLVE: [subpath] is "." or "./x".
static bool package_exports_resolve(Ctx *c, const PkgJson *pj, const char *subpath,
                                    const char *base, char **url) {
  int sugar = exports_sugar(c, pj, base);
  if (sugar < 0)
    return false;
  Json wrapper = {.kind = JSON_OBJECT, .count = 1};
  char *dot = ".";
  Json *main_target = (Json *)pj->exports;
  wrapper.keys = &dot, wrapper.items = &main_target;
  const Json *map = sugar ? &wrapper : pj->exports;
  TargetSite at = {.pj = pj, .match = subpath, .subpath = "", .base = base};
  const Json *exact = json_get(map, subpath);
  Target r = TARGET_UNDEFINED;
  if (exact && !strchr(subpath, '*') && !ends_with(subpath, "/")) {
    r = resolve_target(c, &at, exact, url);
  } else if (map->kind == JSON_OBJECT) {
    char *star_text = NULL;
    int best = best_pattern(map, subpath, &star_text);
    if (best >= 0) {
      at.match = map->keys[best], at.subpath = star_text, at.pattern = true;
      r = resolve_target(c, &at, map->items[best], url);
    }
  }
  if (r == TARGET_URL)
    return true;
  if (r == TARGET_ERROR)
    return false;
  return fail_not_exported(c, pj, subpath, base);
}

// PACKAGE_IMPORTS_RESOLVE: "#name" from the package scope of [base].
static bool package_imports_resolve(Ctx *c, const char *name, const char *base, char **url) {
  if (streq(name, "#") || starts_with(name, "#/") || ends_with(name, "/"))
    return fail_invalid_specifier(c, name, "is not a valid internal imports specifier name", base);
  PkgJson *pj = esm_scope(base);
  if (pj && pkg_invalid(pj))
    return fail_esm_config(c, pj, base);
  const Json *imports = pj ? pj->imports : NULL;
  if (imports && imports->kind == JSON_OBJECT) {
    TargetSite at = {.pj = pj, .match = name, .subpath = "", .internal = true, .base = base};
    const Json *exact = json_get(imports, name);
    Target r = TARGET_UNDEFINED;
    if (exact && !strchr(name, '*')) {
      r = resolve_target(c, &at, exact, url);
    } else {
      char *star_text = NULL;
      int best = best_pattern(imports, name, &star_text);
      if (best >= 0) {
        at.match = imports->keys[best], at.subpath = star_text, at.pattern = true;
        r = resolve_target(c, &at, imports->items[best], url);
      }
    }
    if (r == TARGET_URL)
      return true;
    if (r == TARGET_ERROR)
      return false;
  }
  char *in_package = pj ? xprintf(" in package %spackage.json", pj->dir_slash) : xstrdup("");
  fail(c, "ERR_PACKAGE_IMPORT_NOT_DEFINED",
       "Package import specifier \"%s\" is not defined%s imported from %s", name, in_package,
       base);
  free(in_package);
  return false;
}

// ---------------------------------------------------------------------------
// ES modules (ESM_RESOLVE)

static bool url_is_existing_file(const char *href) {
  char *path = NULL;
  if (!href || url_to_path(href, &path) != URLPATH_OK)
    return false;
  bool ok = fs_stat(path) == 0;
  free(path);
  return ok;
}

// LEGACY_MAIN_RESOLVE: a package without "exports", imported by name: its
// "main" with node's guesses, then index.js/.json/.node.
static bool legacy_main_resolve(Ctx *c, const PkgJson *pj, const char *base, char **url) {
  static const char *const main_guesses[] = {"", ".js", ".json", ".node", "/index.js",
                                             "/index.json", "/index.node"};
  static const char *const index_guesses[] = {"./index.js", "./index.json", "./index.node"};
  char *dir_url = url_from_path(pj->dir_slash);
  for (size_t i = 0; pj->main && pj->main[0] && i < 7; i++) {
    char *ref = xprintf("%s%s", pj->main, main_guesses[i]);
    char *u = url_parse(ref, dir_url);
    free(ref);
    if (url_is_existing_file(u)) {
      *url = u;
      return true;
    }
    free(u);
  }
  for (size_t i = 0; i < 3; i++) {
    char *u = url_parse(index_guesses[i], dir_url);
    if (url_is_existing_file(u)) {
      *url = u;
      return true;
    }
    free(u);
  }
  char *missing_url = url_parse(pj->main ? pj->main : "./index.js", dir_url);
  char *missing = NULL;
  if (!missing_url || url_to_path(missing_url, &missing) != URLPATH_OK)
    missing = xprintf("%s%s", pj->dir_slash, pj->main ? pj->main : "index.js");
  fail(c, "ERR_MODULE_NOT_FOUND", "Cannot find package '%s' imported from %s", missing, base);
  free(missing_url);
  free(missing);
  free(dir_url);
  return false;
}

// PARSE_PACKAGE_NAME: splits "@scope/name/sub" into the name and "./sub".
static bool parse_package_name(Ctx *c, const char *spec, const char *base, char **name,
                               char **subpath) {
  const char *sep = strchr(spec, '/');
  bool valid = true;
  if (spec[0] == '@') {
    if (!sep)
      valid = false;
    else
      sep = strchr(sep + 1, '/');
  }
  size_t n = sep ? (size_t)(sep - spec) : strlen(spec);
  if (spec[0] == '.' || memchr(spec, '%', n) || memchr(spec, '\\', n))
    valid = false;
  if (!valid)
    return fail_invalid_specifier(c, spec, "is not a valid package name", base);
  *name = xstrndup(spec, n);
  *subpath = xprintf(".%s", sep ? sep : "");
  return true;
}

// What PACKAGE_RESOLVE does with a package found in some node_modules:
// "exports", else "main" for the package itself, else the subpath as a URL.
static bool resolve_in_package(Ctx *c, const char *pj_url, const char *pj_path,
                               const char *spec, const char *subpath, const char *base,
                               char **url) {
  PkgJson *pj = pkg_read(pj_path);
  if (pkg_invalid(pj)) {
    char *importing = xprintf("\"%s\" from %s", spec, base);
    fail_esm_config(c, pj, importing);
    free(importing);
    return false;
  }
  if (!json_nullish(pj->exports))
    return package_exports_resolve(c, pj, subpath, base, url);
  if (streq(subpath, "."))
    return legacy_main_resolve(c, pj, base, url);
  *url = url_parse(subpath, pj_url);
  return *url ? true : fail(c, "ERR_INVALID_URL", "Invalid URL");
}

// The folder node stats to decide that a package is there: the
// package.json path minus 13 characters, with JS slice() semantics (node
// assumes the path ends in "/package.json"; after a "?" in the name it
// does not, which is why import("?") looks at a parent folder).
static int package_folder_stat(const char *pj_path) {
  size_t bytes = strlen(pj_path);
  long len = (long)utf16_offset(pj_path, bytes), end = len - 13;  // JS lengths
  if (end < 0)
    end = len + end < 0 ? 0 : len + end;
  char *dir = xstrndup(pj_path, byte_offset(pj_path, bytes, (size_t)end));
  int kind = fs_stat(dir);
  free(dir);
  return kind;
}

// PACKAGE_RESOLVE: a bare specifier written in [base] (a file). The walk
// up is done with URLs, as node does: new URL("./node_modules/<name>/
// package.json", base), then "../../../node_modules/..." (one more ".."
// for a scope) until the path stops getting shorter. Unlike CommonJS,
// folders named node_modules are searched too.
static bool package_resolve(Ctx *c, const char *spec, const char *base, char **url) {
  if (builtin_without_scheme(spec)) {
    *url = xprintf("node:%s", spec);
    return true;
  }
  char *name, *subpath;
  if (!parse_package_name(c, spec, base, &name, &subpath))
    return false;
  PkgJson *self = esm_scope(base);
  if (self && pkg_invalid(self))
    return fail_esm_config(c, self, base);
  if (self && !json_nullish(self->exports) && self->name && streq(self->name, name))
    return package_exports_resolve(c, self, subpath, base, url);
  char *base_url = url_from_path(base);
  char *first = xprintf("./node_modules/%s/package.json", name);
  char *next = xprintf("%snode_modules/%s/package.json",
                       spec[0] == '@' ? "../../../../" : "../../../", name);
  char *pj_url = url_parse(first, base_url), *pj_path = NULL;
  bool ok = false, found = false;
  while (pj_url && url_to_path(pj_url, &pj_path) == URLPATH_OK) {
    if (package_folder_stat(pj_path) == 1) {
      found = true;
      ok = resolve_in_package(c, pj_url, pj_path, spec, subpath, base, url);
      break;
    }
    char *up_url = url_parse(next, pj_url), *up_path = NULL;
    bool same = !up_url || url_to_path(up_url, &up_path) != URLPATH_OK ||
                utf16_offset(up_path, strlen(up_path)) == utf16_offset(pj_path, strlen(pj_path));
    free(pj_url), free(pj_path);
    pj_url = up_url, pj_path = up_path;
    if (same)
      break;
  }
  if (!found)
    fail(c, "ERR_MODULE_NOT_FOUND", "Cannot find package '%s' imported from %s", name, base);
  free(pj_url), free(pj_path), free(base_url), free(first), free(next);
  free(name), free(subpath);
  return ok;
}

// The extension node's ESM loader sees in a path: "" for "a/.hidden".
static const char *url_extension(const char *path) {
  const char *slash = strrchr(path, '/');
  const char *dot = strrchr(path, '.');
  if (!dot || (slash && dot < slash) || dot == path || dot[-1] == '/')
    return "";
  return dot;
}

// The end of ESM resolution for a file: URL: it must be a file (a folder
// is an error of its own), and the answer is its real path.
static bool esm_finalize(Ctx *c, const char *href, char **path_out) {
  const char *pathname = url_pathname(href);
  if (has_encoded_separator(pathname))
    return fail_invalid_specifier(c, pathname, ENCODED_SEPARATOR_REASON, c->from);
  char *path = NULL;
  UrlPathError e = url_to_path(href, &path);
  if (e != URLPATH_OK)
    return fail_url_path(c, e);
  // node stats "/" for a path ending in "/" (it slices the wrong end), so
  // any such path is a directory import.
  int kind = fs_stat(ends_with(path, "/") ? "/" : path);
  if (kind != 0) {
    if (kind == 1)
      fail(c, "ERR_UNSUPPORTED_DIR_IMPORT",
           "Directory import '%s' is not supported resolving ES modules imported from %s", path,
           c->from);
    else
      fail(c, "ERR_MODULE_NOT_FOUND", "Cannot find module '%s' imported from %s", path, c->from);
    free(path);
    return false;
  }
  *path_out = fs_realpath(path);
  free(path);
  // The loader then wants the format of a .js or extensionless file, from
  // its package scope, which fails on a malformed package.json.
  const char *ext = url_extension(*path_out);
  if (streq(ext, ".js") || streq(ext, "")) {
    PkgJson *pj = esm_scope(*path_out);
    if (pj && pkg_invalid(pj))
      return fail_esm_config(c, pj, *path_out);
  }
  return true;
}

static bool is_relative_specifier(const char *s) {
  if (s[0] != '.')
    return false;
  if (s[1] == '\0' || s[1] == '/')
    return true;
  return s[1] == '.' && (s[2] == '\0' || s[2] == '/');
}

// MODULE_RESOLVE up to the URL: relative and absolute paths are URLs,
// "#x" goes to "imports", a URL stays one, anything else is a package.
static bool esm_resolve_url(Ctx *c, const char *spec, char **url) {
  if (spec[0] == '/' || is_relative_specifier(spec)) {
    char *base = url_from_path(c->from);
    *url = url_parse(spec, base);
    if (!*url)
      fail(c, "ERR_UNSUPPORTED_RESOLVE_REQUEST", "Failed to resolve module specifier \"%s\" "
           "from \"%s\": Invalid relative URL or base scheme is not hierarchical.", spec, base);
    free(base);
    return *url != NULL;
  }
  if (spec[0] == '#')
    return package_imports_resolve(c, spec, c->from, url);
  char *clean = url_clean_input(spec);
  size_t scheme = url_scheme_length(clean);
  free(clean);
  if (scheme && (*url = url_parse(spec, NULL)))
    return true;
  // A URL that does not parse is taken for a package name, unless it is
  // written exactly "file:..." (node tests that prefix as a string).
  if (starts_with(spec, "file:"))
    return fail(c, "ERR_INVALID_URL", "Invalid URL");
  return package_resolve(c, spec, c->from, url);
}

// The URL's answer: a built-in, a file, or node's refusal of the scheme.
static bool esm_answer(Ctx *c, const char *url, Resolution *res) {
  if (url_is_file(url))
    return esm_finalize(c, url, &res->path);
  if (strncasecmp(url, "node:", 5) == 0) {
    if (!builtin_with_scheme(url + 5))
      return fail(c, "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: %s", url);
    res->builtin = xstrdup(url + 5);
    return true;
  }
  if (strncasecmp(url, "data:", 5) == 0)
    return fail(c, "KILN_UNSUPPORTED_DATA_URL", "kiln cannot compile a data: URL import: %s", url);
  return fail(c, "ERR_UNSUPPORTED_ESM_URL_SCHEME",
              "Only URLs with a scheme in: file, data, and node are supported by the default "
              "ESM loader. Received protocol '%.*s:'", (int)url_scheme_length(url), url);
}

static bool cjs_resolve(Ctx *c, const char *spec, Resolution *res);

// The hint for "./x": the file CommonJS found, relative to the importer's
// folder, both as URL paths (so "a b" shows as "a%20b").
static char *hint_relative(const char *from, const char *found) {
  char *from_url = url_from_path(from), *to_url = url_from_path(found);
  const char *from_path = url_pathname(from_url);
  char *from_dir = xstrndup(from_path, (size_t)(strrchr(from_path, '/') - from_path));
  char *rel = path_relative(from_dir, url_pathname(to_url));
  char *hint = starts_with(rel, "../") ? xstrdup(rel) : xprintf("./%s", rel);
  free(from_url), free(to_url), free(from_dir), free(rel);
  return hint;
}

// The hint for "pkg/x": "pkg/" and the file's path inside the last
// node_modules/pkg folder (each segment URI-encoded), else its file: URL.
static char *hint_bare(const char *spec, const char *found) {
  size_t pkg_len = strcspn(spec, "/");
  char *needle = xprintf("/node_modules/%.*s/", (int)pkg_len, spec);
  const char *at = NULL;
  for (const char *p = strstr(found, needle); p; p = strstr(p + 1, needle))
    at = p;
  if (!at) {
    free(needle);
    return url_from_path(found);
  }
  Buf b = {0};
  buf_add(&b, spec, pkg_len);
  for (const char *p = at + strlen(needle);; p++) {
    size_t n = strcspn(p, "/");
    char *part = encode_uri_component(p, n);
    buf_addc(&b, '/');
    buf_adds(&b, part);
    free(part);
    p += n;
    if (!*p)
      break;
  }
  free(needle);
  return buf_take(&b);
}

// The "Did you mean to import ...?" node adds to a failed ESM resolution
// when CommonJS would have found a file (without self-reference or
// "imports", as node runs it). NULL when there is nothing to say.
static char *esm_hint(const Ctx *esm, const char *spec) {
  char *path_spec = NULL;
  if (starts_with(spec, "file://") && url_to_path(spec, &path_spec) != URLPATH_OK)
    return NULL;
  const char *s = path_spec ? path_spec : spec;
  Ctx c = {.from = esm->from, .conditions = cjs_conditions, .hint = true};
  Resolution r = {0};
  char *found = NULL;
  if (cjs_resolve(&c, s, &r) && r.path) {
    if (is_relative_specifier(s))
      found = hint_relative(esm->from, r.path);
    else if (s[0] && s[0] != '/' && s[0] != '.')
      found = hint_bare(s, r.path);
    else
      found = xstrdup(r.path);
  }
  char *hint = NULL;
  if (found && !streq(found, s)) {
    char *quoted = json_quote(found);
    hint = xprintf("\nDid you mean to import %s?", quoted);
    free(quoted);
  }
  free(found), free(path_spec);
  free(r.path), free(r.builtin), free(c.code), free(c.message);
  return hint;
}

static bool esm_resolve(Ctx *c, const char *spec, Resolution *res) {
  // A URL parse decides that this is a node: URL (" NODE:fs" is one), but
  // the loader then looks the specifier up exactly as written.
  char *clean = url_clean_input(spec);
  bool node_url = url_scheme_length(clean) == 4 && strncasecmp(clean, "node:", 5) == 0;
  free(clean);
  if (node_url) {
    if (!starts_with(spec, "node:") || !builtin_with_scheme(spec + 5))
      return fail(c, "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: %s", spec);
    res->builtin = xstrdup(spec + 5);
    return true;
  }
  char *url = NULL;
  bool ok = esm_resolve_url(c, spec, &url) && esm_answer(c, url, res);
  free(url);
  // Only "not found" errors get node's hint.
  if (!ok && (failed_with(c, "ERR_MODULE_NOT_FOUND") ||
              failed_with(c, "ERR_UNSUPPORTED_DIR_IMPORT"))) {
    char *hint = esm_hint(c, spec);
    if (hint) {
      char *message = xprintf("%s%s", c->message, hint);
      free(c->message);
      c->message = message;
      free(hint);
    }
  }
  return ok;
}

// ---------------------------------------------------------------------------
// CommonJS (require)

// An "exports"/"imports" answer as CommonJS takes it (finalizeEsmResolution):
// the URL must name an existing file; [parent] is named in some errors.
static bool cjs_finalize_url(Ctx *c, const char *href, const char *parent, char **path_out) {
  if (has_encoded_separator(href))
    return fail_invalid_specifier(c, href, ENCODED_SEPARATOR_REASON, parent);
  char *path = NULL;
  UrlPathError e = url_to_path(href, &path);
  if (e != URLPATH_OK)
    return fail_url_path(c, e);
  if (fs_stat(path) == 0) {
    *path_out = fs_realpath(path);
    free(path);
    return true;
  }
  fail(c, "MODULE_NOT_FOUND", "Cannot find module '%s'", path);
  free(path);
  return false;
}

// LOAD_AS_FILE's extensions, in node's order (Module._extensions).
static char *try_extensions(const char *base) {
  static const char *const exts[] = {".js", ".json", ".node"};
  for (size_t i = 0; i < 3; i++) {
    char *p = xprintf("%s%s", base, exts[i]);
    bool hit = fs_stat(p) == 0;
    char *real = hit ? fs_realpath(p) : NULL;
    free(p);
    if (hit)
      return real;
  }
  return NULL;
}

static char *try_file(const char *path) {
  return fs_stat(path) == 0 ? fs_realpath(path) : NULL;
}

// LOAD_AS_DIRECTORY: "main" (as a file, with extensions, as a folder's
// index), else index.js/.json/.node. A "main" that leads nowhere falls
// back to the index, and is an error of its own when that is missing too.
static bool try_package(Ctx *c, const char *dir, char **found) {
  char *pj_path = xprintf("%s/package.json", dir);
  PkgJson *pj = pkg_read(pj_path);
  free(pj_path);
  if (pkg_invalid(pj))
    return fail_cjs_config(c, pj);
  char *index = xprintf("%s/index", dir);
  if (!pj->main || !pj->main[0]) {
    *found = try_extensions(index);
    free(index);
    return true;
  }
  char *main = path_resolve(dir, pj->main);
  char *main_index = xprintf("%s/index", main);
  *found = try_file(main);
  if (!*found)
    *found = try_extensions(main);
  if (!*found)
    *found = try_extensions(main_index);
  if (!*found)
    *found = try_extensions(index);
  if (!*found)
    fail(c, "MODULE_NOT_FOUND",
         "Cannot find module '%s'. Please verify that the package.json has a valid \"main\" entry",
         main);
  free(index), free(main), free(main_index);
  return *found != NULL;
}

// node's EXPORTS_PATTERN, /^((?:@[^/\\%]+\/)?[^./\\%][^/\\%]*)(\/.*)?$/:
// the package name at the start of [s], or 0 when there is none.
static size_t plain_name_end(const char *s, size_t start) {
  if (!s[start] || strchr("./\\%", s[start]))
    return 0;
  size_t i = start + 1;
  while (s[i] && !strchr("/\\%", s[i]))
    i++;
  return s[i] == '\0' || s[i] == '/' ? i : 0;
}

static size_t exports_name_length(const char *s) {
  if (s[0] == '@') {
    size_t i = 1;
    while (s[i] && !strchr("/\\%", s[i]))
      i++;
    size_t end = i > 1 && s[i] == '/' ? plain_name_end(s, i + 1) : 0;
    if (end)
      return end;
  }
  return plain_name_end(s, 0);
}

typedef enum Found { FOUND_NOTHING, FOUND_FILE, FOUND_ERROR } Found;

// LOAD_PACKAGE_EXPORTS for one node_modules folder.
static Found cjs_resolve_exports(Ctx *c, const char *nm_dir, const char *spec, char **found) {
  size_t n = exports_name_length(spec);
  if (!n)
    return FOUND_NOTHING;
  char *name = xstrndup(spec, n);
  char *pkg_dir = path_resolve(nm_dir, name);
  char *pj_path = xprintf("%s/package.json", pkg_dir);
  PkgJson *pj = pkg_read(pj_path);
  free(name), free(pkg_dir), free(pj_path);
  if (pkg_invalid(pj))
    return fail_cjs_config(c, pj), FOUND_ERROR;
  if (!pj->exists || json_nullish(pj->exports))
    return FOUND_NOTHING;
  char *subpath = xprintf(".%s", spec + n), *url = NULL;
  bool ok = package_exports_resolve(c, pj, subpath, NULL, &url);
  free(subpath);
  if (!ok && failed_with(c, "ERR_MODULE_NOT_FOUND"))
    fail(c, "MODULE_NOT_FOUND", "Cannot find module '%s'", spec);
  ok = ok && cjs_finalize_url(c, url, NULL, found);
  free(url);
  return ok ? FOUND_FILE : FOUND_ERROR;
}

// Module._findPath's rule: a request ending in "/", "." or ".." names a
// folder, so no file is tried.
static bool names_directory(const char *s) {
  size_t n = strlen(s);
  if (n == 0)
    return false;
  if (s[n - 1] == '/')
    return true;
  if (s[n - 1] != '.')
    return false;
  if (n == 1 || s[n - 2] == '/')
    return true;
  return s[n - 2] == '.' && (n == 2 || s[n - 3] == '/');
}

typedef struct PathList {
  char **items;
  size_t len, cap;
} PathList;

static void path_list_push(PathList *l, char *path) {
  if (l->len == l->cap) {
    l->cap = l->cap ? l->cap * 2 : 16;
    l->items = xrealloc(l->items, l->cap * sizeof *l->items);
  }
  l->items[l->len++] = path;
}

// Module._findPath: LOAD_AS_FILE then LOAD_AS_DIRECTORY in each folder of
// [paths] (with LOAD_PACKAGE_EXPORTS first for node_modules folders).
static Found cjs_find_path(Ctx *c, const char *spec, const PathList *paths, char **found) {
  bool absolute = spec[0] == '/';
  bool dir_only = names_directory(spec);
  bool inside = !(is_relative_specifier(spec) && path_normalized_starts_dotdot(spec));
  char *cwd = current_dir();
  Found result = FOUND_NOTHING;
  for (size_t i = 0; i < (absolute ? 1 : paths->len) && result == FOUND_NOTHING; i++) {
    const char *dir = absolute ? "" : paths->items[i];
    if (inside && dir[0] && fs_stat(dir) != 1)
      continue;
    if (!absolute && (result = cjs_resolve_exports(c, dir, spec, found)) != FOUND_NOTHING)
      break;
    char *base = path_resolve(dir[0] ? dir : cwd, spec);
    int kind = fs_stat(base);
    if (!dir_only)
      *found = kind == 0 ? fs_realpath(base) : try_extensions(base);
    if (!*found && kind == 1 && !try_package(c, base, found))
      result = FOUND_ERROR;
    else if (*found)
      result = FOUND_FILE;
    free(base);
  }
  free(cwd);
  return result;
}

// Module._nodeModulePaths(dir) then the global folders: every
// <folder>/node_modules from [dir] up to the root, skipping folders that
// are themselves named node_modules; then $NODE_PATH, ~/.node_modules and
// ~/.node_libraries. (node's <prefix>/lib/node is left out: kiln cannot
// know where the node that would run the program lives.)
static void cjs_node_modules_paths(const char *dir, PathList *out) {
  char *d = xstrdup(dir);
  while (d[0] == '/' && d[1]) {
    if (!streq(strrchr(d, '/') + 1, "node_modules"))
      path_list_push(out, xprintf("%s/node_modules", d));
    char *up = path_dirname(d);
    free(d);
    d = up;
  }
  free(d);
  path_list_push(out, xstrdup("/node_modules"));
  const char *node_path = getenv("NODE_PATH"), *home = getenv("HOME");
  char *cwd = current_dir();
  for (const char *p = node_path; p && *p;) {
    size_t len = strcspn(p, ":");
    if (len) {
      char *entry = xstrndup(p, len);
      path_list_push(out, path_resolve(cwd, entry));
      free(entry);
    }
    p += len + (p[len] == ':');
  }
  free(cwd);
  if (home && home[0] == '/') {
    path_list_push(out, path_resolve(home, ".node_modules"));
    path_list_push(out, path_resolve(home, ".node_libraries"));
  }
}

// Module._resolveLookupPaths: the folder of the importer for "./x" and
// "../x" (and "." and ".."), the node_modules chain otherwise.
static void cjs_lookup_paths(const Ctx *c, const char *spec, PathList *out) {
  char *dir = c->from[0] ? path_dirname(c->from) : current_dir();
  if (spec[0] == '.' && (spec[1] == '\0' || spec[1] == '.' || spec[1] == '/')) {
    path_list_push(out, dir);
    return;
  }
  cjs_node_modules_paths(dir, out);
  free(dir);
}

// "#name" in CommonJS: only when the importer's package scope has
// "imports"; otherwise it is an ordinary (missing) package name.
static Found cjs_imports(Ctx *c, const char *spec, char **found) {
  PkgJson *pj = cjs_scope(c->from);
  if (pj && pkg_invalid(pj))
    return fail_cjs_config(c, pj), FOUND_ERROR;
  if (!pj || json_nullish(pj->imports))
    return FOUND_NOTHING;
  char *url = NULL;
  bool ok = package_imports_resolve(c, spec, c->from, &url);
  if (!ok && failed_with(c, "ERR_MODULE_NOT_FOUND"))
    fail(c, "MODULE_NOT_FOUND", "Cannot find module '%s'", spec);
  ok = ok && cjs_finalize_url(c, url, c->from, found);
  free(url);
  return ok ? FOUND_FILE : FOUND_ERROR;
}

// LOAD_PACKAGE_SELF: a package naming itself, through its own "exports".
static Found cjs_self(Ctx *c, const char *spec, char **found) {
  PkgJson *pj = cjs_scope(c->from);
  if (pj && pkg_invalid(pj))
    return fail_cjs_config(c, pj), FOUND_ERROR;
  if (!pj || json_nullish(pj->exports) || !pj->name)
    return FOUND_NOTHING;
  size_t n = strlen(pj->name);
  if (strncmp(spec, pj->name, n) != 0 || (spec[n] != '\0' && spec[n] != '/'))
    return FOUND_NOTHING;
  char *subpath = xprintf(".%s", spec + n), *url = NULL;
  bool ok = package_exports_resolve(c, pj, subpath, c->from, &url);
  free(subpath);
  if (!ok && failed_with(c, "ERR_MODULE_NOT_FOUND"))
    fail(c, "MODULE_NOT_FOUND", "Cannot find module '%s'", spec);
  ok = ok && cjs_finalize_url(c, url, c->from, found);
  free(url);
  return ok ? FOUND_FILE : FOUND_ERROR;
}

// require(): Module._load's checks, then Module._resolveFilename.
static bool cjs_resolve(Ctx *c, const char *spec, Resolution *res) {
  if (!c->hint && !spec[0])
    return fail(c, "ERR_INVALID_ARG_VALUE",
                "The argument 'id' must be a non-empty string. Received ''");
  if (starts_with(spec, "node:")) {
    if (builtin_with_scheme(spec + 5)) {
      res->builtin = xstrdup(spec + 5);
      return true;
    }
    if (!c->hint)
      return fail(c, "ERR_UNKNOWN_BUILTIN_MODULE", "No such built-in module: %s", spec);
  }
  if (builtin_without_scheme(spec)) {
    res->builtin = xstrdup(spec);
    return true;
  }
  Found f = FOUND_NOTHING;
  if (spec[0] == '#' && c->from[0] && !c->hint)
    f = cjs_imports(c, spec, &res->path);
  if (f == FOUND_NOTHING && c->from[0] && !c->hint)
    f = cjs_self(c, spec, &res->path);
  if (f == FOUND_NOTHING) {
    PathList paths = {0};
    cjs_lookup_paths(c, spec, &paths);
    f = cjs_find_path(c, spec, &paths, &res->path);
    for (size_t i = 0; i < paths.len; i++)
      free(paths.items[i]);
    free(paths.items);
  }
  if (f == FOUND_FILE)
    return true;
  if (f == FOUND_ERROR)
    return false;
  if (c->from[0])
    return fail(c, "MODULE_NOT_FOUND", "Cannot find module '%s'\nRequire stack:\n- %s", spec,
                c->from);
  return fail(c, "MODULE_NOT_FOUND", "Cannot find module '%s'", spec);
}

// ---------------------------------------------------------------------------
// The API (module.h)

// [path] made absolute against the current directory, as node's
// path.resolve() would; NULL stays "".
static char *absolute_path(const char *path) {
  if (!path || !path[0])
    return xstrdup("");
  if (path[0] == '/')
    return xstrdup(path);
  char *cwd = current_dir(), *abs = path_resolve(cwd, path);
  free(cwd);
  return abs;
}

Resolution module_resolve(const char *specifier, const char *from_file, ResolveMode mode) {
  char *from = absolute_path(from_file);
  if (mode == RESOLVE_IMPORT && !from[0]) {
    free(from);
    char *cwd = current_dir();
    from = xprintf("%s/", cwd);  // node's base without an importer: the cwd
    free(cwd);
  }
  Ctx c = {.from = from};
  Resolution res = {0};
  const char *spec = specifier ? specifier : "";
  bool ok;
  if (mode == RESOLVE_REQUIRE) {
    c.conditions = cjs_conditions;
    ok = cjs_resolve(&c, spec, &res);
  } else {
    c.conditions = esm_conditions;
    ok = esm_resolve(&c, spec, &res);
  }
  free(from);
  if (ok && (res.path || res.builtin)) {
    res.status = res.builtin ? RESOLVE_BUILTIN : RESOLVE_FILE;
    return res;
  }
  free(res.path), free(res.builtin);
  res.path = res.builtin = NULL;
  if (!c.code)  // every failing step sets an error; never hand out NULL
    fail(&c, "ERR_KILN_RESOLVE", "Cannot resolve '%s' from %s", spec,
         from_file ? from_file : "");
  bool not_found = streq(c.code, "MODULE_NOT_FOUND") || streq(c.code, "ERR_MODULE_NOT_FOUND");
  res.status = not_found ? RESOLVE_NOT_FOUND : RESOLVE_ERROR;
  res.code = c.code;
  res.message = c.message;
  return res;
}

ModuleFormat module_format(const char *path) {
  if (!path || !path[0])
    return FORMAT_UNKNOWN;
  const char *ext = url_extension(path);
  if (streq(ext, ".mjs"))
    return FORMAT_MODULE;
  if (streq(ext, ".cjs"))
    return FORMAT_COMMONJS;
  if (streq(ext, ".json"))
    return FORMAT_JSON;
  if (!streq(ext, ".js") && !streq(ext, ""))
    return FORMAT_UNKNOWN;
  char *abs = absolute_path(path);
  PkgJson *pj = esm_scope(abs);
  free(abs);
  if (pj && pkg_invalid(pj))
    return FORMAT_UNKNOWN;  // node refuses to load it: ERR_INVALID_PACKAGE_CONFIG
  return pj && pj->type_module ? FORMAT_MODULE : FORMAT_COMMONJS;
}

bool module_is_builtin(const char *name) {
  if (!name)
    return false;
  if (starts_with(name, "node:"))
    return builtin_with_scheme(name + 5);
  return builtin_without_scheme(name);
}
