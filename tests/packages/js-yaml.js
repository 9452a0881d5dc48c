// js-yaml 5 (dual: require -> dist/js-yaml.cjs.js, import -> dist/js-yaml.mjs).
'use strict';
const yaml = require('js-yaml');
const { load, dump, loadAll, YAMLException } = require('js-yaml');

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message.split('\n')[0]);
  }
}

const doc = `
# service config
name: api-server
version: 2.1
enabled: true
nothing: ~
ports: [80, 443]
hosts:
  - name: alpha
    ip: 10.0.0.1
  - name: beta
    ip: 10.0.0.2
limits: { cpu: 0.5, memory: 512Mi }
env: &defaults
  LOG: info
  RETRIES: 3
prod:
  <<: *defaults
  LOG: warn
description: |
  Line one
  Line two
folded: >
  folded
  text here
quoted: "tab\\there \\u263A"
single: 'it''s'
octal: 0o17
hex: 0x1F
float: 1.5e3
inf: .inf
nan: .NaN
date: 2024-02-29
timestamp: 2024-02-29T12:34:56Z
binary: !!binary aGVsbG8=
set: !!set { a, b }
omap: !!omap [ { x: 1 }, { y: 2 } ]
`;
show('load', () => {
  const o = load(doc);
  return Object.keys(o).map(k => k + '=' + (o[k] instanceof Date ? 'Date ' + o[k].toISOString() : o[k] instanceof Uint8Array ? 'bytes ' + Array.from(o[k]).join(',') : JSON.stringify(o[k])));
});
show('nan is NaN', () => Number.isNaN(load('x: .nan').x));
show('loadAll', () => loadAll('---\na: 1\n---\n- x\n- y\n---\nplain scalar\n...\n'));
show('loadAll iterator', () => { const out = []; loadAll('--- 1\n--- 2\n', d => out.push(d * 10)); return out; });
show('scalars', () => ['yes', 'no', 'on', 'True', 'null', 'Null', '~', '', '0x10', '1_000', '010', '+12', '-.5', '12:30', "'123'", '"true"', '2001-12-14t21:59:43.10-05:00'].map(s => { const v = load('v: ' + s).v; return v instanceof Date ? v.toISOString() : v; }));
show('JSON_SCHEMA', () => load('a: yes\nb: 0o7\nc: true', { schema: yaml.JSON_SCHEMA }));
show('FAILSAFE_SCHEMA', () => load('a: 1\nb: true\nc: [1, null]', { schema: yaml.FAILSAFE_SCHEMA }));
show('CORE_SCHEMA date stays string', () => load('d: 2024-01-01', { schema: yaml.CORE_SCHEMA }));
show('json option duplicate keys', () => load('a: 1\na: 2', { json: true }));
show('duplicate key error', () => load('a: 1\na: 2'));
show('bad indentation', () => load('a:\n  b: 1\n c: 2'));
show('unclosed flow', () => load('x: [1, 2'));
show('tab indentation', () => load('a:\n\tb: 1'));
show('unknown tag', () => load('x: !custom 1'));
show('error details', () => { try { load('a: b: c', { filename: 'conf.yml' }); } catch (e) { return [e instanceof YAMLException, e.name, e.reason, e.mark && [e.mark.name, e.mark.line, e.mark.column]]; } });
show('onWarning', () => { const w = []; load('%FOO bar\n--- x', { onWarning: e => w.push(e.reason) }); return w; });
const data = {
  name: 'kiln', version: '1.0.0', private: true, count: 42, ratio: 0.25, big: 1e21, neg: -0, nil: null,
  list: ['a', 'b c', 'yes', '123', '', 'multi\nline', 'trailing ', '#hash', 'key: value'],
  nested: { deep: { deeper: [1, [2, [3]], { x: 'y' }] } },
  empty: { obj: {}, arr: [] },
  when: new Date(Date.UTC(2020, 0, 2, 3, 4, 5)),
  special: [Infinity, -Infinity, NaN],
  unicode: 'héllo ☺ \u0007',
};
console.log('--- dump default');
process.stdout.write(dump(data));
console.log('--- dump flowLevel 1, sortKeys, indent 4');
process.stdout.write(dump(data, { flowLevel: 1, sortKeys: true, indent: 4 }));
console.log('--- dump options');
process.stdout.write(dump({ s: 'x'.repeat(30) + ' ' + 'y'.repeat(30), q: "it's", n: null, arr: [[1, 2], { a: 1 }] }, { lineWidth: 40, quotingType: '"', forceQuotes: true, noArrayIndent: true, styles: { '!!null': 'canonical' } }));
show('dump refs', () => { const shared = { k: 1 }; return dump({ a: shared, b: shared }); });
show('dump noRefs', () => { const shared = { k: 1 }; return dump({ a: shared, b: shared }, { noRefs: true }); });
show('dump function', () => dump({ f() {} }));
show('dump skipInvalid', () => dump({ f() {}, u: undefined, ok: 1 }, { skipInvalid: true }));
show('dump replacer', () => dump({ a: 1, b: 2, secret: 's' }, { replacer: (k, v) => (k === 'secret' ? undefined : v) }));
show('roundtrip', () => JSON.stringify(load(dump(data))) === JSON.stringify(data));
show('custom type', () => {
  const Point = new yaml.Type('!point', { kind: 'sequence', construct: d => ({ x: d[0], y: d[1] }), instanceOf: Object, predicate: o => o && 'x' in o && 'y' in o && Object.keys(o).length === 2, represent: p => [p.x, p.y] });
  const schema = yaml.DEFAULT_SCHEMA.extend([Point]);
  const o = load('p: !point [3, 4]', { schema });
  return [o, dump({ q: { x: 1, y: 2 } }, { schema })];
});
