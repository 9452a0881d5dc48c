// minimatch (dual, "type": "module"; require -> dist/commonjs; depends on
// brace-expansion and the scoped @isaacs/nonrecursive-glob-match).
'use strict';
const { minimatch, Minimatch, match, filter, braceExpand, escape, unescape } = require('minimatch');
const mm = require('minimatch');

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}

const files = ['a.js', 'b.ts', 'src/index.js', 'src/lib/util.js', 'src/lib/util.test.js', '.hidden', 'src/.env', 'docs/README.md', 'docs/api/v1.md', 'x/y/z/deep.js', 'image.PNG', 'a[1].txt', 'file with space.txt', 'abc', 'abd', 'abe', 'a.b.c'];
const patterns = ['*.js', '**/*.js', 'src/**', 'src/**/*.js', '!**/*.test.js', '**/*.{js,ts}', '*.?s', 'docs/**/*.md', '**/.*', 'ab[cd]', 'ab[!c]', 'a*', '**', '*.png', '+(a|b).js', '@(abc|abd)', '!(abc)', '*(a|b).js', 'src/*/util.js', 'x/**/deep.js', 'a\\[1\\].txt', 'file*space.txt', '{a,b}.{js,ts}', 'a.{b,c}.{c,d}'];
for (const p of patterns) {
  show(p, () => files.filter(f => minimatch(f, p)));
}
show('dot option', () => files.filter(f => minimatch(f, '**', { dot: true })).length);
show('nocase', () => [minimatch('image.PNG', '*.png', { nocase: true }), minimatch('IMAGE.png', 'image.*', { nocase: true })]);
show('matchBase', () => files.filter(f => minimatch(f, '*.md', { matchBase: true })));
show('nonegate/nocomment', () => [minimatch('!x', '!x', { nonegate: true }), minimatch('#c', '#c'), minimatch('#c', '#c', { nocomment: true })]);
show('noext/nobrace/noglobstar', () => [minimatch('a.js', '+(a).js', { noext: true }), minimatch('{a,b}', '{a,b}', { nobrace: true }), minimatch('a/b/c.js', '**/*.js', { noglobstar: true }), minimatch('a/c.js', '**/*.js', { noglobstar: true })]);
show('partial', () => [minimatch('src', 'src/**/*.js', { partial: true }), minimatch('lib', 'src/**/*.js', { partial: true })]);
show('flipNegate', () => minimatch('a.js', '!*.js', { flipNegate: true }));
show('windowsPathsNoEscape', () => minimatch('a[b', 'a\\[b', { windowsPathsNoEscape: true }));
show('match', () => match(files, 'src/**/*.js'));
show('match nonull', () => match(files, '*.xyz', { nonull: true }));
show('filter', () => files.filter(filter('**/*.md')));
show('braceExpand', () => [braceExpand('a{b,c{d,e}f}g'), braceExpand('file{1..5}.txt'), braceExpand('{a..e..2}'), braceExpand('{01..03}'), braceExpand('x{,y}')]);
show('hasMagic', () => ['*.js', 'a?c', 'plain.txt', 'a\\*b', '{a,b}', '['].map(p => new Minimatch(p).hasMagic()));
show('escape/unescape', () => [escape('a*b?[c]'), unescape('a\\*b\\?\\[c\\]'), minimatch('a*b', escape('a*b')), minimatch('axb', escape('a*b'))]);
show('Minimatch object', () => { const m = new Minimatch('src/{lib,bin}/**/!(*.test).js', { dot: false }); return [m.set.length, m.negate, m.comment, m.empty, m.match('src/lib/a.js'), m.match('src/lib/a.test.js'), m.match('src/bin/x/y.js'), m.globParts]; });
show('Minimatch negated', () => { const m = new Minimatch('!*.md'); return [m.negate, m.match('a.md'), m.match('a.js')]; });
show('defaults', () => { const nc = mm.defaults({ nocase: true }); return [nc('A.JS', '*.js'), nc.match(['A.JS', 'B.TS'], '*.js'), new nc.Minimatch('*.JS').match('a.js')]; });
show('sep', () => [mm.sep, minimatch.sep]);
show('empty pattern', () => [minimatch('', ''), minimatch('a', '')]);
show('pattern too long', () => minimatch('a', 'a'.repeat(70000)));
show('non-string pattern', () => minimatch('a', 42));
show('posix classes', () => ['a', 'Z', '5', ' ', '_'].map(c => [c, minimatch(c, '[[:alpha:]]'), minimatch(c, '[[:digit:]]'), minimatch(c, '[[:space:]]'), minimatch(c, '[[:upper:]]')]));
show('GLOBSTAR', () => [typeof mm.GLOBSTAR, new Minimatch('a/**').set[0][1] === mm.GLOBSTAR]);
show('deep globstar', () => { const deep = Array.from({ length: 30 }, (_, i) => 'd' + i).join('/') + '/f.txt'; return [minimatch(deep, '**/f.txt'), minimatch(deep, 'd0/**/d29/*.txt'), minimatch(deep, '**/d15/**/*.js')]; });
