// SPDX-License-Identifier: MIT
//
// crash.c: a crash of the compiler is reported as kiln's bug, not as a raw
// "Segmentation fault": the user learns it is not their program's fault and
// what to send. Only async-signal-safe calls (write, _exit) in the handler;
// it runs on an alternate stack so that a stack overflow is caught too.
#define _GNU_SOURCE
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "support.h"

static const char *crash_what;

static void put(const char *s) {
  ssize_t w = write(2, s, strlen(s));
  (void)w;
}

static void on_crash(int sig) {
  const char *name = sig == SIGSEGV ? "segmentation fault (SIGSEGV)"
                     : sig == SIGBUS ? "bus error (SIGBUS)"
                     : sig == SIGFPE ? "arithmetic exception (SIGFPE)"
                     : sig == SIGILL ? "illegal instruction (SIGILL)"
                                     : "abort (SIGABRT)";
  put("kiln: internal error: ");
  put(name);
  if (crash_what) {
    put(" while compiling ");
    put(crash_what);
  }
  put("\n" KILN_BUG_HINT);
  _exit(70);
}

void crash_handler_install(const char *what) {
  crash_what = what;
  // The alternate stack lives as long as the thread (never freed).
  static __thread char *alt;
  size_t size = 64 * 1024;
  if (!alt && (alt = malloc(size)) != NULL) {
    stack_t ss = {.ss_sp = alt, .ss_size = size, .ss_flags = 0};
    sigaltstack(&ss, NULL);
  }
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_crash;
  sa.sa_flags = SA_ONSTACK | SA_RESETHAND;
  sigemptyset(&sa.sa_mask);
  int sigs[] = {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT};
  for (size_t i = 0; i < sizeof sigs / sizeof sigs[0]; i++)
    sigaction(sigs[i], &sa, NULL);
}
