#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
#
# run_tests.py: compile each test program with kiln, run it, compare what a
# user sees (stdout, exit code, the uncaught-error line) with what node 20
# printed for the same program.
#
#   tests/run_tests.py                   tests/** and samples/ (the local suite)
#   tests/run_tests.py lang/ closure     only tests whose path contains a filter
#   tests/run_tests.py --corpus          ../shared/corpus, tests in
#                                        tests/corpus_passing.txt only
#   tests/run_tests.py --corpus --all    the whole corpus; the unlisted tests
#                                        are only reported
#   tests/run_tests.py --keep -v lang/x  keep executables and outputs
#
# Files beside a test `<dir>/<name>.js` (also .ts, .mjs):
#   <name>.expected      exact stdout (required, except in tests/diag/)
#   <name>.exit          exit status (default 0)
#   <name>.stderr-first  the first stderr line matching STDERR_RE below
#   <name>.args          arguments for the executable (whitespace-split)
#   <name>.timeout       seconds the executable may run (default --timeout),
#                        for the few long programs (tests/node/memory/)
#   <name>.diag          tests/diag/ only: the program must NOT compile; the
#                        first compiler stderr line containing "error:" must
#                        equal this file's first line, or start with it when
#                        that line ends in "..."; each further line must
#                        occur somewhere in the compiler's stderr
#   <name>.kiln-args     tests/diag/ only: compiler arguments replacing
#                        `build <name>.js -o {exe}` ({exe} is substituted)
#   <name>.kiln-flags    other tests: extra compiler options (whitespace-
#                        split), e.g. --experimental-decorators
# Folders whose name starts with `_` hold helpers (e.g. `_js/` twins of .ts
# tests, used by record.py, or the modules a tests/modules/ program
# imports), not tests; so do `node_modules` folders.
#
# Compiling runs `kiln build <name>.js -o <exe>` in the test's folder (so
# diagnostics carry the relative path); the executable runs in the test's
# folder with stdin = /dev/null and a timeout. The last line printed is
# `N passed, N failed`; the exit status is 0 only if nothing (required)
# failed. Exit status 77 means "skipped" (e.g. the corpus is not there).
import argparse
import concurrent.futures
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
STDERR_RE = re.compile(r'^([A-Z][A-Za-z0-9_$]*)?Error( \[[A-Z0-9_]+\])?: ')
EXTS = ('.js', '.ts', '.mjs', '.mts', '.cts')
SKIP = 77


def shared_dir():
  return os.environ.get('KILN_SHARED') or os.path.join(REPO, '..', 'shared')


def read(path, default=None):
  try:
    with open(path, 'rb') as f:
      return f.read()
  except FileNotFoundError:
    return default


def first_line(data):
  lines = data.decode('utf-8', 'replace').splitlines()
  return lines[0] if lines else ''


class Test:
  def __init__(self, src, display, diag=False, required=True):
    self.src = src                  # absolute path of the program
    self.display = display          # e.g. lang/closure_counter.js
    self.dir = os.path.dirname(src)
    self.base = os.path.splitext(src)[0]
    self.diag = diag                # a compile-failure test
    self.required = required        # a failure makes the run fail
    self.group = os.path.dirname(display)


# --- discovery ---------------------------------------------------------------

def walk_programs(root):
  """Yields program files under root, skipping `_*` folders."""
  for dirpath, dirnames, filenames in os.walk(root):
    dirnames[:] = sorted(d for d in dirnames
                         if not d.startswith('_') and d != 'node_modules')
    for f in sorted(filenames):
      if f.endswith(EXTS):
        yield os.path.join(dirpath, f)


def local_tests():
  tests = []
  tests_root = os.path.join(REPO, 'tests')
  for src in walk_programs(tests_root):
    rel = os.path.relpath(src, tests_root)
    top = rel.split(os.sep)[0]
    if top in ('test262', 'out', 'resolve', 'packages', 'cmake', 'ir') or top == rel:
      continue   # these have their own runners (ir: golden IR); no loose files at the top
    tests.append(Test(src, rel, diag=(top == 'diag')))
  samples = os.path.join(REPO, 'samples')
  for src in walk_programs(samples):
    rel = os.path.relpath(src, samples)
    if rel.split(os.sep)[0] in ('cmake', 'cmake_lib'):
      continue   # CMake projects (tests/cmake/run.py builds them)
    tests.append(Test(src, 'samples/' + rel))
  return tests


def read_list(path):
  names = []
  for line in (read(path, b'') or b'').decode().splitlines():
    line = line.split('#', 1)[0].strip()
    if line:
      names.append(line)
  return names


def corpus_tests(corpus, listed, run_all):
  tests = []
  for area in sorted(os.listdir(corpus)):
    adir = os.path.join(corpus, area)
    if area.startswith(('_', '.')) or not os.path.isdir(adir):
      continue
    for f in sorted(os.listdir(adir)):
      rel = area + '/' + f   # only depth 2 is a test (README)
      if not f.endswith(EXTS) or not os.path.isfile(os.path.join(adir, f)):
        continue
      if rel in listed or run_all:
        tests.append(Test(os.path.join(adir, f), 'corpus/' + rel,
                          required=rel in listed))
  return tests


# --- running -----------------------------------------------------------------

def run(cmd, cwd, timeout, stdin=subprocess.DEVNULL, env=None):
  """Runs cmd; returns (status, stdout, stderr, seconds). status is the exit
  code, -signal for a crash, 'timeout', or 'missing' when it cannot start."""
  t0 = time.monotonic()
  try:
    p = subprocess.Popen(cmd, cwd=cwd, stdin=stdin, stdout=subprocess.PIPE,
                         stderr=subprocess.PIPE, start_new_session=True,
                         env=env)
  except OSError as e:
    return 'missing', b'', str(e).encode(), 0.0
  try:
    out, err = p.communicate(timeout=timeout)
    status = p.returncode
  except subprocess.TimeoutExpired:
    try:
      os.killpg(p.pid, signal.SIGKILL)   # the whole group: cc, children
    except OSError:
      pass
    out, err = p.communicate()
    status = 'timeout'
  return status, out, err, time.monotonic() - t0


def describe_status(status):
  if status == 'timeout':
    return 'timeout'
  if status == 'missing':
    return 'could not start'
  if isinstance(status, int) and status < 0:
    try:
      return 'killed by ' + signal.Signals(-status).name
    except ValueError:
      return 'killed by signal %d' % -status
  return 'status %s' % status


def excerpt(text, lines=3):
  text = text.decode('utf-8', 'replace') if isinstance(text, bytes) else text
  out = [l for l in text.splitlines() if l.strip()][:lines]
  return ['    ' + l[:200] for l in out]


def short_diff(want, got, context=2):
  """The first differing line, expected (-) against actual (+), plus a
  little of what follows; enough to start debugging."""
  a = want.decode('utf-8', 'replace').splitlines()
  b = got.decode('utf-8', 'replace').splitlines()
  i = 0
  while i < len(a) and i < len(b) and a[i] == b[i]:
    i += 1
  if i == len(a) and i == len(b):
    return ['    (differs only in trailing newline or line endings)']
  out = ['    first difference at line %d (%d lines expected, %d got):'
         % (i + 1, len(a), len(b))]
  for line in a[i:i + context]:
    out.append('    - ' + line[:200])
  if i >= len(b):
    out.append('    + <end of output>')
  for line in b[i:i + context]:
    out.append('    + ' + line[:200])
  return out


def exe_path(test, work):
  flat = test.display.replace('/', '__')
  return os.path.join(work, os.path.splitext(flat)[0])


def check_diag(test, opts, work):
  exe = exe_path(test, work)
  if os.path.exists(exe):
    os.unlink(exe)
  kargs = read(test.base + '.kiln-args')
  if kargs is not None:
    args = [a.replace('{exe}', exe) for a in kargs.decode().split()]
  else:
    args = ['build', os.path.basename(test.src), '-o', exe]
  status, out, err, secs = run([opts.kiln] + args, test.dir,
                               opts.compile_timeout)
  want = read(test.base + '.diag')
  reasons, details = [], []
  if want is None:
    return ['missing .diag file'], [], secs
  if status == 0:
    reasons.append('compiled, but should have failed')
  elif not isinstance(status, int) or status < 0:
    reasons.append('compiler ' + describe_status(status))
  if os.path.exists(exe):
    reasons.append('an output file was written: ' + os.path.basename(exe))
  want_line = first_line(want)
  lines = err.decode('utf-8', 'replace').splitlines()
  got_line = next((l for l in lines if 'error:' in l), None)
  if want_line.endswith('...'):
    ok = got_line is not None and got_line.startswith(want_line[:-3])
  else:
    ok = got_line == want_line
  if not ok:
    reasons.append('diagnostic differs')
    details += ['    < ' + want_line,
                '    > ' + (got_line or '<no stderr line containing error:>')]
  text = err.decode('utf-8', 'replace')
  for extra in want.decode('utf-8', 'replace').splitlines()[1:]:
    if extra.strip() and extra not in text:
      reasons.append('stderr lacks %r' % extra)
  return reasons, details, secs


def check_program(test, opts, work):
  exe = exe_path(test, work)
  if os.path.exists(exe):
    os.unlink(exe)
  want_out = read(test.base + '.expected')
  if want_out is None:
    return ['missing .expected (run tests/record.py)'], [], 0.0
  extra = (read(test.base + '.kiln-flags', b'') or b'').decode().split()
  cmd = [opts.kiln, 'build'] + opts.kflags + extra + [os.path.basename(test.src),
                                               '-o', exe]
  status, out, err, csecs = run(cmd, test.dir, opts.compile_timeout)
  if status != 0 or not os.path.isfile(exe):
    why = 'compile failed (%s)' % describe_status(status)
    if status == 0:
      why = 'compile failed (no executable written)'
    return [why], excerpt(err or out), csecs

  args = (read(test.base + '.args', b'') or b'').decode().split()
  limit = float((read(test.base + '.timeout', b'') or b'').decode().strip() or opts.timeout)
  status, out, err, _ = run([exe] + args, test.dir, limit)
  if opts.keep:
    with open(exe + '.stdout', 'wb') as f:
      f.write(out)
    with open(exe + '.stderr', 'wb') as f:
      f.write(err)

  reasons, details = [], []
  if out != want_out:
    reasons.append('stdout differs')
    details += short_diff(want_out, out)
  want_status = int((read(test.base + '.exit', b'0') or b'0').strip() or 0)
  if status != want_status:
    if isinstance(status, int) and status >= 0:
      reasons.append('exit code %d, expected %d' % (status, want_status))
    else:
      reasons.append(describe_status(status))
  want_err = read(test.base + '.stderr-first')
  if want_err is not None:
    lines = err.decode('utf-8', 'replace').splitlines()
    got = next((l for l in lines if STDERR_RE.match(l)), None)
    if got != first_line(want_err):
      reasons.append('stderr error line differs')
      details += ['    < ' + first_line(want_err),
                  '    > ' + (got or '<no line matching Name: message>')]
  if reasons and isinstance(status, int) and status != want_status \
      and want_err is None and err:
    details += excerpt(err)   # an unexpected crash: show why
  return reasons, details, csecs


def run_one(test, opts, work):
  try:
    if test.diag:
      return check_diag(test, opts, work)
    return check_program(test, opts, work)
  except Exception as e:   # a runner bug must not hide the other results
    return ['runner error: %s: %s' % (type(e).__name__, e)], [], 0.0


# --- reporting ---------------------------------------------------------------

def report(tests, results, opts):
  groups = {}
  for t in tests:
    g = groups.setdefault(t.group, [0, 0])
    g[1] += 1
    if not results[t.display][0]:
      g[0] += 1
  print('== per folder')
  width = max([len(g) for g in groups] + [6])
  for g in sorted(groups):
    p, n = groups[g]
    print('%-*s %4d/%d' % (width, g, p, n))

  failed = [t for t in tests if results[t.display][0]]
  required = [t for t in failed if t.required]
  optional = [t for t in failed if not t.required]
  if required:
    print('== failures')
    for t in required:
      reasons, details, _ = results[t.display]
      print('FAIL %s: %s' % (t.display, '; '.join(reasons)))
      for d in details:
        print(d)
  if optional and opts.verbose:
    print('== failures outside the allow-list (not counted as failures)')
    for t in optional:
      reasons, details, _ = results[t.display]
      print('fail %s: %s' % (t.display, '; '.join(reasons)))
      for d in details:
        print(d)
  elif optional:
    print('(%d tests outside the allow-list failed; -v lists them)'
          % len(optional))
  passing_unlisted = [t for t in tests
                      if not t.required and not results[t.display][0]]
  if passing_unlisted:
    print('== passing but not in the allow-list (--write-list adds them)')
    for t in passing_unlisted:
      print('new  ' + t.display)
  csecs = [results[t.display][2] for t in tests]
  if opts.verbose and csecs:
    print('compile time: total %.1f s, mean %.2f s, max %.2f s'
          % (sum(csecs), sum(csecs) / len(csecs), max(csecs)))
  npass = len(tests) - len(failed)
  print('%d passed, %d failed' % (npass, len(failed)))
  return 1 if required else 0


# Variables that change what a program prints (colours, node's options, CI
# detection: picocolors and others colour when CI is set): removed for node
# when recording and for the executables when checking, so CI machines and
# terminals see what the expectations were recorded with.
ENV_SCRUB = ('NODE_OPTIONS', 'FORCE_COLOR', 'NO_COLOR', 'NODE_DISABLE_COLORS',
             'CI', 'CONTINUOUS_INTEGRATION', 'GITHUB_ACTIONS', 'GITLAB_CI',
             'BUILDKITE', 'TRAVIS', 'CIRCLECI', 'APPVEYOR', 'TEAMCITY_VERSION',
             'TF_BUILD', 'BUILD_NUMBER', 'RUN_ID', 'JENKINS_URL', 'DRONE')


def scrub_env(env):
  for var in ENV_SCRUB:
    env.pop(var, None)
  return env


def main():
  ap = argparse.ArgumentParser(
    description='Compile, run and compare the Kiln test programs.')
  ap.add_argument('--suite', default=None,
                  help='only the tests of this top folder (ctest: one suite '
                       'per folder; a filter "ts/" would also match '
                       'node/constants/, and two suites must not build the '
                       'same test into the same place at once)')
  ap.add_argument('filters', nargs='*',
                  help='run only tests whose path contains one of these')
  ap.add_argument('--kiln', default=os.path.join(REPO, 'build', 'bin', 'kiln'),
                  help='the compiler (default: build/bin/kiln)')
  ap.add_argument('--kflags', default='',
                  help='extra kiln build options, e.g. "-O0"')
  ap.add_argument('-j', '--jobs', type=int, default=os.cpu_count() or 2)
  ap.add_argument('--timeout', type=float,
                  default=float(os.environ.get('TEST_TIMEOUT', 10)),
                  help='seconds per executable run (default 10)')
  ap.add_argument('--compile-timeout', type=float,
                  default=float(os.environ.get('COMPILE_TIMEOUT', 120)),
                  help='seconds per compile (default 120)')
  ap.add_argument('--corpus', action='store_true',
                  help='run the shared corpus instead of the local tests')
  ap.add_argument('--all', action='store_true',
                  help='--corpus: run every test, not just the allow-list')
  ap.add_argument('--allow-list',
                  default=os.path.join(REPO, 'tests', 'corpus_passing.txt'))
  ap.add_argument('--write-list', action='store_true',
                  help='--corpus --all: rewrite the allow-list with the '
                       'tests that passed')
  ap.add_argument('--work-dir', default=None,
                  help='where executables go (default: a temporary folder)')
  ap.add_argument('--keep', action='store_true',
                  help='keep executables, .stdout and .stderr files')
  ap.add_argument('-v', '--verbose', action='store_true')
  opts = ap.parse_args()
  opts.kflags = opts.kflags.split()
  opts.kiln = os.path.abspath(opts.kiln)
  scrub_env(os.environ)

  if opts.corpus:
    corpus = os.path.join(shared_dir(), 'corpus')
    if not os.path.isdir(corpus):
      print('corpus not found at %s (set KILN_SHARED); skipped' % corpus)
      return SKIP
    listed = set(read_list(opts.allow_list))
    tests = corpus_tests(corpus, listed, opts.all)
  else:
    tests = local_tests()
  if opts.suite:
    tests = [t for t in tests if t.display.split('/')[0] == opts.suite]
  if opts.filters:
    tests = [t for t in tests if any(f in t.display for f in opts.filters)]
  if not tests:
    print('no tests selected')
    print('0 passed, 0 failed')
    return 0
  if not os.access(opts.kiln, os.X_OK):
    print('warning: %s is missing or not executable; every test will fail '
          '(build first: cmake --build build)' % opts.kiln)

  if opts.work_dir:
    suite = 'corpus' if opts.corpus else 'local'
    work = os.path.join(os.path.abspath(opts.work_dir), suite)
    os.makedirs(work, exist_ok=True)
  else:
    work = tempfile.mkdtemp(prefix='kiln-tests.')
  results = {}
  try:
    with concurrent.futures.ThreadPoolExecutor(max(1, opts.jobs)) as pool:
      futs = {pool.submit(run_one, t, opts, work): t for t in tests}
      for fut in concurrent.futures.as_completed(futs):
        t = futs[fut]
        results[t.display] = fut.result()
        if opts.verbose:
          print('%s %s' % ('FAIL' if results[t.display][0] else 'ok  ',
                           t.display), flush=True)
    status = report(tests, results, opts)
  finally:
    if opts.keep:
      print('kept executables and outputs in ' + work)
    elif opts.work_dir:
      for t in tests:
        for suffix in ('', '.stdout', '.stderr'):
          try:
            os.unlink(exe_path(t, work) + suffix)
          except OSError:
            pass
    else:
      shutil.rmtree(work, ignore_errors=True)

  if opts.corpus and opts.write_list:
    # Tests that were not selected this time keep their place in the list.
    selected = {t.display[len('corpus/'):] for t in tests}
    passed = {t.display[len('corpus/'):] for t in tests
              if not results[t.display][0]}
    passed = sorted(passed | (listed - selected))
    if not opts.all:
      print('--write-list needs --all; list not written')
    else:
      with open(opts.allow_list, 'w') as f:
        f.write('# Corpus tests (../shared/corpus) that must pass in CI.\n'
                '# Regenerate: tests/run_tests.py --corpus --all '
                '--write-list\n')
        for p in passed:
          f.write(p + '\n')
      print('wrote %d names to %s' % (len(passed), opts.allow_list))
  return status


if __name__ == '__main__':
  sys.exit(main())
