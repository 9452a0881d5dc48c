// uuid (ESM only, loaded with require() as node 20.19+ does): every version with fixed random bytes / msecs where the
// API allows it, validate/parse/stringify/version, v1<->v6, buffers and
// offsets, errors; random ones are checked for shape only.
const { v1, v3, v4, v5, v6, v7, v1ToV6, v6ToV1, NIL, MAX, parse, stringify, validate, version } = require('uuid');
const uuid = require('uuid');

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}

const random = Uint8Array.from([0x10, 0x91, 0x56, 0xbe, 0xc4, 0xfb, 0xc1, 0xea, 0x71, 0xb4, 0xef, 0xe1, 0x67, 0x1c, 0x58, 0x36]);
const rng = () => Uint8Array.from([0xa0, 0xb1, 0xc2, 0xd3, 0xe4, 0xf5, 0x06, 0x17, 0x28, 0x39, 0x4a, 0x5b, 0x6c, 0x7d, 0x8e, 0x9f]);
const hex = (b) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');

show('exports', () => Object.keys(uuid).sort());
show('constants', () => [NIL, MAX, validate(NIL), validate(MAX), version(NIL), version(MAX)]);
show('v1 fixed', () => [
  v1({ msecs: 1321644961388, nsecs: 5432, clockseq: 0x385c, node: Uint8Array.of(0x61, 0xcd, 0x3c, 0xbb, 0x32, 0x10), random }),
  v1({ msecs: new Date('2011-11-01T00:00:00Z').getTime(), nsecs: 0, clockseq: 0, node: Uint8Array.of(1, 2, 3, 4, 5, 6), random }),
  v1({ msecs: 0, nsecs: 9999, random }),
].map((u) => u.length === 36 ? u : 'bad'));
show('v1 msecs', () => [v1({ msecs: 1700000000000, random }), v1({ msecs: 1700000000000, nsecs: 1, random })]);
show('v1 random shape', () => { const a = v1(); const b = v1(); return [validate(a), version(a), a !== b, a.length]; });
show('v4 fixed', () => [v4({ random }), v4({ rng }), v4({ random: new Uint8Array(16).fill(255) })]);
show('v4 random', () => { const s = new Set(); for (let i = 0; i < 200; i++) s.add(v4()); return [s.size, [...s].every((u) => validate(u) && version(u) === 4 && /^[0-9a-f-]{36}$/.test(u) && '89ab'.includes(u[19]))]; });
show('v4 buffer', () => { const buf = new Uint8Array(20); const r = v4({ random }, buf, 2); return [r === buf, hex(buf)]; });
show('v3', () => [v3('hello.example.com', v3.DNS), v3('http://example.com/hello', v3.URL), v3('hello', '1b671a64-40d5-491e-99b0-da01ff1f3341'), v3('', v3.DNS), v3([104, 105], v3.URL)]);
show('v3 consts', () => [v3.DNS, v3.URL, v5.DNS, v5.URL]);
show('v5', () => [v5('hello.example.com', v5.DNS), v5('http://example.com/hello', v5.URL), v5('hello', '1b671a64-40d5-491e-99b0-da01ff1f3341'), v5('Ünïcödé ✓', v5.DNS), v5(new TextEncoder().encode('bytes'), v5.URL)]);
show('v5 buffer', () => { const buf = new Uint8Array(16); v5('x', v5.DNS, buf); return hex(buf); });
show('v6 fixed', () => [v6({ msecs: 1321644961388, nsecs: 5432, clockseq: 0x385c, node: Uint8Array.of(0x61, 0xcd, 0x3c, 0xbb, 0x32, 0x10), random }), v6({ msecs: 1700000000000, random })]);
show('v6 random shape', () => { const a = v6(); return [validate(a), version(a)]; });
show('v7 fixed', () => [v7({ msecs: 1700000000000, random }), v7({ msecs: 1700000000000, seq: 0x1234567, random }), v7({ msecs: 0, random }), v7({ msecs: 281474976710655, random })]);
show('v7 random shape', () => { const a = [v7(), v7(), v7()]; return [a.every((u) => validate(u) && version(u) === 7), a[0] < a[1] && a[1] < a[2]]; });
show('v1ToV6', () => { const a = v1({ msecs: 1321644961388, nsecs: 5432, clockseq: 0x385c, node: Uint8Array.of(0x61, 0xcd, 0x3c, 0xbb, 0x32, 0x10), random }); const b = v1ToV6(a); return [a, b, v6ToV1(b), v6ToV1(b) === a, version(b)]; });
show('v1ToV6 bytes', () => hex(v1ToV6(parse('f4b5fad0-11e5-11e1-9c38-61cd3cbb3210'))));
show('parse', () => hex(parse('6ba7b810-9dad-11d1-80b4-00c04fd430c8')));
show('parse type', () => { const p = parse('6ba7b811-9dad-11d1-80b4-00c04fd430c8'); return [p.constructor.name, p.length]; });
show('stringify', () => [stringify(parse('6BA7B810-9DAD-11D1-80B4-00C04FD430C8')), stringify(Uint8Array.from([9, 9, 0x6b, 0xa7, 0xb8, 0x12, 0x9d, 0xad, 0x11, 0xd1, 0x80, 0xb4, 0, 0xc0, 0x4f, 0xd4, 0x30, 0xc8]), 2)]);
show('stringify offset', () => stringify(Uint8Array.from([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]), 2));
show('stringify invalid', () => stringify(new Uint8Array(16)));
show('stringify bad', () => stringify(new Uint8Array(16).fill(0x77)));
show('parse invalid', () => parse('not-a-uuid'));
show('validate', () => ['6ba7b810-9dad-11d1-80b4-00c04fd430c8', '6BA7B810-9DAD-11D1-80B4-00C04FD430C8', '6ba7b810-9dad-11d1-80b4-00c04fd430c', '6ba7b810-9dad-01d1-80b4-00c04fd430c8', '6ba7b810-9dad-91d1-80b4-00c04fd430c8', '6ba7b810-9dad-11d1-c0b4-00c04fd430c8', '{6ba7b810-9dad-11d1-80b4-00c04fd430c8}', '', null, 42, NIL, MAX].map(validate));
show('version', () => ['6ba7b810-9dad-11d1-80b4-00c04fd430c8', v3('a', v3.DNS), v4({ random }), v5('a', v5.DNS), v7({ msecs: 5, random }), '1ef21d2f-1207-6660-8c4f-419efbd44d48'].map(version));
show('version invalid', () => version('nope'));
show('v3 bad namespace', () => v3('x', 'bad'));
show('v5 bad namespace', () => v5('x', [1, 2, 3]));
show('v4 bad offset', () => v4({ random }, new Uint8Array(16), 4));
show('v7 bad offset', () => v7({ random, msecs: 1 }, new Uint8Array(10), 0));
show('v1 short random', () => v1({ random: new Uint8Array(8), msecs: 1 }));
show('sort v7', () => { const l = [3, 1, 2].map((m) => v7({ msecs: m * 1000, random })); return l.slice().sort().map((u) => l.indexOf(u)); });
