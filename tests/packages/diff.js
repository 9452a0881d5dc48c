// diff / jsdiff (dual, "type": "module"; require -> libcjs/index.js and the
// "./lib/*.js" subpath pattern -> libcjs/*.js).
'use strict';
const Diff = require('diff');
const { diffChars, diffWords, diffLines, createTwoFilesPatch, applyPatch, parsePatch } = require('diff');
const charMod = require('diff/lib/diff/character.js');

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}
const compact = parts => parts.map(p => (p.added ? '+' : p.removed ? '-' : '=') + JSON.stringify(p.value)).join(' ');

show('subpath module', () => [typeof charMod.diffChars, charMod.diffChars === diffChars]);
show('diffChars', () => compact(diffChars('kitten sitting', 'sitting kitten')));
show('diffChars ignoreCase', () => compact(diffChars('Hello', 'hELLo!', { ignoreCase: true })));
show('diffChars counts', () => diffChars('abc', 'axc').map(p => [p.count, !!p.added, !!p.removed]));
show('diffWords', () => compact(diffWords('The quick brown fox jumps', 'The quick red fox leaps high')));
show('diffWords punctuation', () => compact(diffWords('Hello, world! How are you?', 'Hello world. How are we?')));
show('diffWordsWithSpace', () => compact(Diff.diffWordsWithSpace('a  b c', 'a b  c')));
show('diffLines', () => compact(diffLines('one\ntwo\nthree\nfour\n', 'one\n2\nthree\nfour\nfive\n')));
show('diffLines newlineIsToken', () => compact(diffLines('a\nb', 'a\nb\n', { newlineIsToken: true })));
show('diffTrimmedLines', () => compact(Diff.diffTrimmedLines('  a\nb  \n', 'a\n  b\n')));
show('diffLines ignoreWhitespace', () => compact(diffLines('a b\nc\n', 'a  b\nc\n', { ignoreWhitespace: true })));
show('diffSentences', () => compact(Diff.diffSentences('First one. Second one! Third?', 'First one. Second two! Third?')));
show('diffCss', () => compact(Diff.diffCss('a { color: red; }', 'a { color: blue; }')));
show('diffJson', () => compact(Diff.diffJson({ a: 1, b: [1, 2], c: { d: 'x' } }, { a: 1, b: [1, 3], c: { d: 'x', e: null } })));
show('canonicalize', () => Diff.canonicalize({ z: 1, a: { y: [3, { b: 1, a: 2 }], x: 0 } }, [], []));
show('diffArrays', () => Diff.diffArrays([1, 2, 3, 4], [1, 3, 4, 5]).map(p => (p.added ? '+' : p.removed ? '-' : '=') + JSON.stringify(p.value)));
show('diffArrays comparator', () => Diff.diffArrays([{ id: 1 }, { id: 2 }], [{ id: 2 }], { comparator: (l, r) => l.id === r.id }).map(p => p.count));
show('maxEditLength', () => diffChars('aaaaaaaaaa', 'bbbbbbbbbb', { maxEditLength: 3 }));

const oldText = 'line 1\nline 2\nline 3\nline 4\nline 5\nline 6\nline 7\nline 8\n';
const newText = 'line 1\nline two\nline 3\nline 4\nline 5\nline 6\nline 7\nline 8\nline 9\n';
const patch = createTwoFilesPatch('a/file.txt', 'b/file.txt', oldText, newText, 'old header', 'new header', { context: 1 });
console.log('--- createTwoFilesPatch');
process.stdout.write(patch);
console.log('--- createPatch');
process.stdout.write(Diff.createPatch('file.txt', 'a\nb\nc\n', 'a\nc\nd\n'));
console.log('--- no newline at end');
process.stdout.write(Diff.createPatch('x', 'a\nb', 'a\nc'));
show('structuredPatch', () => Diff.structuredPatch('o', 'n', 'a\nb\nc\n', 'a\nB\nc\n', '', '', { context: 0 }));
show('applyPatch', () => applyPatch(oldText, patch) === newText);
show('applyPatch fuzz', () => applyPatch('line 1\nLINE 2\nline 3\n', Diff.createPatch('f', 'line 1\nline 2\nline 3\n', 'line 1\nline 2\nline three\n'), { fuzzFactor: 1 }));
show('applyPatch mismatch', () => applyPatch('totally different\n', patch));
show('parsePatch', () => parsePatch(patch).map(p => [p.oldFileName, p.newFileName, p.oldHeader, p.hunks.map(h => [h.oldStart, h.oldLines, h.newStart, h.newLines, h.lines])]));
show('parsePatch multi', () => parsePatch(Diff.createPatch('a', '1\n', '2\n') + Diff.createPatch('b', 'x\n', 'y\n')).map(p => p.oldFileName));
show('parsePatch bad', () => parsePatch('@@ -1,2 +1,2 @@\n-a\n+b\n'));
show('reversePatch', () => { const rev = Diff.reversePatch(parsePatch(patch)[0]); return applyPatch(newText, rev) === oldText; });
show('formatPatch roundtrip', () => Diff.formatPatch(parsePatch(patch)) === patch);
show('convertChangesToXML', () => Diff.convertChangesToXML(diffWords('a <b> c', 'a <d> c')));
show('convertChangesToDMP', () => Diff.convertChangesToDMP(diffChars('abc', 'abd')));
show('custom Diff', () => {
  const csv = new Diff.Diff();
  csv.tokenize = v => v.split(',');
  csv.join = t => t.join(',');
  return compact(csv.diff('a,b,c,d', 'a,c,d,e'));
});
show('large input', () => { const a = Array.from({ length: 300 }, (_, i) => 'row ' + i).join('\n'); const b = a.replace('row 150', 'ROW 150').replace('row 7\n', ''); return diffLines(a, b).filter(p => p.added || p.removed).map(p => p.value.trim()); });
Diff.diffChars('abc', 'abd', { callback: r => console.log('callback (after the synchronous output): ' + compact(r)) });
console.log('last synchronous line');
