#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
#
# run.py: the benchmarks in ../shared/bench (or $KILN_SHARED/bench), each
# built with kiln -O2, run under node, and its plain C version (ref.c) built
# with cc -O2; prints medians of user+sys CPU seconds and the ratios.
#
#   bench/run.py                   every benchmark, 3 runs each
#   bench/run.py nbody fannkuch    only these
#   bench/run.py -n 5 --no-node    more runs; skip node
#   bench/run.py --size 1000       pass a size argument (output not checked)
#
# A failure (compile error, wrong output, crash, timeout) shows as FAIL in
# the table, never stops the run. bench/README.md explains the numbers.
import argparse
import os
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)


def shared_dir():
  return os.environ.get('KILN_SHARED') or os.path.join(REPO, '..', 'shared')


def measure(cmd, cwd, timeout):
  """Runs cmd once; returns (status, stdout, cpu_seconds). status is 0..255,
  'timeout', 'signal N' or 'missing'."""
  out = tempfile.TemporaryFile()
  try:
    p = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL, stdout=out,
                         stderr=subprocess.DEVNULL, start_new_session=True)
  except OSError:
    return 'missing', b'', None
  timed_out = []

  def kill():
    timed_out.append(True)
    try:
      os.killpg(p.pid, signal.SIGKILL)
    except OSError:
      pass
  timer = threading.Timer(timeout, kill)
  timer.start()
  # wait4 gives this child's own rusage (user + sys of the process).
  _, wstatus, ru = os.wait4(p.pid, 0)
  timer.cancel()
  p.returncode = 0   # reaped above; keep Popen from waiting again
  out.seek(0)
  data = out.read()
  out.close()
  cpu = ru.ru_utime + ru.ru_stime
  if timed_out:
    return 'timeout', data, cpu
  if os.WIFSIGNALED(wstatus):
    return 'signal %d' % os.WTERMSIG(wstatus), data, cpu
  return os.WEXITSTATUS(wstatus), data, cpu


def build(cmd, cwd, timeout):
  """Returns (ok, seconds, message)."""
  t0 = time.monotonic()
  try:
    p = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL,
                       capture_output=True, timeout=timeout)
  except OSError as e:
    return False, 0.0, str(e)
  except subprocess.TimeoutExpired:
    return False, time.monotonic() - t0, 'timeout'
  msg = (p.stderr or p.stdout).decode('utf-8', 'replace').strip()
  return p.returncode == 0, time.monotonic() - t0, msg.splitlines()[:1]


def bench_one(cmd, cwd, runs, timeout, expected):
  """Median CPU seconds over runs, or a FAIL string."""
  times = []
  for _ in range(runs):
    status, out, cpu = measure(cmd, cwd, timeout)
    if status != 0:
      return 'FAIL (%s)' % (status if isinstance(status, str)
                            else 'exit %d' % status)
    if expected is not None and out.strip() != expected.strip():
      got = out.decode('utf-8', 'replace').strip().splitlines()
      return 'FAIL (output %r)' % (got[-1][:40] if got else '')
    times.append(cpu)
  return statistics.median(times)


def fmt(v):
  return '%.3f' % v if isinstance(v, float) else ('-' if v is None else 'FAIL')


def ratio(a, b):
  if isinstance(a, float) and isinstance(b, float) and b > 0:
    return '%.2f' % (a / b)
  return '-'


def main():
  ap = argparse.ArgumentParser(description='Benchmark kiln against node and C.')
  ap.add_argument('names', nargs='*', help='benchmarks to run (default all)')
  ap.add_argument('-n', '--runs', type=int, default=3)
  ap.add_argument('--kiln', default=os.path.join(REPO, 'build', 'bin', 'kiln'))
  ap.add_argument('--kflags', default='-O2',
                  help='kiln build options (default -O2)')
  ap.add_argument('--cc', default=os.environ.get('CC', 'cc'))
  ap.add_argument('--node', default='node')
  ap.add_argument('--no-node', action='store_true')
  ap.add_argument('--no-c', action='store_true')
  ap.add_argument('--size', help='size argument for every program '
                  '(outputs are then not checked)')
  ap.add_argument('--timeout', type=float, default=300,
                  help='seconds per run (default 300)')
  ap.add_argument('--bench-dir', default=None,
                  help='default $KILN_SHARED/bench or ../shared/bench')
  ap.add_argument('--keep', action='store_true',
                  help='keep the executables (printed at the end)')
  opts = ap.parse_args()
  root = os.path.abspath(opts.bench_dir or os.path.join(shared_dir(), 'bench'))
  if not os.path.isdir(root):
    print('benchmarks not found at %s (set KILN_SHARED)' % root)
    return 2
  names = opts.names or sorted(
    d for d in os.listdir(root)
    if os.path.isfile(os.path.join(root, d, 'bench.js')))
  kiln = os.path.abspath(opts.kiln)
  args = [opts.size] if opts.size else []
  work = tempfile.mkdtemp(prefix='kiln-bench.')
  for var in ('NODE_OPTIONS', 'FORCE_COLOR', 'NO_COLOR'):
    os.environ.pop(var, None)

  rows = []
  failed = False
  try:
    for name in names:
      d = os.path.join(root, name)
      if not os.path.isfile(os.path.join(d, 'bench.js')):
        print('%s: no bench.js, skipped' % name)
        continue
      exp_path = os.path.join(d, 'expected.txt')
      expected = None
      if not opts.size and os.path.exists(exp_path):
        with open(exp_path, 'rb') as f:
          expected = f.read()
      print('running %s ...' % name, file=sys.stderr, flush=True)

      exe = os.path.join(work, name)
      ok, bsecs, msg = build([kiln, 'build'] + opts.kflags.split() +
                             [os.path.join(d, 'bench.js'), '-o', exe],
                             d, 600)
      if ok and os.path.isfile(exe):
        k = bench_one([exe] + args, d, opts.runs, opts.timeout, expected)
        size = os.path.getsize(exe)
      else:
        k, size = 'FAIL (compile)', None
        if msg:
          print('  %s: kiln: %s' % (name, msg[0] if isinstance(msg, list)
                                    else msg), file=sys.stderr)

      n = None
      if not opts.no_node:
        n = bench_one([opts.node, 'bench.js'] + args, d, opts.runs,
                      opts.timeout, expected)

      c = None
      ref = os.path.join(d, 'ref.c')
      if not opts.no_c and os.path.exists(ref):
        cexe = os.path.join(work, name + '.ref')
        cok, _, _ = build([opts.cc, '-O2', ref, '-o', cexe, '-lm'], d, 300)
        c = (bench_one([cexe] + args, d, opts.runs, opts.timeout, expected)
             if cok else 'FAIL (cc)')
      failed |= isinstance(k, str)
      rows.append((name, k, n, c, bsecs, size))
  finally:
    if opts.keep:
      print('executables kept in ' + work)
    else:
      shutil.rmtree(work, ignore_errors=True)

  print('median user+sys CPU seconds over %d runs%s' % (
    opts.runs, ' (size %s)' % opts.size if opts.size else ''))
  head = ('bench', 'kiln', 'node', 'C', 'kiln/node', 'kiln/C', 'build s',
          'exe KiB')
  print('%-13s %9s %9s %9s %9s %7s %7s %8s' % head)
  for name, k, n, c, bsecs, size in rows:
    print('%-13s %9s %9s %9s %9s %7s %7.1f %8s' % (
      name, fmt(k), fmt(n), fmt(c), ratio(k, n), ratio(k, c), bsecs,
      '%d' % (size // 1024) if size else '-'))
  for name, k, n, c, _, _ in rows:
    for who, v in (('kiln', k), ('node', n), ('C', c)):
      if isinstance(v, str):
        print('%s %s: %s' % (name, who, v))
  return 1 if failed else 0


if __name__ == '__main__':
  sys.exit(main())
