// fs.cp / cpSync / fs.promises.cp: the filter sees every item (files in
// subdirectories too; cp awaits an async filter, cpSync refuses one), and
// node's refusals: a directory into itself, dir over file, an existing
// target with errorOnExist, a directory without recursive.
const fs = require('fs');
const path = require('path');
const os = require('os');

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-cp-'));
const p = (x) => path.join(dir, x);
const rel = (s) => String(s).split(dir).join('<dir>');
const list = (d) => fs.readdirSync(p(d), { recursive: true }).sort().join(',');
const fail = (what, e) => console.log(what, e.name, e.code, rel(e.message), e.errno, e.syscall, rel(e.path));

fs.mkdirSync(p('src/sub/deep'), { recursive: true });
fs.writeFileSync(p('src/a.txt'), 'A');
fs.writeFileSync(p('src/sub/b.log'), 'B');
fs.writeFileSync(p('src/sub/deep/c.txt'), 'C');
fs.writeFileSync(p('file'), 'F');

const seen = [];
fs.cpSync(p('src'), p('d1'), {
  recursive: true,
  filter: (s, d) => {
    seen.push(rel(s) + ' -> ' + rel(d));
    return !s.endsWith('.log');
  },
});
console.log(seen.sort().join('\n'));   // (the walk's order is the file system's)
console.log('d1', list('d1'));
for (const [what, fn] of [
  ['into self', () => fs.cpSync(p('src'), p('src/sub/x'), { recursive: true })],
  ['same', () => fs.cpSync(p('src'), p('src'), { recursive: true })],
  ['dir over file', () => fs.cpSync(p('src'), p('file'), { recursive: true })],
  ['file over dir', () => fs.cpSync(p('file'), p('d1'))],
  ['exists', () => fs.cpSync(p('src/a.txt'), p('d1/a.txt'), { errorOnExist: true, force: false })],
  ['not recursive', () => fs.cpSync(p('src'), p('d9'))],
  ['missing', () => fs.cpSync(p('nope'), p('d9'))],
  ['async filter', () => fs.cpSync(p('src'), p('d9'), { recursive: true, filter: async () => true })],
  ['bad filter', () => fs.cpSync(p('src'), p('d9'), { filter: 1 })],
]) {
  try {
    fn();
    console.log(what, 'no error');
  } catch (e) {
    fail(what, e);
  }
}
fs.cp(p('src'), p('d2'), {
  recursive: true,
  filter: async (s) => {
    await new Promise((r) => setTimeout(r, 1));
    return !s.endsWith('c.txt');
  },
}, (err) => {
  console.log('cp callback', err, list('d2'));
  fs.cp(p('src'), p('src/sub/y'), { recursive: true }, (e) => {
    fail('cp into self', e);
    fs.promises.cp(p('src'), p('d3'), { recursive: true, filter: (s) => !s.includes('sub') })
      .then(async () => {
        console.log('promises.cp', list('d3'));
        await fs.promises.cp(p('file'), p('d3/a.txt'), { force: false, errorOnExist: true })
          .catch((e2) => fail('promises.cp exists', e2));
        fs.rmSync(dir, { recursive: true });
      });
  });
});
