#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
#
# workers.py: kiln against node on the programs in bench/workers/, in one
# run: the wall time of a CPU-bound task on 0 (main thread), 1 and 2
# worker threads (speed-up = 0-worker time / 2-worker time), and of 20,000
# message round trips to a worker_threads Worker and to a forked child.
# Wall time, not CPU time: parallelism is what is measured, so run it on a
# quiet machine. Prints medians of N runs (-n, default 5) and kiln/node;
# --cpu prints CPU time (user+sys of the program, its threads and its
# children) instead, the fairer measure of round trips on a busy machine.
#
#   bench/workers.py             all
#   bench/workers.py -n 9        more runs
import argparse
import os
import resource
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
PROGRAMS = os.path.join(HERE, 'workers')

# name, program, arguments
CASES = [
  ('primes, main thread', 'speedup.js', ['0']),
  ('primes, 1 worker', 'speedup.js', ['1']),
  ('primes, 2 workers', 'speedup.js', ['2']),
  ('worker round trips', 'roundtrip.js', []),
  ('fork round trips', 'fork_roundtrip.js', []),
]


def cpu_seconds():
  ru = resource.getrusage(resource.RUSAGE_CHILDREN)
  return ru.ru_utime + ru.ru_stime


def timed(cmd, cwd, cpu):
  t0, c0 = time.monotonic(), cpu_seconds()
  r = subprocess.run(cmd, cwd=cwd, stdin=subprocess.DEVNULL, capture_output=True, timeout=600)
  t = cpu_seconds() - c0 if cpu else time.monotonic() - t0
  return t, r.returncode, r.stdout


def main():
  ap = argparse.ArgumentParser(description='kiln against node on worker_threads and fork')
  ap.add_argument('-n', type=int, default=5, help='runs of each (median)')
  ap.add_argument('--cpu', action='store_true', help='CPU time (user+sys) instead of wall')
  ap.add_argument('--only', help='only the cases whose name contains this')
  ap.add_argument('--kiln', default=os.path.join(REPO, 'build', 'bin', 'kiln'))
  opts = ap.parse_args()
  work = tempfile.mkdtemp(prefix='kiln-bench-workers-')
  exes = {}
  for prog in sorted({c[1] for c in CASES}):
    src = os.path.join(work, prog)
    with open(os.path.join(PROGRAMS, prog), 'rb') as f, open(src, 'wb') as g:
      g.write(f.read())
    exe = os.path.join(work, prog[:-3])
    r = subprocess.run([opts.kiln, 'build', '-O2', src, '-o', exe], capture_output=True, text=True)
    if r.returncode != 0:
      print('kiln build %s failed:\n%s' % (prog, r.stderr), file=sys.stderr)
      return 1
    exes[prog] = exe
  print('%-22s %9s %9s %10s' % ('cpu s (median)' if opts.cpu else 'wall s (median)', 'node',
                                'kiln', 'kiln/node'))
  medians = {}
  failed = False
  for name, prog, args in CASES:
    if opts.only and opts.only not in name:
      continue
    times = {'node': [], 'kiln': []}
    outs = {}
    for _ in range(opts.n):
      for who, cmd in (('node', ['node', os.path.join(work, prog)] + args),
                       ('kiln', [exes[prog]] + args)):
        t, status, out = timed(cmd, work, opts.cpu)
        times[who].append(t)
        outs.setdefault(who, (status, out))
    ok = outs['node'] == outs['kiln'] and outs['node'][0] == 0
    failed |= not ok
    m = {who: statistics.median(v) for who, v in times.items()}
    medians[name] = m
    print('%-22s %9.3f %9.3f %9.2fx%s' % (name, m['node'], m['kiln'], m['kiln'] / m['node'],
                                          '' if ok else '  OUTPUT DIFFERS'))
  if 'primes, main thread' not in medians or 'primes, 2 workers' not in medians:
    return 1 if failed else 0
  base, two = medians['primes, main thread'], medians['primes, 2 workers']
  print('speed-up on 2 workers (main-thread time / 2-worker time): node %.2f, kiln %.2f'
        % (base['node'] / two['node'], base['kiln'] / two['kiln']))
  return 1 if failed else 0


if __name__ == '__main__':
  sys.exit(main())
