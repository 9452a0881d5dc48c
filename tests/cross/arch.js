// What could differ on another CPU: floating point and its printing, integer
// and BigInt arithmetic, typed arrays and DataView byte order, deep
// recursion (stack checks), the collector under many allocations, async
// code and timers, a RegExp, JSON, and a thrown error's message.
const out = [];
out.push(Math.sin(1) + Math.cos(2) * Math.exp(0.5), 0.1 + 0.2, 1 / 3, 2 ** 53 + 1, -0 === 0);
out.push((123.456).toFixed(2), (1e21).toString(), (255).toString(2), parseFloat('3.25e-7'));
out.push(String(2n ** 100n), (-7n) / 2n, BigInt.asIntN(8, 255n), (0xffffffff | 0) >>> 1);
const f = new Float64Array([Math.PI, -1.5]);
const u = new Uint8Array(f.buffer);
out.push(Array.from(u.slice(0, 8)).join('.'));
const dv = new DataView(new ArrayBuffer(8));
dv.setUint32(0, 0x01020304);
dv.setFloat32(4, 1.5, true);
out.push(dv.getUint8(0), dv.getUint32(0, true), dv.getFloat32(4, true));
function depth(n) { return n === 0 ? 0 : 1 + depth(n - 1); }
out.push(depth(5000));
let caught = 'none';
try { (function rec() { rec(); })(); } catch (e) { caught = e.constructor.name; }
out.push(caught);
let keep = [];
for (let i = 0; i < 200000; i++) {
  keep.push({ i, s: 'x' + i, a: [i, i * 2] });
  if (keep.length > 1000) keep = keep.slice(500);
}
out.push(keep.length, keep[keep.length - 1].s);
out.push(JSON.stringify({ a: [1, 'two', { three: 3.5 }], b: null }));
out.push('2026-12-07T10:20:30Z'.replace(/(\d+)-(\d+)-(\d+)T.*/, '$3/$2/$1'));
try { null.x; } catch (e) { out.push(e.message); }
console.log(out.join('\n'));
async function later(v, ms) { await new Promise((r) => setTimeout(r, ms)); return v; }
(async () => {
  const r = await Promise.all([later('b', 5), later('a', 1)]);
  console.log(r.join(','));
  function* gen() { yield* [1, 2, 3]; }
  console.log([...gen()].map((x) => x * x).join(' '));
})();
