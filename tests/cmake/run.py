#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
#
# run.py: kiln as a CMake package. Installs kiln's build into a temporary
# prefix, then builds samples/cmake (find_package(Kiln), kiln_add_executable)
# with each generator there is (Ninja, Unix Makefiles) and checks:
#   - the executables run and print what the program prints; the STATIC one
#     has no program interpreter (fully static);
#   - ctest runs the project's add_test; install(TARGETS) installs them;
#   - a build with no change runs nothing; touching a module the entry
#     imports (its depfile) recompiles and relinks.
# and samples/cmake_lib (kiln_add_library, STATIC and SHARED): the C
# program calc prints samples/cmake_lib/expected.txt with either library,
# and the same rebuild checks. Without CMake, embed_errors.c calls
# embed_errors.mjs built with `kiln build --emit=lib` (a shared library):
# exceptions thrown in calls, timers, ticks and rejections reach C as errors.
#
#   tests/cmake/run.py --build-dir build
import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time

sys.dont_write_bytecode = True
HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))
sys.path.insert(0, os.path.join(REPO, 'tests', 'link'))
from run import elf_interp  # noqa: E402  (tests/link/run.py)

EXPECTED = 'Hello, CMake! (3 modules)\n'
LIB_SAMPLE = os.path.join(REPO, 'samples', 'cmake_lib')


def run(cmd, cwd=None, env=None):
  p = subprocess.run(cmd, cwd=cwd, env=env, stdout=subprocess.PIPE,
                     stderr=subprocess.STDOUT, text=True, timeout=600)
  return p.returncode, p.stdout


# kiln_add_library: calc and calc_shared print expected.txt; no-change and
# depfile rebuilds as for executables.
def check_library(gen, src, bld, check):
  if not bld:
    return
  with open(os.path.join(LIB_SAMPLE, 'expected.txt')) as f:
    expected = f.read()
  for exe in ('calc', 'calc_shared'):
    rc, got = run([os.path.join(bld, exe)])
    check(rc == 0 and got == expected, '%s: %s calls the library (%s)' % (gen, exe, exe),
          'exit %d, got:\n%s' % (rc, got))
  rc, out = run(['cmake', '--build', bld])
  check(rc == 0 and 'with kiln' not in out and 'Linking' not in out,
        '%s: a library build with no change does nothing' % gen, out)
  time.sleep(1.1)
  with open(os.path.join(src, 'src', 'util.mjs'), 'w') as f:
    f.write('export const scale = (x, k) => x * k + 1;\n')
  rc, out = run(['cmake', '--build', bld])
  rc2, got = run([os.path.join(bld, 'calc')])
  check(rc == 0 and 'with kiln' in out and 'doubleLater(21) = 43' in got,
        '%s: editing a module the library imports rebuilds it (depfile)' % gen, out + got)


def check_embed_errors(prefix, work, check):
  d = os.path.join(work, 'embed')
  os.mkdir(d)
  rc, out = run([os.path.join(prefix, 'bin', 'kiln'), 'build', '--emit=lib',
                 os.path.join(HERE, 'embed_errors.mjs'), '-o', 'libembed_errors.so',
                 '--header', 'embed_errors.h'], cwd=d)
  if not check(rc == 0, 'kiln build --emit=lib -o libembed_errors.so --header', out):
    return
  rc, out = run(['cc', '-Wall', '-Werror', '-I.', '-I' + os.path.join(prefix, 'include', 'kiln'),
                 os.path.join(HERE, 'embed_errors.c'), '-L.', '-lembed_errors',
                 '-Wl,-rpath=' + d, '-o', 'embed_errors'], cwd=d)
  if not check(rc == 0, 'a C program compiles against the generated header', out):
    return
  rc, out = run([os.path.join(d, 'embed_errors')], cwd=d)
  check(rc == 0 and out.endswith('0 failed\n'),
        'JavaScript errors reach C as errors (embed_errors.c)', out)


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument('--build-dir', required=True, help="kiln's CMake build tree")
  opts = ap.parse_args()
  failures = []

  def check(ok, what, detail=''):
    print('%s %s' % ('ok  ' if ok else 'FAIL', what))
    if not ok:
      failures.append(what)
      if detail:
        print('    ' + detail.strip().replace('\n', '\n    ')[-3000:])
    return ok

  work = tempfile.mkdtemp(prefix='kiln-cmake-')
  try:
    prefix = os.path.join(work, 'prefix')
    rc, out = run(['cmake', '--install', opts.build_dir, '--prefix', prefix])
    if not check(rc == 0 and os.path.isfile(
        os.path.join(prefix, 'lib', 'cmake', 'Kiln', 'KilnConfig.cmake')),
        'cmake --install puts kiln and lib/cmake/Kiln in the prefix', out):
      return 1
    for f in ('bin/kiln', 'lib/libkiln_rt.a', 'lib/libkiln_node.a', 'include/kiln/kiln.h',
              'include/kiln/kiln_embed.h',
              'lib/cmake/Kiln/KilnConfigVersion.cmake'):
      check(os.path.isfile(os.path.join(prefix, f)), 'installed ' + f)

    check_embed_errors(prefix, work, check)
    gens = ['Unix Makefiles'] + (['Ninja'] if shutil.which('ninja') else [])

    def configure_and_build(gen, sample, tag):
      src = os.path.join(work, 'src-' + tag)
      shutil.copytree(sample, src)
      bld = os.path.join(work, 'build-' + tag)
      rc, out = run(['cmake', '-S', src, '-B', bld, '-G', gen,
                     '-DCMAKE_PREFIX_PATH=' + prefix, '-DCMAKE_BUILD_TYPE=Release'])
      if not check(rc == 0, '%s: configure %s with find_package(Kiln)' % (gen, tag), out):
        return None, None
      rc, out = run(['cmake', '--build', bld])
      if not check(rc == 0, '%s: build %s' % (gen, tag), out):
        return None, None
      return src, bld

    for gen in gens:
      tag = gen.split()[-1].lower()
      check_library(gen, *configure_and_build(gen, LIB_SAMPLE, 'lib-' + tag), check)
      src, bld = configure_and_build(gen, os.path.join(REPO, 'samples', 'cmake'), tag)
      if not bld:
        continue
      for exe in ('greet', 'greet_static'):
        rc, got = run([os.path.join(bld, exe)])
        check(rc == 0 and got == EXPECTED, '%s: %s prints the program\'s output' % (gen, exe),
              'got %r' % got)
      check(not elf_interp(os.path.join(bld, 'greet_static')),
            '%s: STATIC is fully static' % gen)
      check(elf_interp(os.path.join(bld, 'greet')), '%s: the default links dynamically' % gen)
      rc, out = run(['ctest', '--test-dir', bld])
      check(rc == 0, '%s: ctest runs add_test on the target' % gen, out)
      rc, out = run(['cmake', '--build', bld])
      check(rc == 0 and 'with kiln' not in out and 'Linking' not in out,
            '%s: a build with no change does nothing' % gen, out)
      time.sleep(1.1)   # make compares whole-second mtimes on some systems
      mod = os.path.join(src, 'src', 'lib', 'count.mjs')
      with open(mod, 'w') as f:
        f.write('export const count = () => 4;\n')
      rc, out = run(['cmake', '--build', bld])
      rc2, got = run([os.path.join(bld, 'greet')])
      check(rc == 0 and 'with kiln' in out and got == EXPECTED.replace('3', '4'),
            '%s: editing an imported module rebuilds (depfile)' % gen, out + got)
      inst = os.path.join(work, 'inst-' + tag)
      rc, out = run(['cmake', '--install', bld, '--prefix', inst])
      rc2, got = run([os.path.join(inst, 'bin', 'greet')])
      check(rc == 0 and rc2 == 0 and got.startswith('Hello, CMake!'),
            '%s: install(TARGETS) installs a working executable' % gen, out + got)
  finally:
    shutil.rmtree(work, ignore_errors=True)
  print('%d failed' % len(failures) if failures else 'all passed')
  return 1 if failures else 0


if __name__ == '__main__':
  sys.exit(main())
