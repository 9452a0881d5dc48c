// Resizable and shared buffers, BigInt typed arrays, length-tracking views
// and the out-of-bounds rules (ECMA-262 #sec-typedarray-objects).
const log = (...a) => console.log(...a);
const err = (f) => { try { return f(); } catch (e) { return e.constructor.name; } };

const rab = new ArrayBuffer(8, { maxByteLength: 16 });
log(rab.resizable, rab.maxByteLength, rab.byteLength);
const track = new Uint16Array(rab);
const fixed = new Uint16Array(rab, 2, 2);
track.set([1, 2, 3, 4]);
rab.resize(12);
log(track.length, [...track], fixed.length, [...fixed]);
rab.resize(4);
log(track.length, fixed.length, fixed.byteOffset, fixed.byteLength);
log(err(() => fixed.fill(0)), err(() => fixed.values()), err(() => Object.keys(fixed)));
rab.resize(16);
log([...track], [...fixed]);
log(err(() => rab.resize(17)), err(() => new ArrayBuffer(4, { maxByteLength: 2 })));

const dv = new DataView(new ArrayBuffer(8, { maxByteLength: 8 }), 2);
log(dv.byteLength);
dv.buffer.resize(4);
log(dv.byteLength, err(() => dv.getInt8(2)));
dv.buffer.resize(1);
log(err(() => dv.byteLength), err(() => dv.getInt8(0)));

const b64 = new BigInt64Array([1n, -2n, 2n ** 63n]);
log(b64, new BigUint64Array(b64.buffer));
log(err(() => new BigInt64Array([1])), err(() => new Int8Array(b64)), err(() => b64.set([1])));
log(b64.toSorted(), b64.includes(-2n), b64.indexOf(1n), b64.with(0, 5n).join());
const view = new DataView(b64.buffer);
view.setBigUint64(0, 2n ** 64n - 1n, true);
log(view.getBigInt64(0, true), view.getBigUint64(0), b64[0]);

const sab = new SharedArrayBuffer(4, { maxByteLength: 8 });
log(Object.prototype.toString.call(sab), sab.growable, sab.byteLength);
const i32 = new Int32Array(sab);
sab.grow(8);
log(i32.length, err(() => sab.grow(4)), err(() => ArrayBuffer.prototype.slice.call(sab)));
log(Atomics.add(i32, 1, 5), Atomics.load(i32, 1), Atomics.wait(i32, 1, 0, 0), Atomics.wait(i32, 1, 5, 0));
log(new Int8Array([1, 2, 3]).toReversed(), new Uint8Array([1, 2]).with(-1, 7));
const bi = new BigInt64Array(new SharedArrayBuffer(16));
log(Atomics.add(bi, 0, 5n), Atomics.sub(bi, 0, 2n), Atomics.load(bi, 0), Atomics.compareExchange(bi, 0, 3n, -1n), bi[0]);
log(Atomics.wait(bi, 0, 0n, 0), Atomics.wait(bi, 0, -1n, 0), Atomics.store(bi, 1, 2n ** 64n + 7n), bi[1], err(() => Atomics.add(bi, 0, 1)));
log(Atomics.exchange(new BigUint64Array(2), 0, -1n), err(() => Atomics.wait(new BigUint64Array(new SharedArrayBuffer(8)), 0, 0n)));
