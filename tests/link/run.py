#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
#
# run.py: the ways kiln links an executable, each checked end to end: the
# default (libkiln_rt.a, plus libkiln_node.a when the program uses node's
# modules), --static (no dynamic loader at all), --shared-runtime
# (libkiln_rt.so) and tcc as the C compiler when it is installed. Every
# program here must print what node printed (<name>.expected).
#
#   tests/link/run.py --kiln build/bin/kiln [--work-dir DIR]
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))


def elf_interp(path):
  """True when the ELF file has a PT_INTERP header (needs ld.so)."""
  with open(path, 'rb') as f:
    data = f.read(1 << 16)
  if data[:4] != b'\x7fELF' or data[4] != 2:
    raise ValueError('%s: not a 64-bit ELF file' % path)
  little = data[5] == 1
  order = 'little' if little else 'big'
  phoff = int.from_bytes(data[0x20:0x28], order)
  phentsize = int.from_bytes(data[0x36:0x38], order)
  phnum = int.from_bytes(data[0x38:0x3a], order)
  for i in range(phnum):
    off = phoff + i * phentsize
    if int.from_bytes(data[off:off + 4], order) == 3:  # PT_INTERP
      return True
  return False


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument('--kiln', required=True)
  ap.add_argument('--work-dir', default=None)
  opts = ap.parse_args()
  work = opts.work_dir or tempfile.mkdtemp(prefix='kiln-link-')
  os.makedirs(work, exist_ok=True)
  modes = [('default', []), ('static', ['--static']),
           ('shared-runtime', ['--shared-runtime'])]
  if shutil.which('tcc'):
    modes += [('tcc', ['--cc', 'tcc']),
              ('tcc-shared-runtime', ['--cc', 'tcc', '--shared-runtime'])]
  passed = failed = 0
  for prog in ('hello', 'platform'):
    src = os.path.join(HERE, prog + '.js')
    with open(os.path.join(HERE, prog + '.expected'), 'rb') as f:
      want = f.read()
    for name, flags in modes:
      exe = os.path.join(work, '%s-%s' % (prog, name))
      what = '%s %s' % (prog, name)
      b = subprocess.run([opts.kiln, 'build'] + flags + [src, '-o', exe],
                         capture_output=True, timeout=300)
      why = None
      if b.returncode != 0:
        why = 'build failed: %s' % b.stderr.decode(errors='replace').strip()[-400:]
      else:
        r = subprocess.run([exe], capture_output=True, timeout=60, cwd=work)
        if r.returncode != 0 or r.stdout != want:
          why = 'exit %d, stdout %r, stderr %r' % (r.returncode, r.stdout[:200],
                                                   r.stderr[:200])
        elif name == 'static' and elf_interp(exe):
          why = '--static produced an executable that needs the dynamic loader'
        elif name != 'static' and not elf_interp(exe):
          why = 'expected a dynamically linked executable'
      if why:
        failed += 1
        print('FAIL %s: %s' % (what, why))
      else:
        passed += 1
        print('ok   %s' % what)
  for what, why in list(launcher_checks(opts.kiln, work)) + list(scale_checks(opts.kiln, work)):
    if why:
      failed += 1
      print('FAIL %s: %s' % (what, why))
    else:
      passed += 1
      print('ok   %s' % what)
  print('%d passed, %d failed' % (passed, failed))
  return 1 if failed else 0


def ccache_hits(env):
  out = subprocess.run(['ccache', '--print-stats'], env=env, capture_output=True,
                       text=True).stdout
  hits = 0
  for line in out.splitlines():
    key, _, value = line.partition('\t')
    if key in ('direct_cache_hit', 'preprocessed_cache_hit'):
      hits += int(value or 0)
  return hits


def launcher_checks(kiln, work):
  """Yields (what, failure or None): the command line's exit codes, and a
  build through $KILN_CC_LAUNCHER=ccache that hits ccache's cache."""
  src = os.path.join(HERE, 'platform.js')
  r = subprocess.run([kiln, 'build', '--no-such-option', src], capture_output=True)
  yield 'bad usage exits 2', None if r.returncode == 2 else 'exit %d' % r.returncode
  r = subprocess.run([kiln, 'build', src, '-o', '-'], capture_output=True)
  yield '-o - is refused', (None if r.returncode == 2 and b'standard output' in r.stderr
                            else 'exit %d %r' % (r.returncode, r.stderr[-200:]))
  r = subprocess.run([kiln, 'run', '--target', 'aarch64-linux-gnu', src], capture_output=True)
  yield 'kiln run --target is refused', (None if r.returncode == 2 else
                                         'exit %d %r' % (r.returncode, r.stderr[-200:]))
  r = subprocess.run([kiln, 'build', '--target', 'nosuch-linux-gnu', src, '-o',
                      os.path.join(work, 'nosuch')], capture_output=True)
  yield 'a target without a runtime is a clear error', (
      None if r.returncode == 1 and b"no Kiln runtime for target 'nosuch-linux-gnu'" in r.stderr
      else 'exit %d %r' % (r.returncode, r.stderr[-200:]))
  # $KILN_CC over $CC, $CFLAGS on the compile (a macro the C must see) and
  # $LDFLAGS on the link (a linker option that leaves a mark: a map file).
  hello = os.path.join(HERE, 'hello.js')
  mapfile = os.path.join(work, 'ldflags.map')
  env = dict(os.environ, KILN_CC='cc', CC='no-such-cc', CFLAGS='-DKILN_CFLAGS_SEEN=1 -O1',
             LDFLAGS='-Wl,-Map=' + mapfile, XDG_CACHE_HOME=os.path.join(work, 'xdg-flags'))
  b = subprocess.run([kiln, 'build', '-v', hello, '-o', os.path.join(work, 'flags')],
                     env=env, capture_output=True, timeout=300)
  err = b.stderr.decode(errors='replace')
  why = None
  if b.returncode != 0:
    why = 'build failed: %s' % err[-300:]
  elif '-DKILN_CFLAGS_SEEN=1' not in err or not os.path.exists(mapfile):
    why = 'CFLAGS or LDFLAGS not passed: %s' % err[-300:]
  yield 'KILN_CC over CC, CFLAGS and LDFLAGS honoured', why
  if not shutil.which('ccache'):
    return
  env = dict(os.environ, KILN_CC_LAUNCHER='ccache', CCACHE_DIR=os.path.join(work, 'ccache'))
  env.pop('CCACHE_DISABLE', None)
  # Two modules: compiled with -c (ccache caches compiles, not links).
  src = os.path.join(work, 'ccache-main.js')
  with open(src, 'w') as f:
    f.write("console.log(require('./ccache-dep.js')(20));\n")
  with open(os.path.join(work, 'ccache-dep.js'), 'w') as f:
    f.write('module.exports = (n) => n + 1;\n')
  why = None
  for i in range(2):
    # A fresh kiln cache each time, so kiln hands every unit to ccache.
    env['XDG_CACHE_HOME'] = os.path.join(work, 'xdg%d' % i)
    exe = os.path.join(work, 'ccache%d' % i)
    b = subprocess.run([kiln, 'build', src, '-o', exe], env=env, capture_output=True,
                       timeout=300)
    if b.returncode != 0:
      why = 'build failed: %s' % b.stderr.decode(errors='replace')[-300:]
      break
    r = subprocess.run([exe], capture_output=True, timeout=60)
    if r.stdout != b'21\n':
      why = 'the executable printed %r' % r.stdout[:100]
      break
  if not why and ccache_hits(env) == 0:
    why = 'the second build did not hit ccache'
  yield 'KILN_CC_LAUNCHER=ccache: a rebuild hits its cache', why


# CPU seconds (kiln and the C compiler) one huge generated program may take
# to build. Before kiln split huge functions, a 20,000-term expression took
# about 175 CPU seconds in gcc and a 20,000-key object literal about 105;
# now both take about 10: the bound is generous against machine load and
# still far below the old times.
SCALE_CPU_BOUND = 60.0


def scale_checks(kiln, work):
  """Yields (what, failure or None): huge functions build in bounded time and
  run right (compiler/emit/emit_c.c splits them into chunks), and a program
  forced through the split at every function runs as node ran it."""
  n = 20000
  progs = [
      ('20,000-term expression', 'let x = ' + ' + '.join(['1'] * n) + ';\nconsole.log(x);\n',
       b'%d\n' % n),
      ('20,000-element array literal',
       'const a = [' + ', '.join(str(i) for i in range(n)) + '];\n'
       'console.log(a.length, a[%d]);\n' % (n - 1), b'%d %d\n' % (n, n - 1)),
      ('20,000-key object literal',
       'const o = {' + ', '.join('k%d: %d' % (i, i) for i in range(n)) + '};\n'
       'console.log(Object.keys(o).length, o.k%d);\n' % (n - 1), b'%d %d\n' % (n, n - 1)),
  ]
  for i, (what, text, want) in enumerate(progs):
    src = os.path.join(work, 'scale%d.js' % i)
    with open(src, 'w') as f:
      f.write(text)
    exe = os.path.join(work, 'scale%d' % i)
    env = dict(os.environ, XDG_CACHE_HOME=os.path.join(work, 'xdg-scale'))
    before = os.times()
    b = subprocess.run([kiln, 'build', src, '-o', exe], env=env, capture_output=True,
                       timeout=1200)
    after = os.times()
    cpu = (after.children_user - before.children_user +
           after.children_system - before.children_system)
    why = None
    if b.returncode != 0:
      why = 'build failed: %s' % b.stderr.decode(errors='replace')[-300:]
    elif cpu > SCALE_CPU_BOUND:
      why = 'the build took %.1f CPU seconds (bound %.0f)' % (cpu, SCALE_CPU_BOUND)
    else:
      r = subprocess.run([exe], capture_output=True, timeout=60)
      if r.returncode != 0 or r.stdout != want:
        why = 'exit %d, stdout %r' % (r.returncode, r.stdout[:100])
    yield '%s builds in bounded time (%.1f CPU s) and runs' % (what, cpu), why
  # Every function split into chunks of ten instructions.
  src = os.path.join(HERE, 'chunks.js')
  with open(os.path.join(HERE, 'chunks.expected'), 'rb') as f:
    want = f.read()
  exe = os.path.join(work, 'chunks')
  env = dict(os.environ, KILN_CHUNK_MIN='40')
  b = subprocess.run([kiln, 'build', src, '-o', exe], env=env, capture_output=True,
                     timeout=300)
  why = None
  if b.returncode != 0:
    why = 'build failed: %s' % b.stderr.decode(errors='replace')[-300:]
  else:
    r = subprocess.run([exe], capture_output=True, timeout=60, cwd=work)
    if r.returncode != 0 or r.stdout != want:
      why = 'exit %d, stdout %r' % (r.returncode, r.stdout[-200:])
  yield 'chunks (every function split) runs as node does', why


if __name__ == '__main__':
  sys.exit(main())
