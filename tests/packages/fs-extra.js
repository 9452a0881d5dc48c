// fs-extra (CommonJS): sync, callback and promise APIs on a temporary tree.
'use strict';
const fse = require('fs-extra');
const os = require('os');
const path = require('path');

const root = fse.mkdtempSync(path.join(os.tmpdir(), 'kiln-fsextra-'));
const rel = p => path.relative(root, p).split(path.sep).join('/');
function tree(dir) {
  const out = [];
  (function walk(d) {
    for (const name of fse.readdirSync(d).sort()) {
      const p = path.join(d, name);
      const st = fse.lstatSync(p);
      if (st.isSymbolicLink()) out.push(rel(p) + ' -> ' + fse.readlinkSync(p).replace(root, '<root>'));
      else if (st.isDirectory()) { out.push(rel(p) + '/'); walk(p); }
      else out.push(rel(p) + ' (' + st.size + ')');
    }
  })(dir);
  return out.join('\n');
}

async function main() {
  fse.ensureDirSync(path.join(root, 'a/b/c'));
  fse.outputFileSync(path.join(root, 'a/b/c/deep.txt'), 'deep file');
  fse.outputJsonSync(path.join(root, 'conf/settings.json'), { name: 'kiln', list: [1, 2], nested: { ok: true } }, { spaces: 2 });
  fse.ensureFileSync(path.join(root, 'empty/file.txt'));
  console.log('readJsonSync: ' + JSON.stringify(fse.readJsonSync(path.join(root, 'conf/settings.json'))));
  console.log('raw json:\n' + fse.readFileSync(path.join(root, 'conf/settings.json'), 'utf8'));
  console.log('pathExistsSync: ' + fse.pathExistsSync(path.join(root, 'a/b')) + ' ' + fse.pathExistsSync(path.join(root, 'nope')));
  fse.copySync(path.join(root, 'a'), path.join(root, 'copy-a'));
  fse.copySync(path.join(root, 'a'), path.join(root, 'filtered'), { filter: src => !src.endsWith('.txt') });
  fse.moveSync(path.join(root, 'empty'), path.join(root, 'moved'));
  fse.ensureSymlinkSync(path.join(root, 'a/b/c/deep.txt'), path.join(root, 'links/deep-link'));
  fse.ensureLinkSync(path.join(root, 'a/b/c/deep.txt'), path.join(root, 'links/hard'));
  console.log('--- tree after sync ops\n' + tree(root));

  await fse.outputFile(path.join(root, 'p/one.txt'), 'one');
  await fse.writeJson(path.join(root, 'p/two.json'), [1, 'two']);
  console.log('readJson promise: ' + JSON.stringify(await fse.readJson(path.join(root, 'p/two.json'))));
  await fse.copy(path.join(root, 'p'), path.join(root, 'p2'));
  await fse.move(path.join(root, 'p2/one.txt'), path.join(root, 'p2/renamed.txt'));
  try { await fse.move(path.join(root, 'p/one.txt'), path.join(root, 'p2/renamed.txt')); }
  catch (e) { console.log('move onto existing: ' + e.message); }
  await fse.move(path.join(root, 'p/one.txt'), path.join(root, 'p2/renamed.txt'), { overwrite: true });
  console.log('renamed content: ' + await fse.readFile(path.join(root, 'p2/renamed.txt'), 'utf8'));
  console.log('pathExists promise: ' + await fse.pathExists(path.join(root, 'p/one.txt')));
  await fse.emptyDir(path.join(root, 'copy-a'));
  console.log('emptied: ' + JSON.stringify(await fse.readdir(path.join(root, 'copy-a'))));
  await fse.mkdirs(path.join(root, 'x/y/z'));
  await fse.mkdirp(path.join(root, 'x/y/w'));
  await fse.remove(path.join(root, 'x/y'));
  await fse.remove(path.join(root, 'does-not-exist'));
  console.log('--- tree after promise ops\n' + tree(root));

  await new Promise((resolve, reject) => fse.copy(path.join(root, 'conf'), path.join(root, 'cb-conf'), err => err ? reject(err) : resolve()));
  const data = await new Promise((resolve, reject) => fse.readJson(path.join(root, 'cb-conf/settings.json'), (err, d) => err ? reject(err) : resolve(d)));
  console.log('callback readJson: ' + data.name);
  await new Promise(resolve => fse.readJson(path.join(root, 'nope.json'), err => { console.log('callback error: ' + err.code + ' ' + err.message.replace(root, '<root>')); resolve(); }));
  fse.writeFileSync(path.join(root, 'bad.json'), '{ not json');
  try { fse.readJsonSync(path.join(root, 'bad.json')); } catch (e) { console.log('bad json: ' + e.name + ': ' + e.message.replace(root, '<root>')); }
  console.log('throws false: ' + fse.readJsonSync(path.join(root, 'bad.json'), { throws: false }));
  try { fse.copySync(path.join(root, 'a'), path.join(root, 'a/b/inside')); } catch (e) { console.log('copy into self: ' + e.message.replace(root, '<root>').replace(root, '<root>')); }
  try { await fse.copy(path.join(root, 'missing'), path.join(root, 'z')); } catch (e) { console.log('copy missing: ' + e.code); }
  try { fse.copySync(path.join(root, 'conf'), path.join(root, 'cb-conf'), { overwrite: false, errorOnExist: true }); } catch (e) { console.log('errorOnExist: ' + e.message.replace(root, '<root>')); }
  const fd = await fse.open(path.join(root, 'fd.txt'), 'w');
  await fse.write(fd, 'via fd');
  await fse.close(fd);
  console.log('fd file: ' + fse.readFileSync(path.join(root, 'fd.txt'), 'utf8'));
  const st = await fse.stat(path.join(root, 'fd.txt'));
  console.log('stat: ' + st.isFile() + ' ' + st.size);
  console.log('has fs functions: ' + ['readFile', 'writeFile', 'copyFile', 'readdir', 'createReadStream'].every(k => typeof fse[k] === 'function'));
  console.log('promises api: ' + (typeof fse.promises.readFile));
  fse.removeSync(root);
  console.log('cleaned: ' + !fse.existsSync(root));
}
main().catch(e => { console.log('FAILED ' + e.stack); fse.removeSync(root); });
