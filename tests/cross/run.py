#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
#
# run.py: cross-compiled executables (issue 11). For each target whose
# runtime scripts/setup.sh --target built (build/lib/<triplet>/), kiln builds
# programs with --target, dynamically and with --static, checks the ELF
# machine, and runs them under qemu-user (qemu-<arch>-static), comparing
# stdout and exit status with what node printed (<name>.expected beside each
# program). A target asked for with --target but not built is a failure,
# with the command that builds it.
#
#   tests/cross/run.py --kiln build/bin/kiln [--target aarch64-linux-gnu] [--work-dir DIR]
import argparse
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

# ELF e_machine of each supported target.
MACHINES = {'aarch64-linux-gnu': 183}

# The samples plus programs that link node's archive (fs, crypto, zlib, URL).
PROGRAMS = [os.path.join(ROOT, 'samples', n + '.js')
            for n in ('hello', 'primes', 'inventory', 'word_freq')] + \
           [os.path.join(ROOT, 'tests', 'link', 'platform.js'),
            os.path.join(HERE, 'arch.js')]


def elf_info(path):
  """(e_machine, has PT_INTERP) of a 64-bit little-endian ELF file."""
  with open(path, 'rb') as f:
    data = f.read(1 << 16)
  if data[:4] != b'\x7fELF' or data[4] != 2 or data[5] != 1:
    raise ValueError('%s: not a 64-bit little-endian ELF file' % path)
  machine = int.from_bytes(data[0x12:0x14], 'little')
  phoff = int.from_bytes(data[0x20:0x28], 'little')
  phentsize = int.from_bytes(data[0x36:0x38], 'little')
  phnum = int.from_bytes(data[0x38:0x3a], 'little')
  interp = any(int.from_bytes(data[phoff + i * phentsize:phoff + i * phentsize + 4],
                              'little') == 3 for i in range(phnum))
  return machine, interp


def expected(src):
  with open(os.path.splitext(src)[0] + '.expected', 'rb') as f:
    return f.read()


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument('--kiln', required=True)
  ap.add_argument('--target', action='append', default=None,
                  help='triplet (default: aarch64-linux-gnu)')
  ap.add_argument('--work-dir', default=None)
  opts = ap.parse_args()
  targets = opts.target or ['aarch64-linux-gnu']
  work = opts.work_dir or tempfile.mkdtemp(prefix='kiln-cross-')
  os.makedirs(work, exist_ok=True)
  libroot = os.path.join(os.path.dirname(os.path.dirname(os.path.abspath(opts.kiln))), 'lib')
  passed = failed = 0
  for t in targets:
    arch = t.split('-')[0]
    qemu = shutil.which('qemu-%s-static' % arch)
    if not os.path.exists(os.path.join(libroot, t, 'libkiln_rt.a')) or not qemu:
      print('FAIL %s: no runtime or no qemu for it; run: sudo scripts/setup.sh --target %s'
            % (t, t))
      failed += 1
      continue
    for src in PROGRAMS:
      want = expected(src)
      name = os.path.splitext(os.path.basename(src))[0]
      for mode, flags in (('dynamic', []), ('static', ['--static'])):
        exe = os.path.join(work, '%s-%s-%s' % (name, t, mode))
        what = '%s %s %s' % (name, t, mode)
        b = subprocess.run([opts.kiln, 'build', '--target', t] + flags + [src, '-o', exe],
                           capture_output=True, timeout=600)
        if b.returncode != 0:
          print('FAIL %s: kiln build failed\n%s' % (what, b.stderr.decode(errors='replace')))
          failed += 1
          continue
        machine, interp = elf_info(exe)
        if machine != MACHINES.get(t, machine) or interp == (mode == 'static'):
          print('FAIL %s: wrong ELF (machine %d, interpreter %s)' % (what, machine, interp))
          failed += 1
          continue
        r = subprocess.run([qemu, exe], capture_output=True, timeout=120,
                           cwd=os.path.dirname(src), stdin=subprocess.DEVNULL)
        if r.returncode != 0 or r.stdout != want:
          print('FAIL %s: exit %d, stdout %s' % (what, r.returncode,
                'differs' if r.stdout != want else 'ok'))
          sys.stdout.write(r.stderr.decode(errors='replace')[-2000:])
          failed += 1
          continue
        print('ok   %s' % what)
        passed += 1
  print('%d passed, %d failed' % (passed, failed))
  return 1 if failed else 0


if __name__ == '__main__':
  sys.exit(main())
