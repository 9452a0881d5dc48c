#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
#
# run.py: real npm packages compiled by kiln. Each driver here uses one
# package (from ./node_modules, pinned by package-lock.json) and prints what
# it computed; kiln must compile it into an executable that prints exactly
# what node 20 printed.
#
#   tests/packages/run.py                 drivers in passing.txt must pass
#   tests/packages/run.py --all           every driver; unlisted ones are
#                                         only reported
#   tests/packages/run.py --all --write-list
#                                         rewrite passing.txt with the
#                                         drivers that pass now
#   tests/packages/run.py --record        (re)write expectations with node
#   tests/packages/run.py zod lodash      only drivers whose name contains
#                                         one of the filters
#
# Drivers are `<pkg>.js` (CommonJS, require) and `<pkg>.mjs` (ES module,
# import) in this folder, and `<pkg>.ts` (TypeScript, compiled by kiln with
# ./tsconfig.json; node runs tsc's output `_js/<pkg>.js`, which --record
# makes with the TypeScript pinned here). Beside each driver `<driver>` (e.g. zod.mjs):
#   <driver>.expected   exact stdout of node 20 (written by --record)
#   <driver>.exit       exit status when it is not 0
# (the full file name is kept because zod.js and zod.mjs both exist).
#
# Compiling runs `kiln build <driver> -o <exe>` in this folder, so kiln
# finds node_modules as node does; the executable runs here too, with
# stdin = /dev/null, TZ=UTC and a timeout. The last line printed is
# `N passed, N failed`; the exit status is 0 when every driver listed in
# passing.txt passed, and 77 ("skipped") when node_modules is missing
# (install it with `npm ci --ignore-scripts` here, or scripts/setup.sh).
import argparse
import concurrent.futures
import os
import shutil
import signal
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
import record     # noqa: E402  (node_major)
import run_tests  # noqa: E402  (running programs, diffs)

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
LIST = os.path.join(HERE, 'passing.txt')
EXTS = ('.js', '.mjs', '.ts')
SKIP = 77


def read(path, default=None):
  try:
    with open(path, 'rb') as f:
      return f.read()
  except FileNotFoundError:
    return default


def drivers():
  return sorted(f for f in os.listdir(HERE)
                if f.endswith(EXTS) and os.path.isfile(os.path.join(HERE, f)))


def read_list(path):
  names = []
  for line in (read(path, b'') or b'').decode().splitlines():
    line = line.split('#', 1)[0].strip()
    if line:
      names.append(line)
  return names


def clean_env():
  env = run_tests.scrub_env(dict(os.environ))
  for var in ('NODE_ENV', 'NODE_PATH'):
    env.pop(var, None)
  env['TZ'] = 'UTC'
  return env


def run(cmd, timeout, env):
  """Runs cmd in this folder (run_tests.run)."""
  return run_tests.run(cmd, HERE, timeout, env=env)


describe = run_tests.describe_status
short_diff = run_tests.short_diff


def excerpt(data, lines=4):
  return run_tests.excerpt(data, lines)


# --- recording with node -------------------------------------------------------

node_major = record.node_major


def record_one(name, opts, env):
  """Runs the driver under node twice (the output must not change) and
  writes its expectations; returns a message or None."""
  base = os.path.join(HERE, name)
  prog = name
  if name.endswith('.ts'):
    prog = os.path.join('_js', name[:-3] + '.js')
  first = run(['node', prog], opts.timeout, env)
  second = run(['node', prog], opts.timeout, env)
  status, out, err, _ = first
  if not isinstance(status, int) or status < 0:
    return 'node: ' + describe(status)
  if (second[0], second[1]) != (status, out):
    return 'not deterministic: two node runs printed different output'
  with open(base + '.expected', 'wb') as f:
    f.write(out)
  if status != 0:
    with open(base + '.exit', 'wb') as f:
      f.write(b'%d\n' % status)
  elif os.path.exists(base + '.exit'):
    os.unlink(base + '.exit')
  if err.strip():
    return 'note: stderr was not empty: ' + err.decode('utf-8', 'replace') \
        .strip().splitlines()[0][:150]
  return None


def record(names, opts):
  major = node_major()
  if major != 20 and not opts.force:
    print('node 20 is the oracle; found %s (--force records anyway)'
          % ('no node' if major is None else 'node %d' % major))
    return 1
  env = clean_env()
  bad = 0
  if any(n.endswith('.ts') for n in names):
    # tsc's output for the TypeScript drivers, as the tsconfig here says.
    r = run([os.path.join(HERE, 'node_modules', '.bin', 'tsc'), '-p', '.',
             '--noCheck'], opts.compile_timeout, env)
    if r[0] != 0:
      print('tsc failed: ' + (r[1] + r[2]).decode('utf-8', 'replace')[:500])
      return 1
  with concurrent.futures.ThreadPoolExecutor(max(1, opts.jobs)) as pool:
    futs = {pool.submit(record_one, n, opts, env): n for n in names}
    results = {futs[f]: f.result() for f in concurrent.futures.as_completed(futs)}
  for n in names:
    msg = results[n]
    if msg and not msg.startswith('note:'):
      bad += 1
    lines = len((read(os.path.join(HERE, n + '.expected'), b'') or b'')
                .splitlines())
    print('%-28s %s' % (n, msg or 'recorded %d lines' % lines))
  print('recorded %d of %d drivers' % (len(names) - bad, len(names)))
  return 1 if bad else 0


# --- checking kiln ---------------------------------------------------------------

def check_one(name, opts, work, env):
  base = os.path.join(HERE, name)
  want_out = read(base + '.expected')
  if want_out is None:
    return ['missing %s.expected (run.py --record)' % name], [], 0.0
  exe = os.path.join(work, name.replace('.', '_'))
  if os.path.exists(exe):
    os.unlink(exe)
  status, out, err, csecs = run([opts.kiln, 'build'] + opts.kflags +
                                [name, '-o', exe],
                                opts.compile_timeout, env)
  if status != 0 or not os.path.isfile(exe):
    why = 'compile failed (%s)' % describe(status)
    if status == 0:
      why = 'compile failed (no executable written)'
    return [why], excerpt(err or out), csecs
  status, out, err, _ = run([exe], opts.timeout, env)
  if opts.keep:
    with open(exe + '.stdout', 'wb') as f:
      f.write(out)
    with open(exe + '.stderr', 'wb') as f:
      f.write(err)
  reasons, details = [], []
  if out != want_out:
    reasons.append('stdout differs')
    details += short_diff(want_out, out)
  want_status = int((read(base + '.exit', b'0') or b'0').strip() or 0)
  if status != want_status:
    if isinstance(status, int) and status >= 0:
      reasons.append('exit code %d, expected %d' % (status, want_status))
    else:
      reasons.append(describe(status))
    if err:
      details += excerpt(err)
  return reasons, details, csecs


def main():
  ap = argparse.ArgumentParser(
    description='Compile the npm package drivers with kiln and compare '
                'their output with node 20.')
  ap.add_argument('filters', nargs='*',
                  help='only drivers whose file name contains one of these')
  ap.add_argument('--kiln', default=os.path.join(REPO, 'build', 'bin', 'kiln'),
                  help='the compiler (default: build/bin/kiln)')
  ap.add_argument('--kflags', default='',
                  help='extra kiln build options, e.g. "-O0"')
  ap.add_argument('-j', '--jobs', type=int, default=os.cpu_count() or 2)
  ap.add_argument('--timeout', type=float,
                  default=float(os.environ.get('TEST_TIMEOUT', 20)),
                  help='seconds per executable run (default 20)')
  ap.add_argument('--compile-timeout', type=float,
                  default=float(os.environ.get('COMPILE_TIMEOUT', 300)),
                  help='seconds per compile (default 300)')
  ap.add_argument('--all', action='store_true',
                  help='run every driver, not just those in passing.txt')
  ap.add_argument('--write-list', action='store_true',
                  help='rewrite passing.txt with the drivers that pass '
                       '(implies --all)')
  ap.add_argument('--record', action='store_true',
                  help='write the expectations by running node 20')
  ap.add_argument('--force', action='store_true',
                  help='--record even when node is not version 20')
  ap.add_argument('--work-dir', default=None,
                  help='where executables go (default: a temporary folder)')
  ap.add_argument('--keep', action='store_true',
                  help='keep executables, .stdout and .stderr files')
  ap.add_argument('-v', '--verbose', action='store_true')
  opts = ap.parse_args()
  opts.kflags = opts.kflags.split()
  opts.kiln = os.path.abspath(opts.kiln)
  if opts.write_list:
    opts.all = True

  if not os.path.isfile(os.path.join(HERE, 'node_modules', '.package-lock.json')):
    print('tests/packages/node_modules is missing (run `npm ci '
          '--ignore-scripts` in tests/packages, or scripts/setup.sh); skipped')
    return SKIP

  names = drivers()
  if opts.filters:
    names = [n for n in names if any(f in n for f in opts.filters)]
  if opts.record:
    return record(names, opts)

  listed = set(read_list(LIST))
  for stale in sorted(listed - set(drivers())):
    print('warning: passing.txt names %s, which does not exist' % stale)
  selected = [n for n in names if opts.all or n in listed]
  if not selected:
    print('no drivers selected (passing.txt is empty? --all runs every one)')
    print('0 passed, 0 failed')
    return 0
  if not os.access(opts.kiln, os.X_OK):
    print('warning: %s is missing or not executable; every driver will fail'
          % opts.kiln)

  if opts.work_dir:
    work = os.path.abspath(opts.work_dir)
    os.makedirs(work, exist_ok=True)
  else:
    work = tempfile.mkdtemp(prefix='kiln-packages.')
  env = clean_env()
  results = {}
  try:
    with concurrent.futures.ThreadPoolExecutor(max(1, opts.jobs)) as pool:
      futs = {pool.submit(check_one, n, opts, work, env): n for n in selected}
      for fut in concurrent.futures.as_completed(futs):
        try:
          results[futs[fut]] = fut.result()
        except Exception as e:   # a runner bug must not hide other results
          results[futs[fut]] = (['runner error: %s: %s'
                                 % (type(e).__name__, e)], [], 0.0)
  finally:
    if opts.keep:
      print('kept executables and outputs in ' + work)
    elif not opts.work_dir:
      shutil.rmtree(work, ignore_errors=True)
    else:
      for n in selected:
        exe = os.path.join(work, n.replace('.', '_'))
        for suffix in ('', '.stdout', '.stderr'):
          try:
            os.unlink(exe + suffix)
          except OSError:
            pass

  npass = nfail = 0
  required_failed = False
  for n in selected:
    reasons, details, csecs = results[n]
    req = n in listed
    timing = ' (compile %.1f s)' % csecs if opts.verbose else ''
    if not reasons:
      npass += 1
      print('PASS %s%s%s' % (n, '' if req else '  (not in passing.txt)',
                             timing))
      continue
    nfail += 1
    required_failed = required_failed or req
    print('%s %s: %s%s' % ('FAIL' if req else 'fail', n, '; '.join(reasons),
                           '' if req else '  (not in passing.txt)'))
    if req or opts.verbose or len(selected) <= 12:
      for d in details:
        print(d)

  if opts.write_list:
    passed = {n for n in selected if not results[n][0]}
    kept = listed - set(selected)    # listed but filtered out this time
    with open(LIST, 'w') as f:
      f.write('# Package drivers (tests/packages/*.js, *.mjs) that must pass.\n'
              '# Regenerate: tests/packages/run.py --all --write-list\n')
      for n in sorted(passed | kept):
        f.write(n + '\n')
    print('wrote %d names to %s' % (len(passed | kept), LIST))
  print('%d passed, %d failed' % (npass, nfail))
  return 1 if required_failed else 0


if __name__ == '__main__':
  sys.exit(main())
