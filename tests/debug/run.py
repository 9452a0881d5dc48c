#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
#
# run.py: source-level debugging of a kiln executable (issue 11). app.js is
# built with -g (at -O0 and at -O2); gdb, in batch mode, breaks
# at a JS line (`break app.js:2`), and the backtrace must show the JS
# functions (kiln's C names carry them: jsf_<module>_<n>_<name>) at their JS
# lines: square at app.js:2 called from main at app.js:7, called from the
# module's top level at app.js:10.
#
#   tests/debug/run.py --kiln build/bin/kiln [--work-dir DIR]
import argparse
import os
import re
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
# (function name, JS line) of frames #0, #1, #2.
WANT = [('square', 2), ('main', 7), ('main', 10)]


def main():
  ap = argparse.ArgumentParser()
  ap.add_argument('--kiln', required=True)
  ap.add_argument('--work-dir', default=None)
  opts = ap.parse_args()
  if not shutil.which('gdb'):
    print('FAIL: gdb is not installed (scripts/setup.sh installs it)')
    return 1
  work = opts.work_dir or tempfile.mkdtemp(prefix='kiln-debug-')
  os.makedirs(work, exist_ok=True)
  src = os.path.join(HERE, 'app.js')
  passed = failed = 0
  for level in ('-O0', '-O2'):
    exe = os.path.join(work, 'app' + level)
    b = subprocess.run([opts.kiln, 'build', '-g', level, src, '-o', exe],
                       capture_output=True, timeout=300)
    if b.returncode != 0:
      print('FAIL %s: kiln build -g failed\n%s' % (level, b.stderr.decode(errors='replace')))
      failed += 1
      continue
    g = subprocess.run(['gdb', '-nx', '-batch', '-ex', 'break app.js:2', '-ex', 'run',
                        '-ex', 'bt', exe], capture_output=True, timeout=120,
                       stdin=subprocess.DEVNULL)
    out = g.stdout.decode(errors='replace')
    frames = {}
    for m in re.finditer(r'^#(\d+)\s+(?:0x[0-9a-f]+ in )?(\S+) \(.*\) at (\S+):(\d+)$', out, re.M):
      frames[int(m.group(1))] = (m.group(2), os.path.basename(m.group(3)), int(m.group(4)))
    ok = True
    for i, (fn, line) in enumerate(WANT):
      got = frames.get(i)
      if not got or not got[0].endswith('_' + fn) or got[1] != 'app.js' or got[2] != line:
        print('FAIL %s: frame #%d is %s, want %s at app.js:%d' % (level, i, got, fn, line))
        ok = False
    if 'Breakpoint 1, ' not in out:
      print('FAIL %s: the breakpoint at app.js:2 was not hit' % level)
      ok = False
    if ok:
      print('ok   %s: break app.js:2, bt %s' % (level, ' <- '.join(
          '%s app.js:%d' % (f, l) for f, l in WANT)))
      passed += 1
    else:
      print(out[-3000:])
      failed += 1
  print('%d passed, %d failed' % (passed, failed))
  return 1 if failed else 0


if __name__ == '__main__':
  sys.exit(main())
