#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
#
# record.py: write each test's expectations by running it under node 20,
# the oracle (tests/run_tests.py explains the files).
#
#   tests/record.py               record every test in tests/ and samples/
#   tests/record.py lang/closure  only paths containing a filter
#   tests/record.py --check       compare, write nothing (ctest runs this)
#
# For `<name>.ts` (.mts, .cts), node 20 runs the twin `_js/<name>.js`
# (.mjs, .cjs) beside it (node 20 cannot strip types). A twin that is
# missing or older than its source is made by tsc, the TypeScript pinned in
# tests/packages (`--target es2022 --module nodenext --noCheck`, or the
# folder's own tsconfig.json, which must then say `"outDir": "_js"`);
# hand-written twins of older tests stay as they are while newer. A
# `<name>.js` with such a twin runs the twin too (JavaScript node 20 cannot
# run, e.g. decorators, with tsc's lowering of it as the twin); --check
# never makes twins. Tests in tests/diag/ are skipped:
# their `.diag` files are written by hand. Review `git diff` after
# recording: an expectation is only as good as the program behind it.
import argparse
import concurrent.futures
import os
import subprocess
import sys

sys.dont_write_bytecode = True   # no __pycache__ in the source tree
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import run_tests  # noqa: E402  (discovery and the stderr rule)


def node_major():
  try:
    out = subprocess.run(['node', '--version'], capture_output=True,
                         text=True, timeout=30).stdout.strip()
    return int(out.lstrip('v').split('.')[0])
  except (OSError, ValueError, subprocess.TimeoutExpired):
    return None


TS_TWINS = {'.ts': '.js', '.mts': '.mjs', '.cts': '.cjs'}
TSC = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'packages',
                   'node_modules', '.bin', 'tsc')


def node_program(test):
  ext = os.path.splitext(test.src)[1]
  if ext in TS_TWINS:
    return os.path.join(test.dir, '_js',
                        os.path.basename(test.base) + TS_TWINS[ext])
  twin = os.path.join(test.dir, '_js', os.path.basename(test.base) + '.js')
  if ext == '.js' and os.path.isfile(twin):
    return twin
  return test.src


def make_twin(test):
  """Runs tsc for a TypeScript test whose twin is missing or stale."""
  twin = node_program(test)
  if twin == test.src or (os.path.isfile(twin) and
                          os.path.getmtime(twin) >= os.path.getmtime(test.src)):
    return
  if not os.path.isfile(TSC):
    raise RuntimeError('no tsc to make ' + os.path.relpath(twin) +
                       ' (npm install in tests/packages)')
  if os.path.isfile(os.path.join(test.dir, 'tsconfig.json')):
    cmd = [TSC, '-p', test.dir, '--noCheck']
  else:
    cmd = [TSC, '--target', 'es2022', '--module', 'nodenext', '--noCheck',
           '--skipLibCheck', '--rootDir', '.', '--outDir', '_js',
           os.path.basename(test.src)]
  r = subprocess.run(cmd, cwd=test.dir, capture_output=True, text=True)
  if not os.path.isfile(twin):
    raise RuntimeError('tsc made no ' + os.path.relpath(twin) + ': ' +
                       r.stdout + r.stderr)
  print('tsc     %s' % os.path.relpath(twin))


def expectations(test, timeout):
  """Runs the program under node; returns {suffix: bytes or None}."""
  args = (run_tests.read(test.base + '.args', b'') or b'').decode().split()
  prog = node_program(test)
  if not os.path.isfile(prog):
    raise RuntimeError('missing node twin ' + os.path.relpath(prog))
  own = (run_tests.read(test.base + '.timeout', b'') or b'').decode().strip()
  status, out, err, _ = run_tests.run(['node', prog] + args, test.dir,
                                      max(timeout, float(own or 0)))
  if not isinstance(status, int) or status < 0:
    raise RuntimeError('node: ' + run_tests.describe_status(status))
  files = {'.expected': out, '.exit': None, '.stderr-first': None}
  if status != 0:
    files['.exit'] = b'%d\n' % status
    lines = err.decode('utf-8', 'replace').splitlines()
    line = next((l for l in lines if run_tests.STDERR_RE.match(l)), None)
    if line is not None:
      files['.stderr-first'] = line.encode() + b'\n'
  return files


def differs(test, files):
  return any(run_tests.read(test.base + suffix) != data
             for suffix, data in files.items())


def main():
  ap = argparse.ArgumentParser(description='Record expectations with node.')
  ap.add_argument('filters', nargs='*')
  ap.add_argument('--check', action='store_true',
                  help='only compare; exit 1 on a difference')
  ap.add_argument('--timeout', type=float, default=30)
  ap.add_argument('--force', action='store_true',
                  help='record even if node is not version 20')
  opts = ap.parse_args()
  run_tests.scrub_env(os.environ)

  major = node_major()
  if major != 20:
    msg = 'node 20 is the oracle; found %s' % (
      'no node' if major is None else 'node %d' % major)
    if opts.check:
      print(msg + '; skipped')
      return run_tests.SKIP
    if not opts.force:
      print(msg + ' (use --force to record anyway)')
      return 2

  tests = [t for t in run_tests.local_tests() if not t.diag]
  if opts.filters:
    tests = [t for t in tests if any(f in t.display for f in opts.filters)]
  for t in tests:
    if not opts.check:
      try:
        make_twin(t)   # one at a time: tests of a folder share _js/
      except RuntimeError as e:
        print('ERROR %s: %s' % (t.display, e))
  def job(t):
    try:
      return expectations(t, opts.timeout)
    except RuntimeError as e:
      return e
  with concurrent.futures.ThreadPoolExecutor(os.cpu_count() or 2) as pool:
    outcomes = list(pool.map(job, tests))   # in test order
  if opts.check:
    # node itself is timed by a loaded machine (ctest runs this beside
    # test262): a test whose output depends on timing only by a race must
    # be fixed, but one slow run of node is not a difference. Run each
    # differing test again, alone, up to twice; say when that helped.
    for i, (t, files) in enumerate(zip(tests, outcomes)):
      for _ in range(2):
        if isinstance(files, Exception) or not differs(t, files):
          break
        files = job(t)
        if not isinstance(files, Exception) and not differs(t, files):
          print('RERUN %s: node matched on a second run (timing?)'
                % t.display)
      outcomes[i] = files
  changed = errors = 0
  for t, files in zip(tests, outcomes):
    if isinstance(files, Exception):
      print('ERROR %s: %s' % (t.display, files))
      errors += 1
      continue
    for suffix, data in files.items():
      path = t.base + suffix
      old = run_tests.read(path)
      if old == data:
        continue
      changed += 1
      if opts.check:
        print('DIFF %s%s' % (os.path.splitext(t.display)[0], suffix))
        continue
      if data is None:
        os.unlink(path)
        print('removed %s' % os.path.relpath(path))
      else:
        with open(path, 'wb') as f:
          f.write(data)
        print('wrote   %s' % os.path.relpath(path))
  verb = 'differ from node' if opts.check else 'changed'
  print('%d tests, %d files %s, %d errors' % (len(tests), changed, verb,
                                             errors))
  return 1 if errors or (opts.check and changed) else 0


if __name__ == '__main__':
  sys.exit(main())
