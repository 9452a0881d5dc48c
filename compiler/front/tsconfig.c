// SPDX-License-Identifier: MIT
//
// tsconfig.c: the project's tsconfig.json, found and read as tsc does:
// the nearest one in the entry's folder or above, its `extends` chain
// followed (a child's options override its parent's), JSON with comments
// and trailing commas. Only the compilerOptions that change what a
// program does at run time are kept (TsOptions in ast.h).
#include "ast.h"

#include <ctype.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>
#include <sys/stat.h>

// --- a small JSONC reader ---

typedef enum { J_NULL, J_BOOL, J_NUM, J_STR, J_ARR, J_OBJ } JType;

typedef struct JVal {
  JType type;
  bool b;
  double num;
  const char *str;
  int len;                 // ARR/OBJ: entries
  const char **keys;       // OBJ
  struct JVal **items;
} JVal;

typedef struct JParser {
  const char *s, *end;
  const char *path;
  bool failed;
} JParser;

static void jskip(JParser *p) {
  while (p->s < p->end) {
    if (isspace((unsigned char)*p->s)) {
      p->s++;
    } else if (p->s + 1 < p->end && p->s[0] == '/' && p->s[1] == '/') {
      while (p->s < p->end && *p->s != '\n')
        p->s++;
    } else if (p->s + 1 < p->end && p->s[0] == '/' && p->s[1] == '*') {
      const char *close = strstr(p->s + 2, "*/");
      p->s = close ? close + 2 : p->end;
    } else {
      break;
    }
  }
}

static JVal *jfail(JParser *p) {
  if (!p->failed)
    fprintf(stderr, "kiln: warning: %s: not valid JSON, ignored\n", p->path);
  p->failed = true;
  return NULL;
}

static const char *jstring(JParser *p) {
  StrBuf sb = {0};
  p->s++;  // the opening quote
  while (p->s < p->end && *p->s != '"') {
    char c = *p->s++;
    if (c == '\\' && p->s < p->end) {
      char e = *p->s++;
      switch (e) {
      case 'n': c = '\n'; break;
      case 't': c = '\t'; break;
      case 'r': c = '\r'; break;
      case 'b': c = '\b'; break;
      case 'f': c = '\f'; break;
      case 'u': {
        unsigned v = 0;
        for (int i = 0; i < 4 && p->s < p->end; i++)
          v = v * 16 + (unsigned)(isdigit((unsigned char)*p->s)
                                      ? *p->s - '0'
                                      : (tolower((unsigned char)*p->s) - 'a' + 10)),
          p->s++;
        c = v < 0x80 ? (char)v : '?';  // option values are ASCII
        break;
      }
      default: c = e; break;
      }
    }
    sb_putc(&sb, c);
  }
  if (p->s >= p->end)
    return (const char *)jfail(p);
  p->s++;
  const char *out = arena_strndup(sb.data ? sb.data : "", sb.len);
  free(sb.data);
  return out;
}

static JVal *jvalue(JParser *p, int depth);

static void jpush(JVal *v, const char *key, JVal *item) {
  const char **keys = arena_alloc((size_t)(v->len + 1) * sizeof *keys);
  JVal **items = arena_alloc((size_t)(v->len + 1) * sizeof *items);
  if (v->len) {
    memcpy(keys, v->keys, (size_t)v->len * sizeof *keys);
    memcpy(items, v->items, (size_t)v->len * sizeof *items);
  }
  keys[v->len] = key;
  items[v->len] = item;
  v->keys = keys;
  v->items = items;
  v->len++;
}

// `{ ... }` or `[ ... ]`, trailing commas allowed.
static JVal *jcontainer(JParser *p, int depth, bool object) {
  JVal *v = arena_alloc(sizeof *v);
  v->type = object ? J_OBJ : J_ARR;
  char close = object ? '}' : ']';
  p->s++;
  for (;;) {
    jskip(p);
    if (p->s < p->end && *p->s == close) {
      p->s++;
      return v;
    }
    const char *key = NULL;
    if (object) {
      if (p->s >= p->end || *p->s != '"')
        return jfail(p);
      key = jstring(p);
      jskip(p);
      if (!key || p->s >= p->end || *p->s != ':')
        return jfail(p);
      p->s++;
    }
    JVal *item = jvalue(p, depth + 1);
    if (!item)
      return NULL;
    jpush(v, key, item);
    jskip(p);
    if (p->s < p->end && *p->s == ',')
      p->s++;
    else if (p->s >= p->end || *p->s != close)
      return jfail(p);
  }
}

static JVal *jvalue(JParser *p, int depth) {
  jskip(p);
  if (p->s >= p->end || depth > 64)
    return jfail(p);
  JVal *v = arena_alloc(sizeof *v);
  char c = *p->s;
  if (c == '{' || c == '[')
    return jcontainer(p, depth, c == '{');
  if (c == '"') {
    v->type = J_STR;
    v->str = jstring(p);
    return v->str ? v : NULL;
  }
  static const char *words[] = {"true", "false", "null"};
  for (int i = 0; i < 3; i++) {
    size_t n = strlen(words[i]);
    if ((size_t)(p->end - p->s) >= n && memcmp(p->s, words[i], n) == 0) {
      p->s += n;
      v->type = i == 2 ? J_NULL : J_BOOL;
      v->b = i == 0;
      return v;
    }
  }
  char *num_end;
  v->num = strtod(p->s, &num_end);
  if (num_end == p->s)
    return jfail(p);
  p->s = num_end;
  v->type = J_NUM;
  return v;
}

static JVal *jget(const JVal *obj, const char *key) {
  if (!obj || obj->type != J_OBJ)
    return NULL;
  for (int i = obj->len - 1; i >= 0; i--)  // the last duplicate wins
    if (strcmp(obj->keys[i], key) == 0)
      return obj->items[i];
  return NULL;
}

// --- reading one file ---

static TsOptions opts = {.use_define_for_class_fields = true, .target = 2022,
                        .module = TS_MODULE_NODE, .es_module_interop = true};
static bool use_define_set, target_set, interop_set;

static bool file_exists(const char *p) {
  struct stat st;
  return stat(p, &st) == 0 && S_ISREG(st.st_mode);
}

static const char *dir_of(const char *path) {
  const char *slash = strrchr(path, '/');
  return slash ? arena_strndup(path, (size_t)(slash - path)) : ".";
}

// "ES2022" -> 2022, "ES5" -> 5 (as tsc orders them), "ESNext" -> 9999.
static int target_year(const char *t) {
  if (strcasecmp(t, "esnext") == 0)
    return 9999;
  if (strncasecmp(t, "es", 2) != 0)
    return 0;
  int n = atoi(t + 2);
  return n == 6 ? 2015 : n;
}

static int module_kind(const char *m) {
  if (strncasecmp(m, "node", 4) == 0)
    return TS_MODULE_NODE;
  if (strncasecmp(m, "es", 2) == 0)
    return TS_MODULE_ES;
  if (strcasecmp(m, "preserve") == 0)
    return TS_MODULE_PRESERVE;
  return TS_MODULE_COMMONJS;
}

// `extends`: a relative path, or a package's file in node_modules.
static const char *extends_path(const char *from_dir, const char *spec) {
  char buf[PATH_MAX * 2];
  if (spec[0] == '.' || spec[0] == '/') {
    snprintf(buf, sizeof buf, "%s%s%s", spec[0] == '/' ? "" : from_dir,
             spec[0] == '/' ? "" : "/", spec);
    if (file_exists(buf))
      return arena_strndup(buf, strlen(buf));
    strncat(buf, ".json", sizeof buf - strlen(buf) - 1);
    return file_exists(buf) ? arena_strndup(buf, strlen(buf)) : NULL;
  }
  for (const char *dir = from_dir;;) {
    const char *suffixes[] = {"", ".json", "/tsconfig.json"};
    for (int i = 0; i < 3; i++) {
      snprintf(buf, sizeof buf, "%s/node_modules/%s%s", dir, spec, suffixes[i]);
      if (file_exists(buf))
        return arena_strndup(buf, strlen(buf));
    }
    const char *up = dir_of(dir);
    if (strcmp(up, dir) == 0 || strcmp(dir, ".") == 0 || !*dir)
      return NULL;
    dir = up;
  }
}

static void read_config(const char *path, int depth);

static void read_paths(const JVal *paths, const char *base) {
  if (!paths || paths->type != J_OBJ)
    return;
  opts.npaths = paths->len;
  opts.paths_base = base;
  opts.path_patterns = arena_alloc((size_t)paths->len * sizeof(char *));
  opts.path_targets = arena_alloc((size_t)paths->len * sizeof(char **));
  for (int i = 0; i < paths->len; i++) {
    opts.path_patterns[i] = paths->keys[i];
    const JVal *t = paths->items[i];
    int n = t->type == J_ARR ? t->len : 0;
    const char **targets = arena_alloc((size_t)(n + 1) * sizeof(char *));
    int k = 0;
    for (int j = 0; j < n; j++)
      if (t->items[j]->type == J_STR)
        targets[k++] = t->items[j]->str;
    targets[k] = NULL;
    opts.path_targets[i] = targets;
  }
}

static void read_compiler_options(const JVal *co, const char *dir) {
  const JVal *v;
  if ((v = jget(co, "target")) && v->type == J_STR) {
    opts.target = target_year(v->str);
    target_set = true;
  }
  if ((v = jget(co, "module")) && v->type == J_STR)
    opts.module = module_kind(v->str);
  if ((v = jget(co, "esModuleInterop")) && v->type == J_BOOL) {
    opts.es_module_interop = v->b;
    interop_set = true;
  }
  if ((v = jget(co, "useDefineForClassFields")) && v->type == J_BOOL) {
    opts.use_define_for_class_fields = v->b;
    use_define_set = true;
  }
  if ((v = jget(co, "verbatimModuleSyntax")) && v->type == J_BOOL)
    opts.verbatim_module_syntax = v->b;
  // Each of these makes tsc emit const enums' objects as well.
  static const char *const preserving[] = {"preserveConstEnums", "isolatedModules",
                                           "verbatimModuleSyntax"};
  for (int i = 0; i < 3; i++)
    if ((v = jget(co, preserving[i])) && v->type == J_BOOL && v->b)
      opts.preserve_const_enums = true;
  if ((v = jget(co, "experimentalDecorators")) && v->type == J_BOOL)
    opts.experimental_decorators = v->b;
  if ((v = jget(co, "emitDecoratorMetadata")) && v->type == J_BOOL)
    opts.emit_decorator_metadata = v->b;
  if ((v = jget(co, "baseUrl")) && v->type == J_STR) {
    char buf[PATH_MAX * 2];
    snprintf(buf, sizeof buf, "%s/%s", dir, v->str);
    char abs[PATH_MAX];
    opts.base_url = arena_strndup(realpath(buf, abs) ? abs : buf,
                                  strlen(realpath(buf, abs) ? abs : buf));
  }
  // `paths` targets are relative to baseUrl when set, else to the file
  // that declares them.
  read_paths(jget(co, "paths"), opts.base_url ? opts.base_url : dir);
}

static void read_config(const char *path, int depth) {
  FILE *f = fopen(path, "rb");
  if (!f || depth > 16) {
    if (f)
      fclose(f);
    fprintf(stderr, "kiln: warning: cannot read %s\n", path);
    return;
  }
  StrBuf sb = {0};
  char chunk[4096];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0)
    sb_putn(&sb, chunk, n);
  fclose(f);
  const char *text = sb.data ? sb.data : "";
  JParser p = {text, text + sb.len, path, false};
  if (sb.len >= 3 && memcmp(text, "\xEF\xBB\xBF", 3) == 0)
    p.s += 3;
  JVal *root = jvalue(&p, 0);
  const char *dir = dir_of(path);
  if (root && root->type == J_OBJ) {
    // Parents first, so that this file's options override theirs.
    const JVal *ext = jget(root, "extends");
    int count = ext && ext->type == J_ARR ? ext->len : ext ? 1 : 0;
    for (int i = 0; i < count; i++) {
      const JVal *e = ext->type == J_ARR ? ext->items[i] : ext;
      if (e->type != J_STR)
        continue;
      const char *parent = extends_path(dir, e->str);
      if (parent)
        read_config(parent, depth + 1);
      else
        fprintf(stderr, "kiln: warning: %s: cannot find '%s' (extends)\n", path,
                e->str);
    }
    read_compiler_options(jget(root, "compilerOptions"), dir);
  } else if (root) {
    jfail(&p);
  }
  free(sb.data);
}

static void load_file(const char *path) {
  char abs[PATH_MAX];
  opts.found = true;
  opts.path = arena_strndup(realpath(path, abs) ? abs : path,
                            strlen(realpath(path, abs) ? abs : path));
  opts.target = 5;  // tsc 5.9's default target when tsconfig names none
  opts.module = 0;
  read_config(opts.path, 0);
  // tsc 5.9's defaults: module from target, target from a node module,
  // esModuleInterop on for the node modules and preserve.
  if (!opts.module)
    opts.module = opts.target >= 2015 ? TS_MODULE_ES : TS_MODULE_COMMONJS;
  if (!target_set && opts.module == TS_MODULE_NODE)
    opts.target = 2022;
  if (!interop_set)
    opts.es_module_interop = opts.module == TS_MODULE_NODE ||
                             opts.module == TS_MODULE_PRESERVE;
  if (!use_define_set)
    opts.use_define_for_class_fields = opts.target >= 2022;
}

void tsconfig_load_project(const char *path) {
  struct stat st;
  if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
    path = arena_printf("%s/tsconfig.json", path);
  if (!file_exists(path)) {
    fprintf(stderr, "kiln: error: cannot find the TypeScript project '%s'\n", path);
    exit(1);
  }
  load_file(path);
}

void tsconfig_load(const char *entry) {
  char abs[PATH_MAX];
  const char *dir = dir_of(realpath(entry, abs) ? abs : entry);
  for (;;) {
    char buf[PATH_MAX * 2];
    snprintf(buf, sizeof buf, "%s/tsconfig.json", dir);
    if (file_exists(buf)) {
      load_file(buf);
      return;
    }
    if (!*dir || strcmp(dir, "/") == 0 || strcmp(dir, ".") == 0)
      return;
    const char *up = dir_of(dir);
    dir = *up ? up : "/";
  }
}

const TsOptions *ts_options(void) { return &opts; }

void tsconfig_add_decorator_flags(bool experimental, bool metadata) {
  opts.experimental_decorators |= experimental;
  opts.emit_decorator_metadata |= metadata;
}

bool ts_emits_commonjs(const char *path) {
  size_t n = strlen(path);
  if (n > 4 && strcmp(path + n - 4, ".cts") == 0)
    return true;
  if (n > 4 && strcmp(path + n - 4, ".mts") == 0)
    return false;
  return opts.module == TS_MODULE_COMMONJS || opts.module == TS_MODULE_NODE;
}

// Does [spec] match [pattern] (at most one `*`)? *star gets what `*` took.
static bool path_match(const char *pattern, const char *spec, const char **star,
                       size_t *star_len) {
  const char *w = strchr(pattern, '*');
  if (!w) {
    *star = "";
    *star_len = 0;
    return strcmp(pattern, spec) == 0;
  }
  size_t pre = (size_t)(w - pattern), post = strlen(w + 1), n = strlen(spec);
  if (n < pre + post || strncmp(spec, pattern, pre) != 0 ||
      strcmp(spec + n - post, w + 1) != 0)
    return false;
  *star = spec + pre;
  *star_len = n - pre - post;
  return true;
}

int tsconfig_path_candidates(const char *spec, const char **out, int max) {
  int count = 0;
  // tsc picks the matching pattern with the longest prefix before `*`.
  int best = -1;
  size_t best_len = 0;
  for (int i = 0; i < opts.npaths; i++) {
    const char *star;
    size_t star_len;
    if (!path_match(opts.path_patterns[i], spec, &star, &star_len))
      continue;
    const char *w = strchr(opts.path_patterns[i], '*');
    size_t prefix = w ? (size_t)(w - opts.path_patterns[i]) : strlen(spec) + 1;
    if (best < 0 || prefix > best_len) {
      best = i;
      best_len = prefix;
    }
  }
  if (best >= 0) {
    const char *star;
    size_t star_len;
    path_match(opts.path_patterns[best], spec, &star, &star_len);
    for (const char **t = opts.path_targets[best]; *t && count < max; t++) {
      const char *w = strchr(*t, '*');
      out[count++] = w ? arena_printf("%s/%.*s%.*s%s", opts.paths_base, (int)(w - *t), *t,
                                      (int)star_len, star, w + 1)
                       : arena_printf("%s/%s", opts.paths_base, *t);
    }
  }
  if (opts.base_url && count < max)
    out[count++] = arena_printf("%s/%s", opts.base_url, spec);
  return count;
}
