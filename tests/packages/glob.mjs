// glob 15 (ESM build, index.min.js): sync, promise and iterator APIs with
// many pattern forms over a temporary tree; results sorted and relative.

import { glob, globSync, globIterateSync, globIterate, Glob, hasMagic, escape, unescape } from 'glob';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-glob-'));
const files = [
  'README.md', 'package.json', '.hidden', '.config/settings.json',
  'src/index.js', 'src/util.js', 'src/util.test.js', 'src/lib/deep.js', 'src/lib/deep.ts',
  'src/lib/nested/more.js', 'docs/a.md', 'docs/b.MD', 'docs/guide/intro.md',
  'node_modules/pkg/index.js', 'test/[x].js', 'test/a b.js', 'build/out.min.js',
];
for (const f of files) {
  fs.mkdirSync(path.join(root, path.dirname(f)), { recursive: true });
  fs.writeFileSync(path.join(root, f), f);
}
fs.mkdirSync(path.join(root, 'emptydir'));
fs.symlinkSync(path.join(root, 'src/lib'), path.join(root, 'liblink'));

const norm = list => list.map(p => String(p).split(path.sep).join('/')).sort();
const show = (label, list) => console.log(label + ': ' + JSON.stringify(norm(list)));

async function main() {
  const cwd = root;
  show('**/*.js', globSync('**/*.js', { cwd }));
  show('**/*.js ignore node_modules', globSync('**/*.js', { cwd, ignore: ['node_modules/**', 'liblink/**'] }));
  show('src/*.{js,ts}', globSync('src/**/*.{js,ts}', { cwd }));
  show('dot', globSync('*', { cwd, dot: true }));
  show('no dot', globSync('*', { cwd }));
  show('nocase md', globSync('docs/*.md', { cwd, nocase: true }));
  show('case md', globSync('docs/*.md', { cwd, nocase: false }));
  show('mark dirs', globSync('*', { cwd, mark: true }));
  show('nodir', globSync('src/**', { cwd, nodir: true }));
  show('dirs only', globSync('**/', { cwd, ignore: 'node_modules/**' }));
  show('extglob', globSync('src/!(index).js', { cwd }));
  show('extglob +()', globSync('src/+(util|index)*.js', { cwd }));
  show('question', globSync('docs/?.md', { cwd }));
  show('class', globSync('docs/[ab].*', { cwd, nocase: true }));
  show('escaped', globSync(escape('test/[x].js'), { cwd }));
  show('space', globSync('test/a b.js', { cwd }));
  show('negation ignore fn', globSync('**/*.md', { cwd, ignore: { ignored: p => p.name.startsWith('b'), childrenIgnored: p => p.name === 'guide' } }));
  show('follow', globSync('liblink/**/*.js', { cwd, follow: true }));
  show('maxDepth', globSync('**', { cwd, maxDepth: 1 }));
  show('matchBase', globSync('*.md', { cwd, matchBase: true }));
  show('absolute', globSync('src/*.js', { cwd, absolute: true }).map(p => path.relative(root, p)));
  show('withFileTypes', globSync('src/lib/*', { cwd, withFileTypes: true }).map(p => p.name + (p.isDirectory() ? '/' : '')));
  show('no match', globSync('nothing/*.zz', { cwd }));
  show('array patterns', globSync(['*.json', 'docs/*.md'], { cwd }));
  show('promise', await glob('**/*.md', { cwd, ignore: 'node_modules/**' }));
  show('iterateSync', [...globIterateSync('src/*.js', { cwd })]);
  const iterated = [];
  for await (const p of globIterate('docs/**', { cwd })) iterated.push(p);
  show('iterate', iterated);
  const g = new Glob('**/*.json', { cwd, dot: true });
  const fromClass = [];
  for (const p of g) fromClass.push(p);
  show('Glob class sync iter', fromClass);
  show('Glob reuse', await glob('*.md', g));
  console.log('hasMagic: ' + ['a/*.js', 'plain.txt', 'x{a,b}', 'a[b]c', '\\*'].map(p => p + '=' + hasMagic(p)).join(' '));
  console.log('escape: ' + escape('a*b?[c]') + ' unescape: ' + unescape('a\\*b'));
  fs.rmSync(root, { recursive: true, force: true });
  console.log('cleaned: ' + !fs.existsSync(root));
}
main().catch(e => { console.log('FAILED ' + e.stack); fs.rmSync(root, { recursive: true, force: true }); });
