// fs-extra (ESM entry fs-extra/esm: named exports of the extra functions;
// default import of the CommonJS main for everything).
import { outputFile, outputJson, readJson, copy, move, remove, ensureDir, pathExists, emptyDir,
  copySync, ensureFileSync, ensureSymlink, readJSONSync, outputFileSync, mkdirsSync } from 'fs-extra/esm';
import fse from 'fs-extra';
import * as ns from 'fs-extra/esm';
import { readdirSync, lstatSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = fse.mkdtempSync(path.join(os.tmpdir(), 'kiln-fsextra-esm-'));
const rel = p => path.relative(root, p).split(path.sep).join('/');
function listing(dir) {
  const out = [];
  (function walk(d) {
    for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name < b.name ? -1 : 1)) {
      const p = path.join(d, e.name);
      if (e.isSymbolicLink()) out.push(rel(p) + ' @');
      else if (e.isDirectory()) { out.push(rel(p) + '/'); walk(p); }
      else out.push(rel(p) + ' ' + lstatSync(p).size);
    }
  })(dir);
  return out;
}

console.log('esm names: ' + Object.keys(ns).filter(k => k !== 'default').length + ' default is main: ' + (ns.default === fse));
console.log('no fs re-exports in esm: ' + (typeof ns.readFile) + ' main has readFile: ' + typeof fse.readFile);
await ensureDir(path.join(root, 'src/deep/er'));
await outputFile(path.join(root, 'src/deep/er/a.txt'), 'A'.repeat(10));
await outputJson(path.join(root, 'src/data.json'), { list: [1, 2, 3], when: 'never' }, { spaces: '\t' });
outputFileSync(path.join(root, 'src/b.txt'), 'bee');
ensureFileSync(path.join(root, 'src/empty'));
mkdirsSync(path.join(root, 'dst'));
await copy(path.join(root, 'src'), path.join(root, 'dst/copy'), { filter: p => !p.endsWith('empty') });
copySync(path.join(root, 'src/b.txt'), path.join(root, 'dst/b-copy.txt'));
await move(path.join(root, 'dst/b-copy.txt'), path.join(root, 'dst/moved/b.txt'));
await ensureSymlink(path.join(root, 'src/b.txt'), path.join(root, 'dst/link'));
console.log(listing(root).join('\n'));
console.log('json text: ' + JSON.stringify(readFileSync(path.join(root, 'src/data.json'), 'utf8')));
console.log('readJson: ' + JSON.stringify(await readJson(path.join(root, 'dst/copy/data.json'))));
console.log('readJSONSync: ' + readJSONSync(path.join(root, 'src/data.json')).list.length);
console.log('pathExists: ' + await pathExists(path.join(root, 'dst/link')) + ' ' + await pathExists(path.join(root, 'zz')));
await emptyDir(path.join(root, 'dst'));
console.log('after emptyDir: ' + JSON.stringify(listing(path.join(root, 'dst'))));
try { await readJson(path.join(root, 'missing.json')); } catch (e) { console.log('readJson missing: ' + e.code + ' ' + e.syscall); }
try { await move(path.join(root, 'src'), path.join(root, 'src/inner')); } catch (e) { console.log('move into self: ' + e.message.split(root).join('<root>')); }
await remove(root);
console.log('removed: ' + !(await pathExists(root)));
