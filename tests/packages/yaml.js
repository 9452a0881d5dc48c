// yaml (eemeli/yaml; exports with a "node" condition -> dist/*.js CommonJS,
// subpath yaml/util).
'use strict';
const YAML = require('yaml');
const { parse, stringify, parseDocument, parseAllDocuments, Document, isMap, isSeq, isScalar, isPair, visit, Scalar, YAMLMap, YAMLSeq, Lexer, Parser, Composer, LineCounter } = require('yaml');
const util = require('yaml/util');

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message.split('\n')[0]);
  }
}

const src = `# top comment
%YAML 1.2
---
title: Example  # trailing comment
numbers: [1, 0x1F, 0o17, 1.5e3, .inf, -.inf, .nan, 1_000]
bools: [true, false, yes, no, on, off]
nulls: [null, ~, ]
text: |
  keep
  lines
folded: >-
  fold
  me
anchors:
  base: &b { x: 1, y: 2 }
  ref: *b
  merged:
    <<: *b
    y: 3
quoted: ["a\\tb", 'single ''q''', plain text]
? explicit key
: value
`;
show('parse', () => parse(src, { merge: true }));
show('parse yaml 1.1', () => parse('a: yes\nb: 0777\nc: 1:30', { version: '1.1' }));
show('parse reviver', () => parse('a: 1\nb: [2, 3]', (k, v) => (typeof v === 'number' ? v * 10 : v)));
show('parse intAsBigInt', () => typeof parse('n: 12345678901234567890', { intAsBigInt: true }).n);
show('parse errors', () => parse('a: [1, 2\nb: }'));
show('duplicate keys', () => parse('a: 1\na: 2'));
show('uniqueKeys off', () => parse('a: 1\na: 2', { uniqueKeys: false }));
show('bad indentation', () => parse('a:\n  - 1\n - 2'));
show('tabs', () => parse('a:\n\t- 1'));
show('alias to nowhere', () => parse('a: *missing'));
const doc = parseDocument(src, { merge: true });
show('document errors/warnings', () => [doc.errors.length, doc.warnings.map(w => w.code)]);
show('document comments', () => [doc.commentBefore, doc.contents.items[0].value.comment, doc.directives.yaml.version]);
show('document get/getIn/has', () => [doc.get('title'), doc.getIn(['numbers', 1]), doc.getIn(['anchors', 'ref', 'x']), doc.has('nope'), isMap(doc.contents), isSeq(doc.get('bools')), isScalar(doc.get('title', true))]);
show('document mutate', () => { const d = parseDocument('a: 1\nb: [x, y]\n'); d.set('c', 3); d.setIn(['b', 2], 'z'); d.delete('a'); d.addIn(['b'], 'w'); return d.toString(); });
show('scalar styles', () => { const d = parseDocument('a: "dq"\nb: \'sq\'\nc: plain\nd: |\n  lit\n'); return d.contents.items.map(p => p.value.type); });
show('range/linePos', () => { const lc = new LineCounter(); const d = parseDocument('x: 1\ny:\n  - deep\n', { lineCounter: lc }); const n = d.getIn(['y', 0], true); return [n.range, lc.linePos(n.range[0])]; });
show('error positions', () => { const lc = new LineCounter(); const d = parseDocument('a: 1\n  b: 2\n', { lineCounter: lc, prettyErrors: true }); return d.errors.map(e => [e.name, e.code, e.linePos && e.linePos[0]]); });
show('parseAllDocuments', () => parseAllDocuments('---\na: 1\n---\n- 2\n...\n--- !!str three\n').map(d => d.toJS()));
show('toJS options', () => [parseDocument('a: &x [1]\nb: *x').toJS({ maxAliasCount: -1 }), parseDocument('n: 3').toJS({ mapAsMap: true }) instanceof Map]);
show('alias bomb guard', () => parse('a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: &d [*c, *c]\ne: [*d, *d, *d]', { maxAliasCount: 10 }));
const data = { name: 'kiln', list: [1, 'two', null, true, { k: 'v' }], nested: { empty: {}, emptyList: [], str: 'multi\nline\n', quote: "it's: here", num: '007', date: '2024-02-29', long: 'word '.repeat(20).trim() }, map: new Map([[1, 'one'], ['k', [1]]]), set: new Set(['a', 'b']) };
console.log('--- stringify');
process.stdout.write(stringify(data));
console.log('--- stringify options');
process.stdout.write(stringify(data, { indent: 4, lineWidth: 40, defaultStringType: 'QUOTE_DOUBLE', defaultKeyType: 'PLAIN', sortMapEntries: true, nullStr: '~', trueStr: 'yes', collectionStyle: 'flow', indentSeq: false }));
console.log('--- stringify replacer + 1.1');
process.stdout.write(stringify({ keep: 1, drop: 2, b: true }, ['keep', 'b'], { version: '1.1' }));
show('stringify scalars', () => [stringify('plain'), stringify('true'), stringify(42), stringify(null), stringify(-0), stringify(1e21), stringify(NaN), stringify('#'), stringify([]), stringify(undefined)]);
show('stringify cyclic', () => { const a = { name: 'a' }; a.self = a; return stringify(a); });
show('Document from JS', () => { const d = new Document({ a: [1, 2], b: { c: 'd' } }); d.contents.items[0].value.flow = true; d.commentBefore = ' generated'; d.contents.get('b', true).comment = ' inline'; return d.toString(); });
show('createNode', () => { const d = new Document(); const n = d.createNode({ x: [1] }); return [isMap(n), n.toJSON()]; });
show('visit', () => {
  const d = parseDocument('a: 1\nb: [2, {c: 3}]\nd: four\n');
  const seen = [];
  visit(d, { Scalar(key, node) { if (typeof node.value === 'number') { seen.push(node.value); node.value *= 100; } }, Pair(_, pair) { if (pair.key && pair.key.value === 'd') return visit.REMOVE; } });
  return [seen, d.toString()];
});
show('CST tokens', () => Array.from(new Lexer().lex('a: [1, "x"]\n')).map(t => JSON.stringify(t)));
show('Parser/Composer', () => { const tokens = new Parser().parse('k: v\n---\n- 1\n'); const docs = Array.from(new Composer().compose(tokens)); return docs.map(d => d.toJS()); });
show('custom tag', () => {
  const range = { tag: '!range', identify: v => v && v.kind === 'range', resolve: str => { const [a, b] = str.split('..').map(Number); return { kind: 'range', a, b }; }, stringify: item => item.value.a + '..' + item.value.b };
  return [parse('r: !range 1..5', { customTags: [range] }), stringify({ r: { kind: 'range', a: 2, b: 9 } }, { customTags: [range] })];
});
show('unknown tag warning', () => parseDocument('x: !weird 1').warnings.map(w => w.code));
show('util subpath', () => [typeof util.foldFlowLines, typeof util.stringifyString, util.foldFlowLines('aaa bbb ccc ddd eee fff', '', 'flow', { lineWidth: 10, minContentWidth: 3 })]);
show('classes', () => [new YAMLMap() instanceof YAMLMap, isSeq(new YAMLSeq()), isPair(parseDocument('a: 1').contents.items[0]), new Scalar(5).toJSON()]);
