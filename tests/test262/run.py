#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
#
# run.py: runs test262 (../shared/test262, or $KILN_SHARED/test262) with kiln.
#
#   tests/test262/run.py --list tests/test262/passing.txt
#       CI mode: every listed test must pass (exit 1 otherwise)
#   tests/test262/run.py --all [FILTER...]
#       every test whose path (relative to test/) contains a filter, e.g.
#       language/expressions built-ins/Array; prints a per-folder table
#   tests/test262/run.py --all --write-list
#       ... and rewrites passing.txt with what passed
#   -j N, --timeout S, --compile-timeout S, --sample N, --keep, -v
#
# Per test (the shared README and test262's INTERPRETING.md): the source is
#   ["use strict";] + prelude.js + harness/assert.js + harness/sta.js
#   (+ harness/doneprintHandle.js for async) + includes + the test,
# compiled with `kiln build --script -O0 <file> -o <exe>` (`--module` for
# module tests, next to links to the test's *_FIXTURE.js files) and run
# with a timeout. A test without a strictness flag runs twice (non-strict
# and strict) and both must pass. Pass rules:
#   plain             exit 0
#   async             stdout has Test262:AsyncTestComplete, no ...Failure
#   negative parse    kiln rejects the file (exit 1, no crash) with a
#                     diagnostic naming the expected type
#                     (`file:line:col: error: SyntaxError: ...`)
#   negative resolution  kiln rejects it so, or it fails at run time as below
#   negative runtime  the executable exits non-zero and the first error
#                     line on stderr names the expected type
import argparse
import concurrent.futures
import hashlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
SKIP = 77
# An uncaught error as node prints it: `TypeError: msg` (or just the name).
ERROR_LINE = re.compile(r'^([A-Z][A-Za-z0-9_$]*)?Error( \[[A-Z0-9_]+\])?(: |$| \{)')


def shared_dir():
  return os.environ.get('KILN_SHARED') or os.path.join(REPO, '..', 'shared')


def read_text(path):
  with open(path, encoding='utf-8', errors='surrogateescape') as f:
    return f.read()


# --- frontmatter ---------------------------------------------------------------

FRONT = re.compile(r'/\*---(.*?)---\*/', re.S)


def parse_list(value, lines, i):
  """A YAML list, inline `[a, b]` or as `- a` lines; returns (list, next i)."""
  value = value.strip()
  if value.startswith('['):
    inner = value.strip('[]')
    return [x.strip().strip('\'"') for x in inner.split(',') if x.strip()], i
  items = []
  while i < len(lines) and lines[i].strip().startswith('- '):
    items.append(lines[i].strip()[2:].strip().strip('\'"'))
    i += 1
  return items, i


def parse_meta(source):
  """Returns the keys run.py needs: includes, flags, negative {phase,type}."""
  meta = {'includes': [], 'flags': [], 'negative': None}
  m = FRONT.search(source)
  if not m:
    return meta
  lines = m.group(1).splitlines()
  i = 0
  while i < len(lines):
    line = lines[i]
    i += 1
    key, sep, value = line.partition(':')
    if not sep or line.startswith((' ', '\t')):
      continue
    key = key.strip()
    if key in ('includes', 'flags'):
      meta[key], i = parse_list(value, lines, i)
    elif key == 'negative':
      neg = {}
      while i < len(lines) and lines[i].startswith((' ', '\t')):
        k, _, v = lines[i].strip().partition(':')
        neg[k.strip()] = v.strip()
        i += 1
      meta['negative'] = neg
  return meta


# --- building one source file ----------------------------------------------------

class Harness:
  def __init__(self, root):
    self.dir = os.path.join(root, 'harness')
    self.cache = {}
    self.prelude = read_text(os.path.join(HERE, 'prelude.js'))

  def get(self, name):
    if name not in self.cache:
      self.cache[name] = read_text(os.path.join(self.dir, name))
    return self.cache[name]


def variants(meta):
  """[(name, strict)] to run; raw and module tests run once, as they are."""
  flags = meta['flags']
  if 'raw' in flags:
    return [('raw', False)]
  if 'module' in flags:
    return [('module', False)]
  if 'onlyStrict' in flags:
    return [('strict', True)]
  if 'noStrict' in flags:
    return [('sloppy', False)]
  return [('sloppy', False), ('strict', True)]


def build_source(harness, meta, test_src, strict):
  if 'raw' in meta['flags']:
    return test_src
  parts = ['"use strict";\n'] if strict else []
  parts.append(harness.prelude)
  names = ['assert.js', 'sta.js']
  if 'async' in meta['flags']:
    names.append('doneprintHandle.js')
  names += [n for n in meta['includes'] if n not in names]
  for n in names:
    parts.append('// ---- harness/%s\n' % n)
    parts.append(harness.get(n))
    parts.append('\n')
  parts.append('// ---- test\n')
  parts.append(test_src)
  return ''.join(parts)


# --- running -------------------------------------------------------------------

def run(cmd, cwd, timeout):
  t0 = time.monotonic()
  try:
    p = subprocess.Popen(cmd, cwd=cwd, stdin=subprocess.DEVNULL,
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                         start_new_session=True)
  except OSError as e:
    return 'missing', b'', str(e).encode(), 0.0
  try:
    out, err = p.communicate(timeout=timeout)
    status = p.returncode
  except subprocess.TimeoutExpired:
    try:
      os.killpg(p.pid, signal.SIGKILL)
    except OSError:
      pass
    out, err = p.communicate()
    status = 'timeout'
  return status, out, err, time.monotonic() - t0


def describe(status):
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


def first_error_line(err):
  for line in err.decode('utf-8', 'replace').splitlines():
    if ERROR_LINE.match(line):
      return line
  return None


def first_diag(text):
  """The compiler's first `error:` line, for a failure's reason."""
  for line in text.splitlines():
    if 'error:' in line:
      return line.strip()[:200]
  return first_line(text.encode()) or 'no diagnostic'


def first_line(data):
  for line in data.decode('utf-8', 'replace').splitlines():
    if line.strip():
      return line.strip()[:200]
  return ''


class Result:
  def __init__(self, rel):
    self.rel = rel
    self.ok = True
    self.why = ''
    self.compile_secs = 0.0
    self.run_secs = 0.0


_dir_cache = {}


def list_dir(d):
  if d not in _dir_cache:
    _dir_cache[d] = [f for f in os.listdir(d) if f.endswith('.js')]
  return _dir_cache[d]


def run_variant(test_path, rel, meta, strict, vname, harness, opts, work):
  """Returns None on pass, else a short reason."""
  flat = rel.replace('/', '__')[:-3] + '.' + vname
  tdir = os.path.join(work, flat)
  os.makedirs(tdir, exist_ok=True)
  # Imports are all `./X`: the test itself, *_FIXTURE.js files, and (from
  # fixtures) sibling tests. Where a folder has fixtures, link its files.
  src_dir = os.path.dirname(test_path)
  siblings = list_dir(src_dir)
  if any(f.endswith('_FIXTURE.js') for f in siblings):
    for f in siblings:
      link = os.path.join(tdir, f)
      if f != os.path.basename(test_path) and not os.path.lexists(link):
        os.symlink(os.path.join(src_dir, f), link)
  src = os.path.join(tdir, os.path.basename(test_path))
  exe = os.path.join(tdir, 'test.exe')
  with open(src, 'w', encoding='utf-8', errors='surrogateescape') as f:
    f.write(build_source(harness, meta, opts.test_src, strict))
  if os.path.exists(exe):
    os.unlink(exe)

  mode = '--module' if 'module' in meta['flags'] else '--script'
  cmd = [opts.kiln, 'build', mode, '-O0'] + opts.kflags + [src, '-o', exe]
  status, out, err, secs = run(cmd, tdir, opts.compile_timeout)
  opts.result.compile_secs += secs
  neg = meta['negative'] or {}
  phase, etype = neg.get('phase'), neg.get('type')

  compiled = status == 0 and os.path.isfile(exe)
  if phase == 'parse' or (phase == 'resolution' and not compiled):
    if compiled:
      return 'expected %s at parse time, but it compiled' % etype
    if status != 1:
      return 'compiler %s (expected a clean rejection, exit 1)' % describe(status)
    # The diagnostic must name the error node would throw, not just any.
    text = err.decode('utf-8', 'replace')
    if etype and ('error: %s:' % etype) not in text:
      return 'expected error: %s:, got %s' % (etype, first_diag(text))
    return None
  if not compiled:
    return 'compile failed (%s): %s' % (describe(status),
                                         first_line(err or out))

  status, out, err, secs = run([exe], tdir, opts.timeout)
  opts.result.run_secs += secs
  line = first_error_line(err)
  if phase in ('runtime', 'resolution'):
    if status == 0:
      return 'expected %s, but exited 0' % etype
    if not isinstance(status, int) or status < 0:
      return describe(status)
    # `Test262Error: m`, `Error [CODE]: m`, or an object node prints
    # inspected, as `Test262Error { message: '' }` (no Error subclass)
    if line is None or not re.match(re.escape(etype) + r'(:|$| \[| \{)', line):
      return 'expected %s, got %s' % (etype, line or first_line(err) or
                                      describe(status))
    return None
  if 'async' in meta['flags']:
    text = out.decode('utf-8', 'replace')
    if 'Test262:AsyncTestFailure' in text:
      return text[text.index('Test262:AsyncTestFailure'):].splitlines()[0]
    if 'Test262:AsyncTestComplete' not in text:
      return 'no Test262:AsyncTestComplete (%s) %s' % (
        describe(status), line or first_line(err))
    return None
  if status != 0:
    return '%s: %s' % (describe(status), line or first_line(err))
  return None


def run_test(rel, root, harness, opts, work):
  res = Result(rel)
  path = os.path.join(root, 'test', rel)
  try:
    test_src = read_text(path)
    meta = parse_meta(test_src)
    # Per-call copy of opts with the test's own fields.
    topts = argparse.Namespace(**vars(opts))
    topts.test_src = test_src
    topts.result = res
    for vname, strict in variants(meta):
      why = run_variant(path, rel, meta, strict, vname, harness, topts, work)
      if why:
        res.ok = False
        res.why = '[%s] %s' % (vname, why)
        break   # both variants must pass; skip the second
  except FileNotFoundError:
    res.ok, res.why = False, 'no such test'
  except Exception as e:   # a runner bug must not stop the run
    res.ok, res.why = False, 'runner error: %s: %s' % (type(e).__name__, e)
  if not opts.keep:
    flat = rel.replace('/', '__')[:-3]
    for v in ('raw', 'module', 'strict', 'sloppy'):
      shutil.rmtree(os.path.join(work, flat + '.' + v), ignore_errors=True)
  return res


# --- selection and reporting ------------------------------------------------------

def all_tests(root, filters):
  base = os.path.join(root, 'test')
  out = []
  for dirpath, dirnames, filenames in os.walk(base):
    dirnames.sort()
    for f in sorted(filenames):
      if f.endswith('.js') and '_FIXTURE' not in f:
        rel = os.path.relpath(os.path.join(dirpath, f), base)
        rel = rel.replace(os.sep, '/')
        if not filters or any(x in rel for x in filters):
          out.append(rel)
  return out


def read_list(path):
  if not os.path.exists(path):
    return []
  names = []
  with open(path) as f:
    for line in f:
      line = line.split('#', 1)[0].strip()
      if line:
        names.append(line)
  return names


def group_of(rel, depth):
  parts = rel.split('/')
  return '/'.join(parts[:min(depth, len(parts) - 1)])


def print_table(results, depth):
  groups = {}
  for r in results:
    g = groups.setdefault(group_of(r.rel, depth), [0, 0])
    g[1] += 1
    g[0] += r.ok
  width = max([len(g) for g in groups] + [5])
  print('%-*s %7s %7s %6s' % (width, 'folder', 'passed', 'total', '%'))
  for g in sorted(groups):
    p, n = groups[g]
    print('%-*s %7d %7d %5.1f%%' % (width, g, p, n, 100.0 * p / n))
  p = sum(r.ok for r in results)
  n = len(results)
  print('%-*s %7d %7d %5.1f%%' % (width, 'TOTAL', p, n,
                                  100.0 * p / n if n else 0))


def main():
  ap = argparse.ArgumentParser(description='Run test262 with kiln.')
  ap.add_argument('filters', nargs='*',
                  help='--all: only paths (relative to test/) containing one')
  ap.add_argument('--list', help='run the tests named in this file; all must '
                  'pass')
  ap.add_argument('--all', action='store_true',
                  help='run every test (or those matching the filters)')
  ap.add_argument('--write-list', nargs='?', const='',
                  help='with --all: write the passing tests to this file '
                       '(default tests/test262/passing.txt)')
  ap.add_argument('--kiln', default=os.path.join(REPO, 'build', 'bin', 'kiln'))
  ap.add_argument('--kflags', default='', help='extra kiln build options')
  ap.add_argument('--test262', default=None,
                  help='test262 folder (default $KILN_SHARED/test262 or '
                       '../shared/test262)')
  ap.add_argument('-j', '--jobs', type=int, default=os.cpu_count() or 2)
  ap.add_argument('--timeout', type=float, default=10)
  ap.add_argument('--compile-timeout', type=float, default=60)
  ap.add_argument('--sample', type=int, default=0,
                  help='run only N of the selected tests, a fixed choice by '
                       'hash of the path (keeps CI time bounded)')
  ap.add_argument('--depth', type=int, default=2,
                  help='folder depth of the --all table (default 2)')
  ap.add_argument('--work-dir', default=None)
  ap.add_argument('--keep', action='store_true',
                  help='keep generated sources and executables')
  ap.add_argument('-v', '--verbose', action='store_true',
                  help='print every result and the slowest compiles')
  opts = ap.parse_args()
  opts.kflags = opts.kflags.split()
  # Thousands of test builds: tcc compiles the generated C ~20x faster than
  # gcc -O0 (KILN_TEST262_CC overrides; set it empty to use kiln's default).
  test_cc = os.environ.get('KILN_TEST262_CC', 'tcc')
  if test_cc and shutil.which(test_cc) and '--cc' not in opts.kflags:
    opts.kflags += ['--cc', test_cc]
  # ... and linked against libkiln_rt.so: a link then takes 0.01 s, not the
  # 0.07 s of the static runtime (KILN_TEST262_SHARED=0 links statically).
  if os.environ.get('KILN_TEST262_SHARED', '1') != '0' and '--static' not in opts.kflags:
    opts.kflags += ['--shared-runtime']
  opts.kiln = os.path.abspath(opts.kiln)
  if not opts.list and not opts.all:
    opts.list = os.path.join(HERE, 'passing.txt')

  root = opts.test262 or os.path.join(shared_dir(), 'test262')
  if not os.path.isdir(os.path.join(root, 'test')):
    print('test262 not found at %s (set KILN_SHARED); skipped' % root)
    return SKIP
  harness = Harness(root)

  if opts.all:
    tests = all_tests(root, opts.filters)
  else:
    tests = read_list(opts.list)
    if opts.filters:
      tests = [t for t in tests if any(f in t for f in opts.filters)]
  if opts.sample and len(tests) > opts.sample:
    print('running a fixed sample of %d of the %d selected tests'
          % (opts.sample, len(tests)))
    tests = sorted(tests, key=lambda t: hashlib.sha1(t.encode()).digest())
    tests = sorted(tests[:opts.sample])
  if not tests:
    print('no tests selected')
    print('0 passed, 0 failed')
    return 0
  if not os.access(opts.kiln, os.X_OK):
    print('warning: %s is missing or not executable; every test will fail'
          % opts.kiln)

  if opts.work_dir:
    work = os.path.abspath(opts.work_dir)
    os.makedirs(work, exist_ok=True)
  else:
    work = tempfile.mkdtemp(prefix='kiln-test262.')
  t0 = time.monotonic()
  results = []
  try:
    with concurrent.futures.ThreadPoolExecutor(max(1, opts.jobs)) as pool:
      futs = [pool.submit(run_test, rel, root, harness, opts, work)
              for rel in tests]
      for i, fut in enumerate(concurrent.futures.as_completed(futs)):
        r = fut.result()
        results.append(r)
        if opts.verbose:
          print('%s %s %s' % ('ok  ' if r.ok else 'FAIL', r.rel, r.why),
                flush=True)
        elif opts.all and sys.stdout.isatty() and i % 50 == 0:
          print('\r%d/%d' % (i, len(tests)), end='', flush=True)
  finally:
    if opts.keep:
      print('kept sources and executables in ' + work)
    elif not opts.work_dir:
      shutil.rmtree(work, ignore_errors=True)
  wall = time.monotonic() - t0
  if opts.all and sys.stdout.isatty() and not opts.verbose:
    print('\r', end='')
  results.sort(key=lambda r: r.rel)

  failed = [r for r in results if not r.ok]
  if opts.all:
    print_table(results, opts.depth)
    if failed and not opts.verbose:
      print('(%d failures; -v lists them with reasons)' % len(failed))
  else:
    for r in failed:
      print('FAIL %s: %s' % (r.rel, r.why))
  csecs = [r.compile_secs for r in results]
  rsecs = sum(r.run_secs for r in results)
  print('time: %.1f s wall with -j%d; compile %.1f s total (%.3f s per '
        'test), run %.1f s total' % (wall, opts.jobs, sum(csecs),
                                    sum(csecs) / len(csecs), rsecs))
  if opts.verbose:
    for r in sorted(results, key=lambda r: -r.compile_secs)[:5]:
      print('  slow compile: %.2f s %s' % (r.compile_secs, r.rel))

  if opts.all and opts.write_list is not None:
    path = opts.write_list or os.path.join(HERE, 'passing.txt')
    keep = set(read_list(path)) - set(tests)   # not run this time: keep
    names = sorted(keep | {r.rel for r in results if r.ok})
    with open(path, 'w') as f:
      f.write('# test262 tests (relative to test/) that must pass in CI.\n'
              '# Regenerate: tests/test262/run.py --all --write-list\n')
      for n in names:
        f.write(n + '\n')
    print('wrote %d names to %s' % (len(names), path))

  print('%d passed, %d failed' % (len(results) - len(failed), len(failed)))
  if opts.all:
    return 0   # exploring, not gating
  return 1 if failed else 0


if __name__ == '__main__':
  sys.exit(main())
