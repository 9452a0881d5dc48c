// SPDX-License-Identifier: MIT
//
// main.c: the kiln command line and the pipeline, nothing else.
//
//   source --parse_program--> AST --resolve_scopes--> scoped AST
//          --lower_module--> IR --emit_c--> C --cc--> executable
#include <ctype.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>
#include <utime.h>
#include <dirent.h>

#include "emit/emit.h"
#include "front/ast.h"
#include "ir/ir.h"
#include "module/graph.h"
#include "pass/pass.h"
#include "support/support.h"

#define KILN_VERSION "0.1.0"

typedef enum Command { CMD_NONE, CMD_BUILD, CMD_RUN, CMD_EMIT_C, CMD_EMIT_IR } Command;

typedef struct Options {
  Command cmd;
  const char *input;
  const char *output;
  const char *opt_level;   // "-O2" ...
  const char *cc;
  const char *cc_words[16];  // $KILN_CC_LAUNCHER's words, then [cc]'s ("ccache gcc")
  int ncc_words;
  const char *cflags[32];    // $CFLAGS' words: after kiln's own, on every compile
  int ncflags;
  const char *ldflags[32];   // $LDFLAGS' words: on the link, before the libraries
  int nldflags;
  const char *target;      // --target T: cross-compile (T-gcc, lib/T/ runtime)
  bool debug;              // -g
  bool is_static;
  bool shared_rt;          // --shared-runtime: link libkiln_rt.so
  bool script;
  bool module;
  bool keep_c;
  bool dump_ast;
  bool dump_ir;
  const char *dump_ir_after;  // --dump-ir-after=<pass>, emit-ir: the last pass
  bool verify_ir;             // --verify-ir (always in debug builds)
  bool experimental_decorators;  // TypeScript's legacy decorators
  bool emit_decorator_metadata;  // ... with design:type & co
  bool verbose;
  int jobs;                // -j: parallel C compilations (0: one per core)
  bool link_node;          // the program references node's modules: link libkiln_node.a
  bool emit_obj;           // build --emit=obj: one relocatable object, not linked
  bool emit_lib;           // build --emit=lib: a library for C programs (build_library)
  const char *header;      // --header F: its C header
  const char *embed;       // its name (<name>_init): from -o libNAME.a or --lib-name
  const char *depfile;     // -MF / -MD: write the files the program reads (Make syntax)
  const char *library;     // emit-c --library NAME (built-in modules)
  const char *ts_project;  // --project: the tsconfig.json (or its folder)
  char **run_args;
  int run_argc;
} Options;

static const char *usage_text =
    "usage: kiln <command> [options] <file.js|file.ts|file.mjs>\n"
    "\n"
    "commands:\n"
    "  build <file> [-o out]     compile to a native executable (default: a.out\n"
    "                            named after the source file)\n"
    "  run <file> [args...]      compile (cached) and run\n"
    "  emit-c <file> [-o out.c]  write the generated C (stdout by default)\n"
    "  emit-ir <file> [-o out]   write the IR after the last pass, as text\n"
    "\n"
    "options:\n"
    "  -o <file>        output file\n"
    "  --emit=exe|obj|c build: an executable (default), one relocatable object\n"
    "                   holding the program (link it with the runtime libraries;\n"
    "                   lib/cmake/Kiln does), or the generated C\n"
    "  --emit=lib       build: a library whose exports C code calls (kiln_embed.h):\n"
    "                   -o libNAME.a (static, link the runtime after it) or\n"
    "                   -o libNAME.so (shared, with the runtime inside) or\n"
    "                   -o NAME.o (the object, position-independent);\n"
    "                   --header NAME.h writes its header, --lib-name NAME\n"
    "                   overrides the name its C functions start with\n"
    "  -MD, -MF <file>  also write a depfile (Make syntax: the output and every\n"
    "                   source file it was compiled from), like gcc; -MD names\n"
    "                   it <output>.d\n"
    "  -O0 -O1 -O2 -O3 -Os -Og  C optimization level (default -O1)\n"
    "  -g               debug info; #line directives point gdb at the JS source\n"
    "  --static         link statically\n"
    "  --shared-runtime link the runtime as a shared library (libkiln_rt.so):\n"
    "                   links in milliseconds, for development builds; the\n"
    "                   executable then needs that library where it was\n"
    "                   found at build time\n"
    "  --cc <compiler>  C compiler to use (default: $KILN_CC, else $CC, else cc;\n"
    "                   with --target T: $KILN_CC, else T-gcc); $CFLAGS and\n"
    "                   $LDFLAGS are added to its compile and link commands\n"
    "  --target <triplet>  cross-compile, e.g. aarch64-linux-gnu: the runtime\n"
    "                   built for it by scripts/setup.sh --target (lib/<triplet>/)\n"
    "  --script         classic script semantics: top-level var/function declarations\n"
    "                   are global object properties and `this` is globalThis\n"
    "  --module         treat the input and every .js file it imports as ES modules\n"
    "  --experimental-decorators  TypeScript's legacy decorators in .ts files\n"
    "                   (tsconfig's experimentalDecorators); otherwise\n"
    "                   decorators have the TC39 (2023) semantics\n"
    "  --emit-decorator-metadata  with it, design:type, design:paramtypes and\n"
    "                   design:returntype metadata (tsconfig's\n"
    "                   emitDecoratorMetadata) for Reflect.metadata\n"
    "  --max-heap=SIZE  cap the program's heap (bytes, or with K, M, G: 256M);\n"
    "                   past it the program ends with node's \"JavaScript heap\n"
    "                   out of memory\" (default: a quarter of the memory, at\n"
    "                   most 4G; $KILN_MAX_HEAP overrides it at run time)\n"
    "  --keep-c         keep the generated C file next to the output\n"
    "  -p, --project <tsconfig.json|dir>  the TypeScript project's tsconfig\n"
    "                   (default: the one nearest the entry)\n"
    "  --dump-ast       print the AST and stop\n"
    "  --dump-ir        print the IR and stop (as emit-ir does)\n"
    "  --dump-ir-after=<pass>  print the IR after that pass (lower, ...) and stop\n"
    "  --verify-ir      check the IR after every pass (always in debug builds;\n"
    "                   also $KILN_VERIFY_IR=1)\n"
    "  -j <n>           run n C compilations at once (default: one per core)\n"
    "  -v               print the C compiler commands and the time of each phase\n"

    "  --help, --version\n"
    "\n"
    "TypeScript (.ts .mts .cts): types are erased, never checked (run tsc for\n"
    "that); constructs with run-time meaning compile as tsc emits them, under\n"
    "the tsconfig.json nearest the entry (target, useDefineForClassFields,\n"
    "paths, baseUrl, extends).\n";

static void usage(FILE *out) { fputs(usage_text, out); }

// --max-heap in bytes (0: not given), written into the program's C as the
// runtime's js__max_heap_default (runtime/gc.c).
static unsigned long long max_heap;

static unsigned long long parse_heap_size(const char *s) {
  char *end;
  double v = strtod(s, &end);
  if (end == s || !(v > 0))
    return 0;
  switch (*end) {
  case 'k': case 'K': v *= 1024.0; end++; break;
  case 'm': case 'M': v *= 1048576.0; end++; break;
  case 'g': case 'G': v *= 1073741824.0; end++; break;
  default: break;
  }
  if (*end == 'b' || *end == 'B')
    end++;
  if (*end || v < 1048576.0 || v > 1e18)
    return 0;
  return (unsigned long long)v;
}

static void put_heap_limit(FILE *out) {
  if (max_heap)
    fprintf(out, "\nunsigned long long js__max_heap_default = %lluULL;\n", max_heap);
}

static _Noreturn void die_status(int status, const char *fmt, const char *arg) {
  fprintf(stderr, "kiln: error: ");
  fprintf(stderr, fmt, arg);
  fputc('\n', stderr);
  exit(status);
}

static _Noreturn void die(const char *fmt, const char *arg) {
  die_status(1, fmt, arg);
}

// A command line kiln cannot use: exit status 2, as gcc's driver and most
// tools give for bad usage (1 stays "the program has errors").
static _Noreturn void bad_usage(const char *fmt, const char *arg) {
  die_status(2, fmt, arg);
}

// The words of an environment variable such as CFLAGS (split at blanks, as
// make does without a shell).
static void split_words(const char *value, const char **out, int *n, const char *name) {
  if (!value)
    return;
  char *copy = strdup(value);
  for (char *w = strtok(copy, " \t\n"); w; w = strtok(NULL, " \t\n")) {
    if (*n == 31)
      bad_usage("too many words in $%s", name);
    out[(*n)++] = w;
  }
}

static void parse_args(int argc, char **argv, Options *o) {
  // -O1 by default: on kiln's C (runtime calls with their fast paths
  // inlined) gcc's -O2 buys nothing measurable (bench: nbody, spectralnorm,
  // binarytrees, richards within noise of -O1) and costs half as much
  // again in build time (300 ES modules: 80 vs 122 CPU s).
  o->opt_level = "-O1";
  o->cc = NULL;  // decided after the options (--cc, --target)
  int i = 1;
  if (i >= argc) {
    usage(stderr);
    exit(2);
  }
  const char *cmd = argv[i];
  if (strcmp(cmd, "--help") == 0 || strcmp(cmd, "-h") == 0) {
    usage(stdout);
    exit(0);
  }
  if (strcmp(cmd, "--version") == 0) {
    printf("kiln %s\n", KILN_VERSION);
    exit(0);
  }
  if (strcmp(cmd, "build") == 0)
    o->cmd = CMD_BUILD;
  else if (strcmp(cmd, "run") == 0)
    o->cmd = CMD_RUN;
  else if (strcmp(cmd, "emit-c") == 0)
    o->cmd = CMD_EMIT_C;
  else if (strcmp(cmd, "emit-ir") == 0)
    o->cmd = CMD_EMIT_IR;
  else
    bad_usage("unknown command '%s' (try kiln --help)", cmd);
  for (i++; i < argc; i++) {
    const char *a = argv[i];
    if (o->cmd == CMD_RUN && o->input) {
      o->run_args = argv + i;
      o->run_argc = argc - i;
      break;
    }
    if (strcmp(a, "-o") == 0) {
      if (++i >= argc)
        bad_usage("%s needs an argument", a);
      o->output = argv[i];
      if (strcmp(o->output, "-") == 0 && o->cmd != CMD_EMIT_C && o->cmd != CMD_EMIT_IR)
        bad_usage("cannot write an executable to standard output (-o -)%s", "");
    } else if (strncmp(a, "--emit=", 7) == 0 && o->cmd == CMD_BUILD) {
      if (strcmp(a + 7, "obj") == 0)
        o->emit_obj = true;
      else if (strcmp(a + 7, "lib") == 0)
        o->emit_lib = o->emit_obj = true;
      else if (strcmp(a + 7, "c") == 0)
        o->cmd = CMD_EMIT_C;
      else if (strcmp(a + 7, "exe") != 0)
        bad_usage("--emit takes exe, obj, lib or c, not '%s'", a + 7);
    } else if (strcmp(a, "--header") == 0 || strcmp(a, "--lib-name") == 0) {
      if (++i >= argc)
        bad_usage("%s needs an argument", a);
      *(a[2] == 'h' ? &o->header : &o->embed) = argv[i];
    } else if (strcmp(a, "-MF") == 0) {
      if (++i >= argc)
        bad_usage("%s needs an argument", a);
      o->depfile = argv[i];
    } else if (strcmp(a, "-MD") == 0) {
      if (!o->depfile)
        o->depfile = "";  // <output>.d, once the output is known
    } else if (strncmp(a, "-O", 2) == 0 &&
               (strcmp(a + 2, "0") == 0 || strcmp(a + 2, "1") == 0 ||
                strcmp(a + 2, "2") == 0 || strcmp(a + 2, "3") == 0 ||
                strcmp(a + 2, "s") == 0 || strcmp(a + 2, "g") == 0 || a[2] == 0)) {
      o->opt_level = a[2] ? a : "-O1";
    } else if (strcmp(a, "-g") == 0) {
      o->debug = true;
    } else if (strcmp(a, "--static") == 0) {
      o->is_static = true;
    } else if (strcmp(a, "--shared-runtime") == 0) {
      o->shared_rt = true;
    } else if (strcmp(a, "--project") == 0 || strcmp(a, "-p") == 0) {
      if (++i >= argc)
        die("%s needs an argument", a);
      o->ts_project = argv[i];
    } else if (strcmp(a, "--cc") == 0) {
      if (++i >= argc)
        bad_usage("%s needs an argument", a);
      o->cc = argv[i];
    } else if (strncmp(a, "--cc=", 5) == 0) {
      o->cc = a + 5;
    } else if (strcmp(a, "--target") == 0 || strncmp(a, "--target=", 9) == 0) {
      const char *t = a[8] == '=' ? a + 9 : (++i < argc ? argv[i] : NULL);
      if (!t || !*t || strchr(t, '/') || t[0] == '.')
        bad_usage("--target needs a target triplet such as aarch64-linux-gnu%s", "");
      o->target = t;
    } else if (strcmp(a, "--script") == 0) {
      o->script = true;
    } else if (strcmp(a, "--module") == 0) {
      o->module = true;
    } else if (strcmp(a, "--experimental-decorators") == 0) {
      o->experimental_decorators = true;
    } else if (strcmp(a, "--emit-decorator-metadata") == 0) {
      o->emit_decorator_metadata = true;
    } else if (strcmp(a, "--max-heap") == 0 || strncmp(a, "--max-heap=", 11) == 0) {
      const char *v = a[10] == '=' ? a + 11 : (++i < argc ? argv[i] : NULL);
      if (!v || !(max_heap = parse_heap_size(v)))
        bad_usage("--max-heap needs a size of at least 1M, such as 64M or 2G%s", "");
    } else if (strcmp(a, "--keep-c") == 0) {
      o->keep_c = true;
    } else if (strcmp(a, "--dump-ast") == 0) {
      o->dump_ast = true;
    } else if (strcmp(a, "--dump-ir") == 0) {
      o->dump_ir = true;
    } else if (strncmp(a, "--dump-ir-after=", 16) == 0) {
      if (!pass_exists(a + 16))
        bad_usage("--dump-ir-after: no pass is named '%s'", a + 16);
      o->dump_ir_after = a + 16;
    } else if (strcmp(a, "--verify-ir") == 0) {
      o->verify_ir = true;
    } else if (strcmp(a, "--library") == 0) {
      if (++i >= argc)
        bad_usage("%s needs an argument", a);
      o->library = argv[i];
    } else if (strncmp(a, "-j", 2) == 0) {
      const char *v = a[2] ? a + 2 : (++i < argc ? argv[i] : NULL);
      if (!v || atoi(v) <= 0)
        bad_usage("-j needs a positive number of jobs%s", "");
      o->jobs = atoi(v);
    } else if (strcmp(a, "-v") == 0) {
      o->verbose = true;
    } else if (strcmp(a, "--help") == 0) {
      usage(stdout);
      exit(0);
    } else if (a[0] == '-' && a[1]) {
      bad_usage("unknown option '%s' (try kiln --help)", a);
    } else if (!o->input) {
      o->input = a;
    } else {
      bad_usage("unexpected argument '%s': one input file at a time", a);
    }
  }
  if (!o->input)
    bad_usage("%s: no input file", cmd);
  if (o->is_static && o->shared_rt)
    bad_usage("--static and --shared-runtime cannot be used together%s", "");
  if (o->target && o->shared_rt)
    bad_usage("--shared-runtime is for the host; it cannot be used with --target%s", "");
  if (o->target && o->cmd == CMD_RUN)
    bad_usage("kiln run cannot run a program built for another target (%s); use kiln build",
              o->target);
  // The C compiler: --cc, else $KILN_CC, else (cross) <target>-gcc or $CC, else cc.
  if (!o->cc) {
    const char *kcc = getenv("KILN_CC"), *cc = getenv("CC");
    if (kcc && *kcc)
      o->cc = kcc;
    else if (o->target) {
      char *t = malloc(strlen(o->target) + 8);
      sprintf(t, "%s-gcc", o->target);
      o->cc = t;
    } else
      o->cc = cc && *cc ? cc : "cc";
  }
  split_words(getenv("CFLAGS"), o->cflags, &o->ncflags, "CFLAGS");
  split_words(getenv("LDFLAGS"), o->ldflags, &o->nldflags, "LDFLAGS");
  // The C compiler command: a launcher (ccache, sccache, distcc) from
  // $KILN_CC_LAUNCHER, then the compiler, either of which may be several
  // words, as CMake's CMAKE_C_COMPILER_LAUNCHER and a multi-word CC are.
  const char *launcher = getenv("KILN_CC_LAUNCHER");
  const char *parts[2] = {launcher ? launcher : "", o->cc};
  for (int p = 0; p < 2; p++) {
    char *copy = strdup(parts[p]);
    for (char *w = strtok(copy, " \t"); w; w = strtok(NULL, " \t")) {
      if (o->ncc_words == (int)(sizeof o->cc_words / sizeof *o->cc_words) - 1)
        bad_usage("too many words in the C compiler command '%s'", parts[p]);
      o->cc_words[o->ncc_words++] = w;
    }
  }
  if (o->ncc_words == 0 || (launcher && o->ncc_words == 1 && *launcher))
    bad_usage("no C compiler: --cc/$CC is empty%s", "");
}

static void push_cc(const Options *o, const char **argv, int *n) {
  for (int i = 0; i < o->ncc_words; i++)
    argv[(*n)++] = o->cc_words[i];
}

static void depfile_escape(FILE *f, const char *p) {
  for (; *p; p++) {
    if (*p == ' ' || *p == '#' || *p == '\\')
      fputc('\\', f);
    if (*p == '$')
      fputc('$', f);
    fputc(*p, f);
  }
}

// The depfile (-MF): "output: every source file of the program", so a
// build system (CMake's DEPFILE, make) rebuilds when any of them changes.
static void write_depfile(const Options *o, const IrModule *m, const char *output) {
  if (!o->depfile || !output || strcmp(output, "-") == 0)
    return;
  char def[PATH_MAX + 8];
  const char *path = o->depfile;
  if (!*path) {
    snprintf(def, sizeof def, "%s.d", output);
    path = def;
  }
  FILE *f = fopen(path, "w");
  if (!f)
    die("cannot write the depfile '%s'", path);
  depfile_escape(f, output);
  fputc(':', f);
  for (int i = 0; i < m->nfiles; i++) {
    if (m->files[i].filename[0] != '/')  // built-ins: "node:fs"
      continue;
    fputs(" \\\n  ", f);
    depfile_escape(f, m->files[i].filename);
  }
  fputc('\n', f);
  if (fclose(f) != 0)
    die("cannot write the depfile '%s'", path);
}

// The attribute for code that runs once (emit.h): at -O2 and above it is
// compiled at -O1, which costs gcc a fraction of the time on huge functions.
static const char *cold_attr(const Options *o) {
  const char *l = o->opt_level;
  if (strcmp(l, "-O2") == 0 || strcmp(l, "-O3") == 0 || strcmp(l, "-Os") == 0)
    return " __attribute__((optimize(\"O1\")))";
  return "";
}

// -v: the time each phase took.
static double now_seconds(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static void phase_time(const Options *o, const char *what, double since) {
  if (o->verbose)
    fprintf(stderr, "kiln: %-28s %8.3f s\n", what, now_seconds() - since);
}

// The entry file and every module it reaches as IR, through every pass
// (pass/driver.c). With --dump-ir-after= or emit-ir, prints the IR after
// that pass and exits.
static IrModule *compile_to_ir(const Options *o, const GraphOptions *go) {
  double t0 = now_seconds();
  IrModule *m = build_module_graph(o->input, go);
  if (!m)
    return NULL;
  phase_time(o, "parse, resolve, lower", t0);
  const char *verify_env = getenv("KILN_VERIFY_IR");
  PassOptions po = {.verify = o->verify_ir || (verify_env && strcmp(verify_env, "1") == 0),
                    .dump_after = o->dump_ir_after};
#ifndef NDEBUG
  po.verify = true;
#endif
  if (o->dump_ir && !po.dump_after)
    po.dump_after = pass_last();
  FILE *dump = stdout;
  if (po.dump_after && o->cmd == CMD_EMIT_IR && o->output && strcmp(o->output, "-") != 0 &&
      !(dump = fopen(o->output, "w")))
    die("cannot write '%s'", o->output);
  po.dump = dump;
  t0 = now_seconds();
  run_passes(m, &po);
  phase_time(o, "IR passes", t0);
  if (po.dump_after) {
    if (fclose(dump) != 0)
      die("cannot write '%s'", o->output ? o->output : "standard output");
    exit(0);
  }
  return m;
}

// Source -> C text: the entry file and every module it reaches, compiled
// into one translation unit. Returns false (diagnostics printed) on errors.
static bool compile_to_c(const Options *o, FILE *out) {
  GraphOptions go = {.script = o->script, .module = o->module, .dump_ast = o->dump_ast,
                    .experimental_decorators = o->experimental_decorators,
                    .emit_decorator_metadata = o->emit_decorator_metadata,
                    .library = o->library != NULL};
  IrModule *m = compile_to_ir(o, &go);
  if (!m)
    return false;
  EmitOptions eo = {.display_name = o->input, .runtime_name = m->files[0].filename,
                    .line_directives = true, .library = o->library,
                    .cold_attr = cold_attr(o)};
  double t0 = now_seconds();
  emit_c(m, out, &eo);
  put_heap_limit(out);
  phase_time(o, "emit C", t0);
  if (o->output)
    write_depfile(o, m, o->output);
  return true;
}

// Directory holding this executable (for finding the runtime).
static char *exe_dir(void) {
  static char buf[PATH_MAX];
  ssize_t n = readlink("/proc/self/exe", buf, sizeof buf - 1);
  if (n <= 0)
    return NULL;
  buf[n] = 0;
  char *slash = strrchr(buf, '/');
  if (slash)
    *slash = 0;
  return buf;
}

static bool file_exists(const char *p) {
  struct stat st;
  return stat(p, &st) == 0;
}

// The runtime's archives: libkiln_rt.a (every program) and libkiln_node.a
// (node's modules, for a program that references them; runtime/CMakeLists.txt).
typedef struct RtLibs {
  char rt[PATH_MAX + 256], node[PATH_MAX + 256];
  char so[PATH_MAX + 64], rpath[PATH_MAX + 96];  // --shared-runtime
} RtLibs;

// Finds the archives and kiln.h: $KILN_HOME, else <exe>/../{lib,include/kiln}
// (both the build tree and an installed tree have that layout).
static void find_runtime(const Options *o, RtLibs *libs, char *inc, size_t n) {
  const char *home = getenv("KILN_HOME");
  char base[PATH_MAX + 8];
  if (home && *home)
    snprintf(base, sizeof base, "%s", home);
  else {
    char *d = exe_dir();
    snprintf(base, sizeof base, "%s/..", d ? d : ".");
  }
  // A cross target's archives: <base>/lib/<target>/ (scripts/setup.sh --target).
  char lib[PATH_MAX + 200];
  snprintf(lib, sizeof lib, "%s/lib%s%s", base, o->target ? "/" : "", o->target ? o->target : "");
  snprintf(libs->rt, sizeof libs->rt, "%s/libkiln_rt.a", lib);
  snprintf(libs->node, sizeof libs->node, "%s/libkiln_node.a", lib);
  snprintf(inc, n, "%s/include/kiln", base);
  if (o->target && !file_exists(libs->rt)) {
    fprintf(stderr,
            "kiln: error: no Kiln runtime for target '%s' (looked for %s); build it with "
            "scripts/setup.sh --target %s\n",
            o->target, libs->rt, o->target);
    exit(1);
  }
  if (!file_exists(libs->rt))
    die("cannot find the Kiln runtime library (looked for %s)", libs->rt);
  if (!file_exists(libs->node))
    die("cannot find the Kiln runtime library (looked for %s)", libs->node);
  if (o->shared_rt) {
    snprintf(libs->so, sizeof libs->so, "%s/lib/libkiln_rt.so", base);
    char *dir = realpath(libs->so, NULL);
    if (!dir)
      die("cannot find the Kiln runtime library (looked for %s)", libs->so);
    *strrchr(dir, '/') = 0;
    snprintf(libs->rpath, sizeof libs->rpath, "-Wl,-rpath=%s", dir);
    free(dir);
  }
  char h[PATH_MAX + 96];
  snprintf(h, sizeof h, "%s/kiln.h", inc);
  if (!file_exists(h))
    die("cannot find kiln.h (looked in %s)", inc);
}

static void cc_argv_base(const Options *o, const char **argv, int *n, char *incflag) {
  push_cc(o, argv, n);
  argv[(*n)++] = "-std=gnu11";
  argv[(*n)++] = o->opt_level;  // like gcc, -g does not change the optimization level
  if (o->debug)
    argv[(*n)++] = "-g";
  argv[(*n)++] = "-w";
  argv[(*n)++] = "-fno-strict-aliasing";
  argv[(*n)++] = incflag;
  for (int i = 0; i < o->ncflags; i++)  // last, so the user's -O wins, as with make
    argv[(*n)++] = o->cflags[i];
}

static void print_cmd(const Options *o, const char **argv) {
  if (!o->verbose)
    return;
  for (int i = 0; argv[i]; i++)
    fprintf(stderr, "%s%s", i ? " " : "", argv[i]);
  fputc('\n', stderr);
}

static pid_t spawn_in(const char **argv, const char *dir) {
  pid_t pid = fork();
  if (pid < 0)
    die("fork failed: %s", strerror(errno));
  if (pid == 0) {
    if (dir && chdir(dir) != 0) {
      fprintf(stderr, "kiln: error: cannot enter '%s': %s\n", dir, strerror(errno));
      _exit(127);
    }
    execvp(argv[0], (char *const *)argv);
    fprintf(stderr, "kiln: error: cannot run C compiler '%s': %s\n", argv[0], strerror(errno));
    _exit(127);
  }
  return pid;
}

static pid_t spawn(const char **argv) { return spawn_in(argv, NULL); }

static bool wait_ok(pid_t pid) {
  int status;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

static uint64_t fnv1a(uint64_t h, const void *p, size_t n) {
  const unsigned char *s = p;
  for (size_t i = 0; i < n; i++) {
    h ^= s[i];
    h *= 1099511628211ull;
  }
  return h;
}

// $XDG_CACHE_HOME/kiln (or ~/.cache/kiln), created if needed.
static const char *cache_dir(void) {
  static char dir[PATH_MAX];
  if (dir[0])
    return dir;
  const char *cache = getenv("XDG_CACHE_HOME");
  const char *home = getenv("HOME");
  if (cache && *cache)
    snprintf(dir, sizeof dir, "%s/kiln", cache);
  else if (home && *home)
    snprintf(dir, sizeof dir, "%s/.cache/kiln", home);
  else
    snprintf(dir, sizeof dir, "/tmp/kiln-cache-%d", (int)getuid());
  char parent[PATH_MAX];
  snprintf(parent, sizeof parent, "%s", dir);
  char *slash = strrchr(parent, '/');
  if (slash) {
    *slash = 0;
    mkdir(parent, 0755);
  }
  mkdir(dir, 0755);
  if (access(dir, W_OK) != 0) {
    // A read-only home (containers): cache in the temporary directory.
    const char *tmp = getenv("TMPDIR");
    snprintf(dir, sizeof dir, "%s/kiln-cache-%d", tmp && *tmp ? tmp : "/tmp", (int)getuid());
    mkdir(dir, 0755);
  }
  char abs[PATH_MAX];
  if (dir[0] != '/' && realpath(dir, abs))  // C compiles run from inside it
    snprintf(dir, sizeof dir, "%s", abs);
  return dir;
}

// What else decides an object file: the compiler and its flags, kiln's
// version and the runtime header the generated C includes.
static uint64_t flags_key(const Options *o, const char *inc) {
  uint64_t h = 1469598103934665603ull;
  h = fnv1a(h, o->cc, strlen(o->cc) + 1);
  h = fnv1a(h, o->opt_level, strlen(o->opt_level) + 1);
  h = fnv1a(h, o->debug ? "g" : "-", 1);
  for (int i = 0; i < o->ncflags; i++)
    h = fnv1a(h, o->cflags[i], strlen(o->cflags[i]) + 1);
  h = fnv1a(h, KILN_VERSION, sizeof KILN_VERSION);
  char hdr[PATH_MAX + 16];
  snprintf(hdr, sizeof hdr, "%s/kiln.h", inc);
  FILE *f = fopen(hdr, "rb");
  if (f) {
    char buf[8192];
    size_t n;
    while ((n = fread(buf, 1, sizeof buf, f)) > 0)
      h = fnv1a(h, buf, n);
    fclose(f);
  }
  return h;
}

// One translation unit: its C text and the object file it becomes.
typedef struct Unit {
  char *text;
  size_t len;
  bool single;  // the whole program: compile and link it in one step
  uint64_t hash;
  char obj[PATH_MAX + 64];
} Unit;

// Modules files[from .. to) as one unit; from < 0: the module table.
static void unit_from(Unit *u, IrModule *m, int from, int to, const EmitOptions *eo,
                      uint64_t key) {
  FILE *mem = open_memstream(&u->text, &u->len);
  if (from < 0) {
    emit_c_main(m, mem, eo);
    put_heap_limit(mem);
  } else
    emit_c_modules(m, from, to, mem, eo);
  fclose(mem);
  u->hash = fnv1a(key, u->text, u->len);
  snprintf(u->obj, sizeof u->obj, "%s/obj/%016llx.o", cache_dir(), (unsigned long long)u->hash);
}

// Part [part] of module [fi] split over [nparts] units.
static void unit_part(Unit *u, IrModule *m, int fi, int part, int nparts, const EmitOptions *eo,
                      uint64_t key) {
  FILE *mem = open_memstream(&u->text, &u->len);
  emit_c_module_part(m, fi, part, nparts, mem, eo);
  fclose(mem);
  u->hash = fnv1a(key, u->text, u->len);
  snprintf(u->obj, sizeof u->obj, "%s/obj/%016llx.o", cache_dir(), (unsigned long long)u->hash);
}

// A module this large (IR instructions) is compiled as several units, one
// per core up to one per SPLIT_INSTS: one C compiler process uses one core,
// and a 500 KB module (lodash) is half a minute of gcc.
#define SPLIT_INSTS 15000

static int module_parts(const IrModule *m, int fi, int jobs) {
  const struct IrModuleFile *mf = &m->files[fi];
  if (mf->func < 0)
    return 1;
  long total = 0;
  for (int k = mf->first_func; k < mf->first_func + mf->nfuncs; k++)
    total += m->funcs[k]->ninsts;
  long parts = total / SPLIT_INSTS;
  if (parts > jobs)
    parts = jobs;
  return parts > 1 ? (int)parts : 1;
}

static int default_jobs(void) {
  long n = sysconf(_SC_NPROCESSORS_ONLN);
  return n > 0 ? (int)n : 1;
}

// The object cache keeps its most recently used files: past MAX_CACHED
// objects, the older half goes (a test suite builds thousands of programs).
#define MAX_CACHED 4096

typedef struct Aged {
  time_t t;
  char name[64];
} Aged;

static int cmp_aged(const void *a, const void *b) {
  time_t x = ((const Aged *)a)->t, y = ((const Aged *)b)->t;
  return x < y ? -1 : x > y;
}

static void trim_cache(const char *objdir) {
  DIR *d = opendir(objdir);
  if (!d)
    return;
  Aged *all = NULL;
  int n = 0, cap = 0;
  struct dirent *de;
  while ((de = readdir(d))) {
    size_t len = strlen(de->d_name);
    if (len < 3 || len >= sizeof all->name || strcmp(de->d_name + len - 2, ".o") != 0)
      continue;
    char p[PATH_MAX + 80];
    snprintf(p, sizeof p, "%s/%s", objdir, de->d_name);
    struct stat st;
    if (stat(p, &st) != 0)
      continue;
    if (n == cap)
      all = realloc(all, sizeof *all * (size_t)(cap = cap ? cap * 2 : 1024));
    all[n].t = st.st_mtime;
    snprintf(all[n].name, sizeof all[n].name, "%s", de->d_name);
    n++;
  }
  closedir(d);
  if (n > MAX_CACHED) {
    qsort(all, (size_t)n, sizeof *all, cmp_aged);
    for (int i = 0; i < n / 2; i++) {
      char p[PATH_MAX + 80];
      snprintf(p, sizeof p, "%s/%s", objdir, all[i].name);
      remove(p);
    }
  }
  free(all);
}

// Compiles the units whose object is not in the cache, [jobs] at a time.
static int compile_units(const Options *o, Unit *units, int n, const char *inc) {
  char incflag[PATH_MAX + 80];
  snprintf(incflag, sizeof incflag, "-I%s", inc);
  char objdir[PATH_MAX + 8];
  snprintf(objdir, sizeof objdir, "%s/obj", cache_dir());
  mkdir(objdir, 0755);
  int jobs = o->jobs > 0 ? o->jobs : default_jobs();
  pid_t *pids = calloc((size_t)n, sizeof *pids);
  char (*tmp)[PATH_MAX + 80] = calloc((size_t)n, sizeof *tmp);
  int running = 0, failed = 0;
  // The C of unit i is <srcdir>/<hash>.c, compiled from inside srcdir: the
  // compiler sees the same relative file name for the same C in every build
  // and every cache folder, so a launcher's cache (ccache) hits.
  char srcdir[PATH_MAX + 32];
  snprintf(srcdir, sizeof srcdir, "%s/src.%d", objdir, (int)getpid());
  bool made_srcdir = false;
  for (int i = 0; i <= n; i++) {
    // Reap while the pool is full (or, at the end, until it is empty).
    while (running > 0 && (running >= jobs || i == n)) {
      int status;
      pid_t pid = wait(&status);
      if (pid < 0 && errno == EINTR)
        continue;
      if (pid < 0)
        break;
      running--;
      for (int k = 0; k < n; k++) {
        if (pids[k] != pid)
          continue;
        char cfile[PATH_MAX + 96];
        snprintf(cfile, sizeof cfile, "%s/%016llx.c", srcdir, (unsigned long long)units[k].hash);
        remove(cfile);
        if (WIFEXITED(status) && WEXITSTATUS(status) == 0)
          rename(tmp[k], units[k].obj);
        else
          failed = 1;
      }
    }
    if (i == n)
      break;
    if (file_exists(units[i].obj)) {
      utime(units[i].obj, NULL);  // recently used: kept by trim_cache
      continue;
    }
    snprintf(tmp[i], sizeof tmp[i], "%s.tmp%d", units[i].obj, (int)getpid());
    if (!made_srcdir && mkdir(srcdir, 0755) != 0 && errno != EEXIST)
      die("cannot create '%s'", srcdir);
    made_srcdir = true;
    char cname[32], cfile[PATH_MAX + 96];
    snprintf(cname, sizeof cname, "%016llx.c", (unsigned long long)units[i].hash);
    snprintf(cfile, sizeof cfile, "%s/%s", srcdir, cname);
    FILE *f = fopen(cfile, "w");
    if (!f)
      die("cannot write '%s'", cfile);
    fwrite(units[i].text, 1, units[i].len, f);
    fclose(f);
    const char *argv[96];
    int k = 0;
    cc_argv_base(o, argv, &k, incflag);
    argv[k++] = "-c";
    argv[k++] = "-x";
    argv[k++] = "c";
    argv[k++] = cname;
    argv[k++] = "-o";
    argv[k++] = tmp[i];
    argv[k] = NULL;
    print_cmd(o, argv);
    pids[i] = spawn_in(argv, srcdir);
    running++;
  }
  if (made_srcdir)
    rmdir(srcdir);
  free(pids);
  free(tmp);
  trim_cache(objdir);
  if (failed)
    fprintf(stderr, "kiln: error: C compiler failed (%s)\n", o->cc);
  return failed;
}

// The runtime and its libraries, then -o output (ends argv with NULL).
static void link_args(const Options *o, const char **argv, int *k, const RtLibs *libs,
                      const char *output) {
  for (int i = 0; i < o->nldflags; i++)
    argv[(*k)++] = o->ldflags[i];
  if (o->shared_rt) {
    // The whole runtime, which carries its own dependencies.
    argv[(*k)++] = libs->so;
    argv[(*k)++] = libs->rpath;
  } else {
    // libkiln_node.a first: its members reference the core's, never the
    // reverse (each linker scans an archive once, to closure).
    if (o->link_node)
      argv[(*k)++] = libs->node;
    argv[(*k)++] = libs->rt;
    if (o->is_static)
      argv[(*k)++] = "-static";
  }
  argv[(*k)++] = "-lgc";
  argv[(*k)++] = o->is_static ? KILN_LIBUV_STATIC : "-luv";
  // Node's tls, crypto and zlib modules (stdlib/node/tls.c, crypto.c, zlib.c): only an
  // executable that links them (module/builtin_refs.c) depends on these.
  // (tcc's linker has no --as-needed: there every executable that uses a
  // node module depends on them.)
  if (o->link_node && !o->shared_rt) {
    bool as_needed = !o->is_static && !strstr(o->cc, "tcc");
    if (as_needed)
      argv[(*k)++] = "-Wl,--as-needed";
    argv[(*k)++] = "-lssl";
    argv[(*k)++] = "-lcrypto";
    argv[(*k)++] = "-lz";
    argv[(*k)++] = "-lbrotlienc";
    argv[(*k)++] = "-lbrotlidec";
    argv[(*k)++] = "-lbrotlicommon";
    if (as_needed)
      argv[(*k)++] = "-Wl,--no-as-needed";
  }
  argv[(*k)++] = "-lm";
  argv[(*k)++] = "-lpthread";
  argv[(*k)++] = "-o";
  argv[(*k)++] = output;
  argv[*k] = NULL;
}

// Runs one compiler command to completion: 0, or 1 after an error line.
static int run_step(const Options *o, const char **argv, const char *what) {
  print_cmd(o, argv);
  if (wait_ok(spawn(argv)))
    return 0;
  fprintf(stderr, "kiln: error: %s failed (%s)\n", what, o->cc);
  return 1;
}

// A one-unit program: cc file.c libkiln_rt.a ... -o output.
static int compile_single(const Options *o, Unit *u, const char *inc, const RtLibs *libs,
                          const char *output) {
  char incflag[PATH_MAX + 80];
  snprintf(incflag, sizeof incflag, "-I%s", inc);
  char cpath[PATH_MAX];
  const char *tmpdir = getenv("TMPDIR");
  snprintf(cpath, sizeof cpath, "%s/kiln-XXXXXX.c", tmpdir && *tmpdir ? tmpdir : "/tmp");
  int fd = mkstemps(cpath, 2);
  if (fd < 0)
    die("cannot create a temporary file: %s", strerror(errno));
  FILE *f = fdopen(fd, "w");
  fwrite(u->text, 1, u->len, f);
  fclose(f);
  const char *argv[128];
  int k = 0;
  cc_argv_base(o, argv, &k, incflag);
  if (o->emit_obj)
    argv[k++] = "-c";
  argv[k++] = "-x";
  argv[k++] = "c";
  argv[k++] = cpath;
  if (o->emit_obj) {
    argv[k++] = "-o";
    argv[k++] = output;
    argv[k] = NULL;
  } else {
    argv[k++] = "-x";
    argv[k++] = "none";
    link_args(o, argv, &k, libs, output);
  }
  int rc = run_step(o, argv, "C compiler");
  remove(cpath);
  return rc;
}

static int link_units(const Options *o, Unit *units, int n, const RtLibs *libs,
                      const char *output) {
  const char **argv = calloc((size_t)n + 96, sizeof *argv);
  int k = 0;
  push_cc(o, argv, &k);
  if (o->debug)
    argv[k++] = "-g";
  if (o->emit_obj) {
    // --emit=obj: the units joined into one relocatable object (ld -r).
    argv[k++] = "-r";
    argv[k++] = "-nostdlib";
  }
  for (int i = 0; i < n; i++)
    argv[k++] = units[i].obj;
  if (o->emit_obj) {
    argv[k++] = "-o";
    argv[k++] = output;
    argv[k] = NULL;
  } else {
    link_args(o, argv, &k, libs, output);
  }
  int rc = run_step(o, argv, "linking");
  free(argv);
  return rc;
}

// Removes a file we wrote, but never a device such as /dev/null.
static void remove_regular(const char *path) {
  struct stat st;
  if (stat(path, &st) == 0 && S_ISREG(st.st_mode))
    remove(path);
}

static char *default_output(const char *input) {
  const char *base = strrchr(input, '/');
  base = base ? base + 1 : input;
  char *out = strdup(base);
  char *dot = strrchr(out, '.');
  if (dot && dot != out)
    *dot = 0;
  if (strcmp(out, base) == 0) {
    free(out);
    return strdup("a.out");
  }
  return out;
}

// --emit=lib --header F: the library's C header (emit_header.c).
static bool write_lib_header(const Options *o, IrModule *m) {
  if (!o->header)
    return true;
  FILE *f = fopen(o->header, "w");
  if (!f) {
    fprintf(stderr, "kiln: error: cannot write '%s'\n", o->header);
    return false;
  }
  emit_c_header(m, f, o->embed, o->input);
  return fclose(f) == 0;
}

// The program as translation units: one per module with code, and the
// module table with main(). Returns the count; NULL *out on errors.
static int program_units(Options *o, const char *inc, Unit **out) {
  *out = NULL;
  GraphOptions go = {.script = o->script, .module = o->module, .dump_ast = o->dump_ast,
                    .experimental_decorators = o->experimental_decorators,
                    .emit_decorator_metadata = o->emit_decorator_metadata};
  IrModule *m = compile_to_ir(o, &go);
  if (!m)
    return 0;
  double t0 = now_seconds();
  o->link_node = m->nbuiltin_refs > 0;
  write_depfile(o, m, o->output);
  if (o->emit_lib && !write_lib_header(o, m))
    return 0;
  EmitOptions eo = {.display_name = o->input, .runtime_name = m->files[0].filename,
                    .line_directives = true, .cold_attr = cold_attr(o), .embed = o->embed};
  if (o->keep_c && o->output) {
    char cpath[PATH_MAX];
    snprintf(cpath, sizeof cpath, "%s.c", o->output);
    FILE *f = fopen(cpath, "w");
    if (f) {
      emit_c(m, f, &eo);
      put_heap_limit(f);
      fclose(f);
    }
  }
  uint64_t key = flags_key(o, inc);
  int jobs = o->jobs > 0 ? o->jobs : default_jobs();
  int group = m->nfiles / (jobs * 12);
  if (group < 1)
    group = 1;
  int extra = 0;  // units past one per module: the parts of large modules
  if (group == 1)
    for (int i = 0; i < m->nfiles; i++)
      extra += module_parts(m, i, jobs) - 1;
  Unit *units = calloc((size_t)(m->nfiles + 2 + extra), sizeof *units);
  int n = 0;
  int with_code = 0;
  for (int i = 0; i < m->nfiles; i++)
    with_code += m->files[i].func >= 0;
  if (with_code == 1 && extra == 0) {
    // One module: one unit, compiled and linked by one cc, not cached
    // (a second process would cost more than the cache saves).
    FILE *mem = open_memstream(&units[0].text, &units[0].len);
    emit_c(m, mem, &eo);
    put_heap_limit(mem);
    fclose(mem);
    units[0].hash = fnv1a(key, units[0].text, units[0].len);
    units[0].single = true;
    phase_time(o, "emit C", t0);
    *out = units;
    return 1;
  }
  // Modules go to units in fixed groups of consecutive modules: each cc
  // process costs ~0.1 s before it reads a line (kiln.h and libc headers),
  // so hundreds of small modules compile faster a few dozen to a unit,
  // while an edit still recompiles only its own group. The group size
  // depends only on how many modules there are, so editing a module never
  // moves the others to other units.
  for (int i = 0; i < m->nfiles; i += group) {
    int to = i + group < m->nfiles ? i + group : m->nfiles;
    bool code = false;
    for (int k = i; k < to; k++)
      code |= m->files[k].func >= 0;
    int parts = group == 1 ? module_parts(m, i, jobs) : 1;
    if (parts > 1)
      for (int p = 0; p < parts; p++)
        unit_part(&units[n++], m, i, p, parts, &eo, key);
    else if (code)
      unit_from(&units[n++], m, i, to, &eo, key);
  }
  unit_from(&units[n++], m, -1, 0, &eo, key);
  phase_time(o, "emit C", t0);
  *out = units;
  return n;
}

// Compiles every module into its own object (cached by content in
// $XDG_CACHE_HOME/kiln/obj, the misses compiled in parallel) and links.
static int build(Options *o, const char *output) {
  RtLibs libs;
  char inc[PATH_MAX + 64];
  find_runtime(o, &libs, inc, sizeof inc);
  Unit *units;
  int n = program_units(o, inc, &units);
  if (!units)
    return 1;
  double t0 = now_seconds();
  if (units[0].single) {
    int rc = compile_single(o, &units[0], inc, &libs, output);
    phase_time(o, "C compile and link", t0);
    return rc;
  }
  if (compile_units(o, units, n, inc))
    return 1;
  phase_time(o, "C compile (cache misses)", t0);
  t0 = now_seconds();
  int rc = link_units(o, units, n, &libs, output);
  phase_time(o, "link", t0);
  return rc;
}

// kiln run: the executable is cached under the hash of all its units
// (so edits to any imported file are seen); a miss builds it.
static int run(Options *o) {
  RtLibs libs;
  char inc[PATH_MAX + 64];
  find_runtime(o, &libs, inc, sizeof inc);
  Unit *units;
  int n = program_units(o, inc, &units);
  if (!units)
    return 1;
  uint64_t h = 1469598103934665603ull;
  for (int i = 0; i < n; i++)
    h = fnv1a(h, &units[i].hash, sizeof units[i].hash);
  // The runtime libraries by path, size and modification time to the
  // nanosecond: two build trees (or a rebuild within a second) never share
  // an executable.
  const char *lib_paths[] = {libs.rt, libs.node};
  for (int i = 0; i < 2; i++) {
    h = fnv1a(h, lib_paths[i], strlen(lib_paths[i]));
    struct stat st;
    if (stat(lib_paths[i], &st) == 0) {
      h = fnv1a(h, &st.st_mtim, sizeof st.st_mtim);
      h = fnv1a(h, &st.st_size, sizeof st.st_size);
    }
  }
  h = fnv1a(h, o->is_static ? "s" : o->shared_rt ? "r" : "d", 1);
  char exe[PATH_MAX + 32];
  snprintf(exe, sizeof exe, "%s/%016llx", cache_dir(), (unsigned long long)h);
  if (!file_exists(exe)) {
    char tmp[PATH_MAX + 64];
    snprintf(tmp, sizeof tmp, "%s.tmp%d", exe, (int)getpid());
    int rc = units[0].single ? compile_single(o, &units[0], inc, &libs, tmp)
             : compile_units(o, units, n, inc) || link_units(o, units, n, &libs, tmp);
    if (rc)
      return 1;
    rename(tmp, exe);
  }
  char **argv = calloc((size_t)o->run_argc + 2, sizeof *argv);
  argv[0] = (char *)o->input;
  for (int i = 0; i < o->run_argc; i++)
    argv[i + 1] = o->run_args[i];
  execv(exe, argv);
  fprintf(stderr, "kiln: error: cannot run '%s': %s\n", exe, strerror(errno));
  return 1;
}

// --emit=lib: the C functions' prefix, from --lib-name or the output's
// name (libmath.a, libmath.so.1, math.a -> math) as a C identifier.
static char *library_name(const Options *o, const char *output) {
  const char *base = strrchr(output, '/');
  base = base ? base + 1 : output;
  if (strncmp(base, "lib", 3) == 0 && base[3] && base[3] != '.')
    base += 3;
  char *name = strdup(o->embed ? o->embed : base);
  if (!o->embed && strchr(name, '.'))
    *strchr(name, '.') = 0;
  for (char *p = name; *p; p++)
    if (!isalnum((unsigned char)*p) && *p != '_')
      *p = '_';
  if (!name[0] || isdigit((unsigned char)name[0]) || (o->embed && strcmp(name, o->embed) != 0))
    bad_usage("the library's name '%s' is not a C identifier (use --lib-name)",
              o->embed ? o->embed : name);
  return name;
}

// kiln build --emit=lib: the program compiled position-independent into
// one object (as --emit=obj, with <name>_init instead of main), then an
// archive of it (libNAME.a: the runtime is linked by the program that uses
// it) or a shared library with the runtime's archives inside (libNAME.so),
// or with -o NAME.o the object itself.
static int build_library(Options *o) {
  if (!o->output)
    bad_usage("--emit=lib needs -o libNAME.a or -o libNAME.so%s", "");
  const char *output = o->output;
  bool shared = strstr(output, ".so") && (strstr(output, ".so")[3] == 0 ||
                                          strstr(output, ".so")[3] == '.');
  if (shared && o->is_static)
    bad_usage("a shared library cannot be linked --static%s", "");
  size_t len = strlen(output);
  bool object = len > 2 && strcmp(output + len - 2, ".o") == 0;
  o->embed = library_name(o, output);
  if (o->ncflags < 32)
    o->cflags[o->ncflags++] = "-fPIC";
  if (object)  // -o NAME.o: the object alone (kiln_add_library archives it)
    return build(o, output);
  char obj[PATH_MAX + 16];
  snprintf(obj, sizeof obj, "%s.kiln.o", output);
  int rc = build(o, obj);
  if (rc == 0) {
    remove_regular(output);
    const char *argv[128];
    int k = 0;
    if (shared) {
      RtLibs libs;
      char inc[PATH_MAX + 64];
      find_runtime(o, &libs, inc, sizeof inc);
      push_cc(o, argv, &k);
      argv[k++] = "-shared";
      argv[k++] = obj;
      link_args(o, argv, &k, &libs, output);
      rc = run_step(o, argv, "linking");
    } else {
      char ar[PATH_MAX];
      const char *env = getenv("AR");
      snprintf(ar, sizeof ar, "%s%sar", o->target ? o->target : "", o->target ? "-" : "");
      argv[k++] = env && *env ? env : ar;
      argv[k++] = "rcs";
      argv[k++] = output;
      argv[k++] = obj;
      argv[k] = NULL;
      print_cmd(o, argv);
      rc = wait_ok(spawn(argv)) ? 0 : 1;
      if (rc)
        fprintf(stderr, "kiln: error: %s failed\n", argv[0]);
    }
  }
  remove_regular(obj);
  return rc;
}

static int real_main(int argc, char **argv);

typedef struct MainArgs {
  int argc;
  char **argv;
  int rc;
} MainArgs;

static void *main_thread(void *p) {
  MainArgs *a = p;
  a->rc = real_main(a->argc, a->argv);
  return NULL;
}

// The passes recurse over the AST, and a program can nest deeply (long
// operator chains): run the compiler on a thread with a large stack rather
// than crash on the default 8 MiB.
int main(int argc, char **argv) {
  MainArgs a = {argc, argv, 1};
  pthread_attr_t attr;
  pthread_t t;
  pthread_attr_init(&attr);
  pthread_attr_setstacksize(&attr, (size_t)1 << 30);
  if (pthread_create(&t, &attr, main_thread, &a) != 0)
    return real_main(argc, argv);
  pthread_join(t, NULL);
  return a.rc;
}

static int real_main(int argc, char **argv) {
  Options o = {0};
  parse_args(argc, argv, &o);
#if !defined(__SANITIZE_ADDRESS__)
  crash_handler_install(o.input);  // (sanitizer builds keep their own reports)
#endif
  // A TypeScript entry: the project's tsconfig.json (front/tsconfig.c).
  size_t in_len = o.input ? strlen(o.input) : 0;
  if (o.ts_project)
    tsconfig_load_project(o.ts_project);
  else if (in_len > 3 && (strcmp(o.input + in_len - 3, ".ts") == 0 ||
                          strcmp(o.input + in_len - 4, ".mts") == 0 ||
                          strcmp(o.input + in_len - 4, ".cts") == 0 ||
                          strcmp(o.input + in_len - 4, ".tsx") == 0))
    tsconfig_load(o.input);
  // tsconfig's decorator options, unless the command line said so already.
  tsconfig_add_decorator_flags(o.experimental_decorators, o.emit_decorator_metadata);
  o.experimental_decorators = ts_options()->experimental_decorators;
  o.emit_decorator_metadata = ts_options()->emit_decorator_metadata;
  switch (o.cmd) {
  case CMD_EMIT_IR:
    o.dump_ir_after = o.dump_ir_after ? o.dump_ir_after : pass_last();
    return compile_to_c(&o, stdout) ? 0 : 1;
  case CMD_EMIT_C: {
    FILE *out = stdout;
    if (o.output && strcmp(o.output, "-") != 0 && !(out = fopen(o.output, "w")))
      die("cannot write '%s'", o.output);
    bool ok = compile_to_c(&o, out);
    if (out != stdout)
      fclose(out);
    if (!ok && o.output && out != stdout)
      remove_regular(o.output);
    return ok ? 0 : 1;
  }
  case CMD_BUILD: {
    if (o.emit_lib)
      return build_library(&o);
    if (o.header || o.embed)
      bad_usage("--header and --lib-name go with --emit=lib%s", "");
    char *output = o.output ? strdup(o.output) : default_output(o.input);
    o.output = output;
    return build(&o, output);
  }
  case CMD_RUN:
    return run(&o);
  default:
    usage(stderr);
    return 2;
  }
}
