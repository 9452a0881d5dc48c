// SPDX-License-Identifier: MIT
//
// main.c: the kiln command line and the pipeline, nothing else.
//
//   source --parse_program--> AST --resolve_scopes--> scoped AST
//          --lower_module--> IR --emit_c--> C --cc--> executable
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "emit/emit.h"
#include "front/ast.h"
#include "ir/ir.h"
#include "module/graph.h"
#include "pass/pass.h"
#include "support/support.h"

#define KILN_VERSION "0.1.0"

typedef enum Command { CMD_NONE, CMD_BUILD, CMD_RUN, CMD_EMIT_C } Command;

typedef struct Options {
  Command cmd;
  const char *input;
  const char *output;
  const char *opt_level;   // "-O2" ...
  const char *cc;
  bool debug;              // -g
  bool is_static;
  bool script;
  bool module;
  bool keep_c;
  bool dump_ast;
  bool dump_ir;
  bool verbose;
  const char *library;     // emit-c --library NAME (built-in modules)
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
    "\n"
    "options:\n"
    "  -o <file>        output file\n"
    "  -O0 -O1 -O2 -O3 -Os   C optimization level (default -O2)\n"
    "  -g               debug info; #line directives point gdb at the JS source\n"
    "  --static         link statically\n"
    "  --cc <compiler>  C compiler to use (default: $CC, else cc)\n"
    "  --script         classic script semantics: top-level var/function declarations\n"
    "                   are global object properties and `this` is globalThis\n"
    "  --module         treat the input and every .js file it imports as ES modules\n"
    "  --keep-c         keep the generated C file next to the output\n"
    "  --dump-ast       print the AST and stop\n"
    "  --dump-ir        print the IR and stop\n"
    "  -v               print the C compiler command\n"
    "  --help, --version\n";

static void usage(FILE *out) { fputs(usage_text, out); }

static _Noreturn void die(const char *fmt, const char *arg) {
  fprintf(stderr, "kiln: error: ");
  fprintf(stderr, fmt, arg);
  fputc('\n', stderr);
  exit(1);
}


static void parse_args(int argc, char **argv, Options *o) {
  o->opt_level = "-O2";
  o->cc = getenv("CC");
  if (!o->cc || !*o->cc)
    o->cc = "cc";
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
  else
    die("unknown command '%s' (try kiln --help)", cmd);
  for (i++; i < argc; i++) {
    const char *a = argv[i];
    if (o->cmd == CMD_RUN && o->input) {
      o->run_args = argv + i;
      o->run_argc = argc - i;
      break;
    }
    if (strcmp(a, "-o") == 0) {
      if (++i >= argc)
        die("%s needs an argument", a);
      o->output = argv[i];
    } else if (strncmp(a, "-O", 2) == 0 &&
               (strcmp(a + 2, "0") == 0 || strcmp(a + 2, "1") == 0 ||
                strcmp(a + 2, "2") == 0 || strcmp(a + 2, "3") == 0 ||
                strcmp(a + 2, "s") == 0 || a[2] == 0)) {
      o->opt_level = a[2] ? a : "-O1";
    } else if (strcmp(a, "-g") == 0) {
      o->debug = true;
    } else if (strcmp(a, "--static") == 0) {
      o->is_static = true;
    } else if (strcmp(a, "--cc") == 0) {
      if (++i >= argc)
        die("%s needs an argument", a);
      o->cc = argv[i];
    } else if (strncmp(a, "--cc=", 5) == 0) {
      o->cc = a + 5;
    } else if (strcmp(a, "--script") == 0) {
      o->script = true;
    } else if (strcmp(a, "--module") == 0) {
      o->module = true;
    } else if (strcmp(a, "--keep-c") == 0) {
      o->keep_c = true;
    } else if (strcmp(a, "--dump-ast") == 0) {
      o->dump_ast = true;
    } else if (strcmp(a, "--dump-ir") == 0) {
      o->dump_ir = true;
    } else if (strcmp(a, "--library") == 0) {
      if (++i >= argc)
        die("%s needs an argument", a);
      o->library = argv[i];
    } else if (strcmp(a, "-v") == 0) {
      o->verbose = true;
    } else if (strcmp(a, "--help") == 0) {
      usage(stdout);
      exit(0);
    } else if (a[0] == '-' && a[1]) {
      die("unknown option '%s' (try kiln --help)", a);
    } else if (!o->input) {
      o->input = a;
    } else {
      die("unexpected argument '%s': one input file at a time", a);
    }
  }
  if (!o->input)
    die("%s: no input file", cmd);
}

// Source -> C text: the entry file and every module it reaches, compiled
// into one translation unit. Returns false (diagnostics printed) on errors.
static bool compile_to_c(const Options *o, FILE *out) {
  GraphOptions go = {.script = o->script, .module = o->module, .dump_ast = o->dump_ast};
  IrModule *m = build_module_graph(o->input, &go);
  if (!m)
    return false;
  if (o->dump_ir) {
    ir_print(m, stdout);
    exit(0);
  }
  EmitOptions eo = {.display_name = o->input, .runtime_name = m->files[0].filename,
                    .line_directives = true, .library = o->library};
  emit_c(m, out, &eo);
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

// Finds libkiln_rt.a and kiln.h: $KILN_HOME, else <exe>/../{lib,include/kiln}
// (both the build tree and an installed tree have that layout).
static void find_runtime(char *lib, char *inc, size_t n) {
  const char *home = getenv("KILN_HOME");
  char base[PATH_MAX + 8];
  if (home && *home)
    snprintf(base, sizeof base, "%s", home);
  else {
    char *d = exe_dir();
    snprintf(base, sizeof base, "%s/..", d ? d : ".");
  }
  snprintf(lib, n, "%s/lib/libkiln_rt.a", base);
  snprintf(inc, n, "%s/include/kiln", base);
  if (!file_exists(lib))
    die("cannot find the Kiln runtime library (looked for %s)", lib);
  char h[PATH_MAX + 96];
  snprintf(h, sizeof h, "%s/kiln.h", inc);
  if (!file_exists(h))
    die("cannot find kiln.h (looked in %s)", inc);
}

static int run_cc(const Options *o, const char *cfile, const char *output) {
  char lib[PATH_MAX + 64], inc[PATH_MAX + 64];
  find_runtime(lib, inc, sizeof lib);
  char incflag[PATH_MAX + 80];
  snprintf(incflag, sizeof incflag, "-I%s", inc);
  const char *argv[40];
  int n = 0;
  argv[n++] = o->cc;
  argv[n++] = "-std=gnu11";
  argv[n++] = o->opt_level;  // like gcc, -g does not change the optimization level
  if (o->debug)
    argv[n++] = "-g";
  argv[n++] = "-w";
  argv[n++] = "-fno-strict-aliasing";
  argv[n++] = incflag;
  argv[n++] = "-x";
  argv[n++] = "c";
  argv[n++] = cfile;
  argv[n++] = "-x";
  argv[n++] = "none";
  argv[n++] = lib;
  if (o->is_static)
    argv[n++] = "-static";
  argv[n++] = "-lgc";
  argv[n++] = "-luv";
  argv[n++] = "-lm";
  argv[n++] = "-lpthread";
  argv[n++] = "-o";
  argv[n++] = output;
  argv[n] = NULL;
  if (o->verbose) {
    for (int i = 0; i < n; i++)
      fprintf(stderr, "%s%s", i ? " " : "", argv[i]);
    fputc('\n', stderr);
  }
  pid_t pid = fork();
  if (pid < 0)
    die("fork failed: %s", strerror(errno));
  if (pid == 0) {
    execvp(argv[0], (char *const *)argv);
    fprintf(stderr, "kiln: error: cannot run C compiler '%s': %s\n", argv[0], strerror(errno));
    _exit(127);
  }
  int status;
  while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
    fprintf(stderr, "kiln: error: C compiler failed (%s)\n", o->cc);
    return 1;
  }
  return 0;
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

// Writes C to a temporary file and compiles it to [output].
static int build(const Options *o, const char *output) {
  char cpath[PATH_MAX];
  if (o->keep_c) {
    snprintf(cpath, sizeof cpath, "%s.c", output);
  } else {
    const char *tmp = getenv("TMPDIR");
    snprintf(cpath, sizeof cpath, "%s/kiln-XXXXXX.c", tmp && *tmp ? tmp : "/tmp");
    int fd = mkstemps(cpath, 2);
    if (fd < 0)
      die("cannot create a temporary file: %s", strerror(errno));
    close(fd);
  }
  FILE *f = fopen(cpath, "w");
  if (!f)
    die("cannot write '%s'", cpath);
  bool ok = compile_to_c(o, f);
  fclose(f);
  if (!ok) {
    remove_regular(cpath);
    return 1;
  }
  int rc = run_cc(o, cpath, output);
  if (!o->keep_c)
    remove(cpath);
  return rc;
}

static uint64_t fnv1a(uint64_t h, const void *p, size_t n) {
  const unsigned char *s = p;
  for (size_t i = 0; i < n; i++) {
    h ^= s[i];
    h *= 1099511628211ull;
  }
  return h;
}

// kiln run: generate the C (cheap), look its hash up in a cache of built
// executables (so edits to any required file are seen), build on a miss,
// then exec the program.
static int run(Options *o) {
  char *ctext = NULL;
  size_t clen = 0;
  FILE *mem = open_memstream(&ctext, &clen);
  bool ok = compile_to_c(o, mem);
  fclose(mem);
  if (!ok)
    return 1;
  uint64_t h = 1469598103934665603ull;
  h = fnv1a(h, ctext, clen);
  h = fnv1a(h, o->opt_level, strlen(o->opt_level));
  h = fnv1a(h, o->cc, strlen(o->cc));
  h = fnv1a(h, KILN_VERSION, sizeof KILN_VERSION);
  struct stat st;
  char *d = exe_dir();
  char lib[PATH_MAX + 32];
  snprintf(lib, sizeof lib, "%s/../lib/libkiln_rt.a", d ? d : ".");
  if (stat(lib, &st) == 0)
    h = fnv1a(h, &st.st_mtime, sizeof st.st_mtime);
  const char *cache = getenv("XDG_CACHE_HOME");
  const char *home = getenv("HOME");
  char dir[PATH_MAX];
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
  char exe[PATH_MAX + 32];
  snprintf(exe, sizeof exe, "%s/%016llx", dir, (unsigned long long)h);
  if (!file_exists(exe)) {
    char cpath[PATH_MAX + 64], tmp[PATH_MAX + 64];
    snprintf(cpath, sizeof cpath, "%s.%d.c", exe, (int)getpid());
    snprintf(tmp, sizeof tmp, "%s.tmp%d", exe, (int)getpid());
    FILE *f = fopen(cpath, "w");
    if (!f)
      die("cannot write '%s'", cpath);
    fwrite(ctext, 1, clen, f);
    fclose(f);
    int rc = run_cc(o, cpath, tmp);
    remove_regular(cpath);
    if (rc)
      return rc;
    rename(tmp, exe);
  }
  free(ctext);
  char **argv = calloc((size_t)o->run_argc + 2, sizeof *argv);
  argv[0] = (char *)o->input;
  for (int i = 0; i < o->run_argc; i++)
    argv[i + 1] = o->run_args[i];
  execv(exe, argv);
  fprintf(stderr, "kiln: error: cannot run '%s': %s\n", exe, strerror(errno));
  return 1;
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
  switch (o.cmd) {
  case CMD_EMIT_C: {
    FILE *out = stdout;
    if (o.output && !(out = fopen(o.output, "w")))
      die("cannot write '%s'", o.output);
    bool ok = compile_to_c(&o, out);
    if (out != stdout)
      fclose(out);
    if (!ok && o.output)
      remove_regular(o.output);
    return ok ? 0 : 1;
  }
  case CMD_BUILD: {
    char *output = o.output ? strdup(o.output) : default_output(o.input);
    return build(&o, output);
  }
  case CMD_RUN:
    return run(&o);
  default:
    usage(stderr);
    return 2;
  }
}
