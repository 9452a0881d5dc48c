#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
#
# run.py: hostile input, for the compiler and for compiled programs.
#
# The compiler, on inputs generated here at test time (random bytes, NUL
# bytes, invalid UTF-8, a huge file, 50,000-deep nesting, a very long
# program): each must end in a diagnostic (exit 1, an "error:" line) or a
# correct build, never a signal or an internal error, within a CPU-time
# bound (kiln and the C compiler it runs together).
#
# Compiled programs that exhaust their heap (built with --max-heap, or run
# under $KILN_MAX_HEAP): they must end as node does, "FATAL ERROR: Reached
# heap limit Allocation failed - JavaScript heap out of memory" on stderr
# and SIGABRT, within a CPU-time bound, after printing what node printed.
#
#   tests/limits/run.py --kiln build/bin/kiln [--work-dir DIR] [--big] [FILTER]
#
# --big uses the full sizes of the reliability issue (a 100 MB file, a
# million statements); the default sizes keep the suite to seconds of CPU.
import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
OOM_LINE = b'FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory'


def children_cpu():
  r = resource.getrusage(resource.RUSAGE_CHILDREN)
  return r.ru_utime + r.ru_stime


def nest(n, open_, close, inner=''):
  return open_ * n + inner + close * n


# name -> (source text (bytes), file extension, expectation, CPU bound in s)
# expectation: 'diag' (a compile error), 'c' (emit-c succeeds), or the stdout
# a correct build prints.
def compiler_cases(big):
  rnd = random.Random(13)
  mb = 100 if big else 8
  stmts = 1000000 if big else 100000
  deep = 50000
  cases = []
  for i in range(4):
    data = bytes(rnd.randrange(256) for _ in range(4096 << i))
    cases.append(('random_bytes_%d' % i, data, '.js', 'diag', 10))
  printable = bytes(rnd.choice(b'(){}[];,.=+-*/%!?:<>&|^~"\'`\\$_ \nabcfnrtuvx0123456789')
                    for _ in range(65536))
  cases.append(('random_tokens', printable, '.js', 'diag', 10))
  cases.append(('random_tokens_ts', printable, '.ts', 'diag', 10))
  cases.append(('nul_between_statements', b'let a = 1;\0\0console.log(a);\n', '.js', 'diag', 10))
  cases.append(('nul_only', b'\0' * 1000, '.js', 'diag', 10))
  # A NUL inside a string literal or comment is just a character.
  cases.append(('nul_in_string', b'console.log("a\0b".length, "a\0b".charCodeAt(1));\n// \0\n',
                '.js', b'3 0\n', 20))
  # Invalid UTF-8: node decodes the file with U+FFFD for each bad sequence.
  cases.append(('invalid_utf8_string',
                b'const s = "\xff\xfe\xc3";\nconsole.log(s.length, s.charCodeAt(0));\n'
                b'// \xed\xa0\x80 \xf8\x88\x80\x80\x80\n',
                '.js', b'3 65533\n', 20))
  cases.append(('invalid_utf8_code', b'let \xff = 1;\n', '.js', 'diag', 10))
  cases.append(('huge_comment_%dmb' % mb,
                b'// ' + b'x' * (mb << 20) + b'\nconsole.log("ok");\n', '.js', b'ok\n',
                4 * mb / 10 + 20))
  cases.append(('huge_string_%dmb' % mb,
                b'const s = "' + b'ab' * (mb << 19) + b'";\nconsole.log(s.length);\n',
                '.js', b'%d\n' % (mb << 20), mb + 30))
  # kiln itself is linear (about 30 us of CPU per statement); the C compiler
  # is not (one C function of a million statements takes gcc -O0 minutes), so
  # the long program is checked as far as C, and built whole at 10,000.
  cases.append(('statements_%d' % stmts,
                b'let a = 0;\n' + b'a = a + 1;\n' * stmts + b'console.log(a);\n', '.js',
                'c', stmts / 10000 + 10))
  cases.append(('statements_10000',
                b'let a = 0;\n' + b'a = a + 1;\n' * 10000 + b'console.log(a);\n', '.js',
                b'10000\n', 30))
  for name, o, c, inner in (('brackets', '[', ']', ''), ('blocks', '{', '}', ''),
                            ('parens', '(', ')', '1'), ('calls', 'f(', ')', '1'),
                            ('objects', '{a:', '}', '1'), ('functions',
                            'function f(){', '}', ''), ('templates', '`${', '}`', '1')):
      src = 'function f(x) { return x; }\nconsole.log(' + nest(deep, o, c, inner) + ');\n'
      if name in ('blocks', 'functions'):
        src = nest(deep, o, c, inner) + '\nconsole.log(1);\n'
      cases.append(('deep_%s_%d' % (name, deep), src.encode(), '.js', 'diag', 30))
  unterminated = ('unterminated', ('(' * deep + '[' * deep + '{' * deep).encode(), '.js', 'diag', 30)
  cases.append(unterminated)
  cases.append(('deep_unary_%d' % deep, ('console.log(' + '-' * deep + '1);\n').encode(),
                '.js', 'diag', 30))
  return cases


OOM_PROGRAMS = {
    'oom_fill': ('console.log("start");\nnew Array(1e9).fill(0);\nconsole.log("done");\n',
                 b'start\n'),
    'oom_objects': ('const a = [];\nwhile (true) a.push({ x: a.length, s: "s" + a.length });\n',
                    b''),
    'oom_strings': ('let s = [];\nfor (;;) s.push("x".repeat(1000) + s.length);\n', b''),
    'oom_map': ('const m = new Map();\nfor (let i = 0; ; i++) m.set(i, [i]);\n', b''),
}


def run_compiler_case(opts, work, name, data, ext, want, bound):
  src = os.path.join(work, name + ext)
  with open(src, 'wb') as f:
    f.write(data)
  exe = os.path.join(work, name)
  t0 = children_cpu()
  try:
    cmd = ['emit-c', src, '-o', os.devnull] if want == 'c' else ['build', '-O0', src, '-o', exe]
    b = subprocess.run([opts.kiln] + cmd, capture_output=True, timeout=bound * 10 + 60)
  except subprocess.TimeoutExpired:
    return 'timed out'
  cpu = children_cpu() - t0
  os.remove(src)
  err = b.stderr.decode('utf-8', 'replace')
  if b.returncode < 0:
    return 'compiler killed by signal %d' % -b.returncode
  if b.returncode == 70 or 'internal error' in err:
    return 'internal error: ' + err.strip()[:300]
  if cpu > bound:
    return 'took %.1f s of CPU (bound %.0f s)' % (cpu, bound)
  if want == 'diag':
    if b.returncode == 0:
      return None  # a correct build is fine too
    if b.returncode != 1 or 'error:' not in err:
      return 'exit %d without a diagnostic: %s' % (b.returncode, err.strip()[:300])
    return None
  if b.returncode != 0:
    return 'build failed: ' + err.strip()[:300]
  if want == 'c':
    return None
  r = subprocess.run([exe], capture_output=True, timeout=60)
  os.remove(exe)
  if r.stdout != want:
    return 'printed %r, node prints %r' % (r.stdout[:200], want)
  return None


def run_oom_case(opts, work, name, text, want, how):
  src = os.path.join(work, name + '.js')
  with open(src, 'w') as f:
    f.write(text)
  exe = os.path.join(work, name + '-' + how)
  flags = ['--max-heap=64M'] if how == 'flag' else []
  b = subprocess.run([opts.kiln, 'build', '-O1'] + flags + [src, '-o', exe],
                     capture_output=True)
  if b.returncode != 0:
    return 'build failed: ' + b.stderr.decode('utf-8', 'replace')[:300]
  env = dict(os.environ)
  env.pop('KILN_MAX_HEAP', None)
  if how == 'env':
    env['KILN_MAX_HEAP'] = '64M'
  t0 = children_cpu()
  try:
    r = subprocess.run([exe], capture_output=True, timeout=120, env=env)
  except subprocess.TimeoutExpired:
    return 'hung (120 s)'
  cpu = children_cpu() - t0
  if r.returncode != -6:
    return 'exit %d, node aborts (SIGABRT); stderr %r' % (r.returncode, r.stderr[:200])
  if OOM_LINE not in r.stderr.splitlines():
    return 'stderr %r has no %r' % (r.stderr[:300], OOM_LINE)
  if b'GC Warning' in r.stderr:
    return 'Boehm warnings on stderr'
  if r.stdout != want:
    return 'printed %r, node prints %r' % (r.stdout[:200], want)
  if cpu > 10:
    return 'took %.1f s of CPU to fail (bound 10 s)' % cpu
  return None


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument('--kiln', required=True)
  ap.add_argument('--work-dir', default=None)
  ap.add_argument('--big', action='store_true')
  ap.add_argument('-v', '--verbose', action='store_true')
  ap.add_argument('filter', nargs='?', default='')
  opts = ap.parse_args()
  work = opts.work_dir or tempfile.mkdtemp(prefix='kiln-limits-')
  work = os.path.join(work, 'limits')
  os.makedirs(work, exist_ok=True)
  passed = failed = 0

  def report(name, problem, cpu):
    nonlocal passed, failed
    if problem:
      failed += 1
      print('FAIL %s: %s' % (name, problem))
    else:
      passed += 1
      if opts.verbose:
        print('ok   %s (%.2f s CPU)' % (name, cpu))
    sys.stdout.flush()

  for name, data, ext, want, bound in compiler_cases(opts.big):
    if opts.filter not in 'compile ' + name:
      continue
    t0 = children_cpu()
    report('compile ' + name, run_compiler_case(opts, work, name, data, ext, want, bound),
           children_cpu() - t0)
  for name, (text, want) in OOM_PROGRAMS.items():
    for how in ('flag', 'env'):
      if opts.filter not in 'run ' + name:
        continue
      if how == 'env' and name != 'oom_objects':
        continue
      t0 = children_cpu()
      report('run %s (%s)' % (name, how), run_oom_case(opts, work, name, text, want, how),
             children_cpu() - t0)
  print('%d passed, %d failed' % (passed, failed))
  return 1 if failed else 0


if __name__ == '__main__':
  sys.exit(main())
