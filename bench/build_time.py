#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
#
# build_time.py: how long kiln takes to build whole programs, cold (empty
# kiln cache), after editing one module, and unchanged. Three programs:
#
#   esm300   a generated package of 300 ES modules (classes, loops, template
#            literals, object literals, imports between modules, re-exports
#            through index files), deterministic
#   acorn    tests/packages/acorn.js: acorn 8's dist/acorn.js, ~6,000 lines
#   lodash   a driver importing a dozen functions of lodash-es (~640 modules)
#
#   bench/build_time.py                   all three
#   bench/build_time.py esm300 -k build/bin/kiln --keep /tmp/x
#   bench/build_time.py --runs 3          best of 3 of each measurement
#
# Prints wall and CPU (user+sys of kiln and every compiler it runs)
# seconds and the C bytes kiln generated. The cache is a fresh
# $XDG_CACHE_HOME; ccache is kept out (KILN_CC_LAUNCHER unset). Each built
# program is run and its output compared with node's. bench/README.md.
import argparse
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(HERE)
PKGS = os.path.join(REPO, 'tests', 'packages')

NMOD = 300
GROUPS = 10  # index files re-exporting NMOD / GROUPS modules each


def module_text(i, edit=0):
  """Module i: a class, a loop, template literals, an object literal, and
  imports of up to three earlier modules (through their group's index or
  directly). [edit] changes one constant (the touch-one measurement)."""
  g = i % GROUPS
  deps = sorted({(i * 7 + 3) % i, (i * 13 + 5) % i, i // 2} - {i}) if i > 0 else []
  lines = []
  for d in deps:
    if d % GROUPS != g and d % 3 == 0:
      lines.append(f"import {{ Item{d} }} from '../g{d % GROUPS}/index.mjs';")
    else:
      lines.append(f"import {{ Item{d}, make{d} }} from '../g{d % GROUPS}/m{d:03d}.mjs';")
  lines.append(f"""
export const CONFIG{i} = {{ id: {i}, name: 'item{i}', tags: ['t{i % 5}', 'g{g}'], limit: {10 + i % 17 + edit},
  nested: {{ on: {str(i % 2 == 0).lower()}, ratio: {i % 9}.5 }} }};

export class Item{i} {{
  #count = 0;
  constructor(label, weight = {i % 11}) {{
    this.label = label;
    this.weight = weight;
    this.parts = [];
  }}
  add(x) {{
    this.#count++;
    this.parts.push(typeof x === 'number' ? x * this.weight : String(x).length);
    return this;
  }}
  get total() {{
    let s = 0;
    for (const p of this.parts) s += p;
    return s;
  }}
  describe() {{
    return `Item{i}(${{this.label}}): ${{this.parts.length}} parts, total ${{this.total}}, count ${{this.#count}}`;
  }}
  static from(list) {{
    const it = new Item{i}('from' + list.length);
    for (let k = 0; k < list.length; k++) {{
      if (list[k] == null) continue;
      it.add(list[k]);
    }}
    return it;
  }}
}}

export function make{i}(n) {{
  const out = [];
  for (let k = 0; k < n; k++) {{
    const o = {{ k, sq: k * k, label: `m{i}-${{k}}`, even: k % 2 === 0 }};
    if (o.even) out.push(o);
    else out.push({{ ...o, odd: true }});
  }}
  return out;
}}

export function run{i}() {{
  const it = Item{i}.from(make{i}(CONFIG{i}.limit % 7 + 2).map(o => o.sq));""")
  for d in deps:
    if d % GROUPS != g and d % 3 == 0:
      lines.append(f"  it.add(new Item{d}('dep').add({d}).total);")
    else:
      lines.append(f"  it.add(make{d}(3).length).add(new Item{d}('d{d}').add(1).total);")
  lines.append(f"""  const summary = Object.entries(CONFIG{i}.nested).map(([k, v]) => `${{k}}=${{v}}`).join(',');
  return `${{it.describe()}} [${{summary}}]`;
}}

export default Item{i};
""")
  return '\n'.join(lines)


def write_esm300(root, edit=0):
  """Writes the package under root (overwriting); returns the entry."""
  for g in range(GROUPS):
    os.makedirs(os.path.join(root, f'g{g}'), exist_ok=True)
  for i in range(NMOD):
    write_if_changed(os.path.join(root, f'g{i % GROUPS}', f'm{i:03d}.mjs'),
                     module_text(i, edit if i == NMOD // 2 else 0))
  for g in range(GROUPS):
    mods = [i for i in range(NMOD) if i % GROUPS == g]
    text = ''.join(f"export * from './m{i:03d}.mjs';\n" for i in mods)
    text += ''.join(f"export {{ default as Default{i} }} from './m{i:03d}.mjs';\n" for i in mods[:3])
    write_if_changed(os.path.join(root, f'g{g}', 'index.mjs'), text)
  main = [f"import * as g{g} from './g{g}/index.mjs';" for g in range(GROUPS)]
  main.append('let h = 0;')
  main.append(f'for (let i = 0; i < {NMOD}; i++) {{')
  main.append(f'  const s = [{", ".join(f"g{g}" for g in range(GROUPS))}][i % {GROUPS}][`run${{i}}`]();')
  main.append('  for (let k = 0; k < s.length; k++) h = (h * 31 + s.charCodeAt(k)) >>> 0;')
  main.append('  if (i % 50 === 0) console.log(s);')
  main.append('}')
  main.append("console.log('hash', h, Object.keys(g0).length);")
  entry = os.path.join(root, 'main.mjs')
  write_if_changed(entry, '\n'.join(main) + '\n')
  return entry


def write_if_changed(path, text):
  try:
    with open(path) as f:
      if f.read() == text:
        return
  except OSError:
    pass
  with open(path, 'w') as f:
    f.write(text)


def lodash_driver(root):
  entry = os.path.join(root, 'lodash_driver.mjs')
  link_node_modules(root)
  with open(entry, 'w') as f:
    f.write("""import { chunk, debounce, groupBy, sortBy, uniq, merge, cloneDeep, camelCase,
  kebabCase, get, set, partition } from 'lodash-es';
const data = [{ a: 1, k: 'x' }, { a: 3, k: 'y' }, { a: 2, k: 'x' }];
console.log(JSON.stringify(chunk([1, 2, 3, 4, 5], 2)), JSON.stringify(groupBy(data, 'k')));
console.log(JSON.stringify(sortBy(data, 'a')), uniq([1, 1, 2, 3, 3]).join());
const m = merge({ a: { b: 1 } }, { a: { c: 2 } });
console.log(JSON.stringify(m), JSON.stringify(cloneDeep(m)) === JSON.stringify(m));
console.log(camelCase('hello big world'), kebabCase('Hello Big World'));
const o = {}; set(o, 'x.y[0].z', 5); console.log(get(o, 'x.y[0].z'), typeof debounce(() => 0, 10));
console.log(JSON.stringify(partition([1, 2, 3, 4], n => n % 2)));
""")
  return entry


def link_node_modules(root):
  link = os.path.join(root, 'node_modules')
  if not os.path.lexists(link):
    os.symlink(os.path.join(PKGS, 'node_modules'), link)


def timed(cmd, env, cwd=None):
  """Runs cmd; returns (wall, cpu of it and its children)."""
  before = resource.getrusage(resource.RUSAGE_CHILDREN)
  t0 = time.monotonic()
  p = subprocess.run(cmd, env=env, cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                     text=True)
  wall = time.monotonic() - t0
  after = resource.getrusage(resource.RUSAGE_CHILDREN)
  if p.returncode != 0:
    sys.exit(f'failed: {" ".join(cmd)}\n{p.stdout}')
  cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
  return wall, cpu


def c_bytes(kiln, entry, env, out):
  """Total bytes of C kiln emits for the program (kiln emit-c)."""
  p = subprocess.run([kiln, 'emit-c', entry], env=env, stdout=subprocess.PIPE,
                     stderr=subprocess.DEVNULL)
  return len(p.stdout) if p.returncode == 0 else 0


def check_output(exe, entry, cwd):
  got = subprocess.run([exe], cwd=cwd, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                       timeout=60).stdout
  want = subprocess.run(['node', entry], cwd=cwd, stdout=subprocess.PIPE,
                        stderr=subprocess.STDOUT, timeout=60).stdout
  return 'ok' if got == want else 'DIFFERS'


def bench(name, kiln, work, runs, jobs):
  env = dict(os.environ)
  env.pop('KILN_CC_LAUNCHER', None)
  root = os.path.join(work, name)
  os.makedirs(root, exist_ok=True)
  if name == 'esm300':
    entry = write_esm300(root)
  elif name == 'acorn':
    entry = os.path.join(root, 'acorn.js')
    shutil.copy(os.path.join(PKGS, 'acorn.js'), entry)
    link_node_modules(root)
  else:
    entry = lodash_driver(root)
  with open(entry) as f:
    original = f.read()
  exe = os.path.join(root, 'prog')
  cmd = [kiln, 'build', entry, '-o', exe] + (['-j', str(jobs)] if jobs else [])
  res = {}
  for r in range(runs):
    cache = tempfile.mkdtemp(prefix='kiln-bt-cache-', dir=work)
    env['XDG_CACHE_HOME'] = cache
    if name == 'esm300':
      write_esm300(root)
    res.setdefault('cold', []).append(timed(cmd, env))
    if name == 'esm300':
      write_esm300(root, edit=1)
    else:
      write_if_changed(entry, original + 'globalThis.kilnEdit = 1;\n')
    res.setdefault('touch one', []).append(timed(cmd, env))
    res.setdefault('unchanged', []).append(timed(cmd, env))
    shutil.rmtree(cache)
  ok = check_output(exe, entry, os.path.dirname(entry))  # the edited program
  if name == 'esm300':
    write_esm300(root)
  write_if_changed(entry, original)
  cb = c_bytes(kiln, entry, env, exe)
  row = [name]
  for k in ('cold', 'touch one', 'unchanged'):
    best = min(res[k], key=lambda t: t[0])
    row += [f'{best[0]:.2f}', f'{best[1]:.2f}']
  row += [f'{cb / 1024:.0f}', ok]
  return row


def main():
  ap = argparse.ArgumentParser(description=__doc__)
  ap.add_argument('which', nargs='*', default=['esm300', 'acorn', 'lodash'])
  ap.add_argument('-k', '--kiln', default=os.path.join(REPO, 'build', 'bin', 'kiln'))
  ap.add_argument('--runs', type=int, default=1, help='best of N (default 1)')
  ap.add_argument('-j', '--jobs', type=int, default=0, help="kiln's -j (default: its own)")
  ap.add_argument('--keep', help='work in this folder and keep it')
  a = ap.parse_args()
  kiln = os.path.abspath(a.kiln)
  work = a.keep or tempfile.mkdtemp(prefix='kiln-build-time-')
  os.makedirs(work, exist_ok=True)
  hdr = ['program', 'cold wall', 'cold cpu', 'touch wall', 'touch cpu', 'same wall', 'same cpu',
         'C KiB', 'output']
  rows = []
  try:
    for w in a.which:
      if w not in ('esm300', 'acorn', 'lodash'):
        sys.exit(f'unknown program {w}')
      rows.append(bench(w, kiln, work, a.runs, a.jobs))
  finally:
    if not a.keep:
      shutil.rmtree(work, ignore_errors=True)
  widths = [max(len(str(r[i])) for r in rows + [hdr]) for i in range(len(hdr))]
  for r in [hdr] + rows:
    print('  '.join(str(c).rjust(w) if i else str(c).ljust(w) for i, (c, w) in enumerate(zip(r, widths))))


if __name__ == '__main__':
  main()
