// Integer, float and BigInt reads and writes, with node's range errors.
function show(label, f) {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, 'threw', e.name, e.code, e.message);
  }
}
const b = Buffer.alloc(8);
const ops = [
  ['writeUInt8', 255, 0], ['writeUInt8', 256, 0], ['writeUInt8', -1, 0], ['writeInt8', -128, 1], ['writeInt8', 128, 1],
  ['writeUInt16LE', 0xabcd, 0], ['writeUInt16BE', 0xabcd, 6], ['writeUInt16BE', 0xabcd, 7], ['writeInt16LE', -2, 2],
  ['writeInt16BE', 40000, 0], ['writeUInt32LE', 0xdeadbeef, 0], ['writeUInt32BE', 2 ** 32, 0], ['writeInt32LE', -(2 ** 31), 4],
  ['writeInt32BE', 2 ** 31, 0], ['writeUInt32LE', 1, 5], ['writeUInt8', 1, 8], ['writeUInt8', 1, -1], ['writeUInt8', 1, 1.5],
  ['writeUInt8', 1, '1'], ['writeUInt16LE', 1.7, 0], ['writeUInt8', 'x', 0], ['writeUInt8', NaN, 0], ['writeInt8', 3.9, 0],
  ['writeUint8', 7, 0], ['writeUint32BE', 0x01020304, 0],
];
for (const [m, v, o] of ops) show(`${m}(${v}, ${o})`, () => [b[m](v, o), b.toString('hex')]);
const r = Buffer.from([0x01, 0x82, 0x83, 0xf4, 0x05, 0x86, 0x07, 0xff]);
const reads = [
  ['readUInt8', 0], ['readUInt8', 7], ['readUInt8', 8], ['readInt8', 1], ['readUInt16LE', 0], ['readUInt16BE', 0], ['readInt16LE', 1],
  ['readInt16BE', 1], ['readUInt32LE', 0], ['readUInt32BE', 4], ['readInt32LE', 0], ['readInt32BE', 1], ['readInt32BE', 5],
  ['readUInt32LE', -1], ['readUInt32LE', 1.5], ['readUInt32LE', '0'], ['readUInt16LE', 7], ['readUint16LE', 2], ['readUInt8'],
  ['readFloatLE', 0], ['readFloatBE', 4], ['readDoubleLE', 0], ['readDoubleBE', 0], ['readDoubleLE', 1], ['readFloatLE', 5],
  ['readBigUInt64LE', 0], ['readBigUInt64BE', 0], ['readBigInt64LE', 0], ['readBigInt64BE', 0], ['readBigInt64LE', 1], ['readBigUint64LE', 0],
];
for (const [m, o] of reads) show(`${m}(${o})`, () => r[m](o));
for (const n of [1, 2, 3, 4, 5, 6]) {
  show(`readUIntLE ${n}`, () => [r.readUIntLE(0, n), r.readUIntBE(1, n), r.readIntLE(0, n), r.readIntBE(1, n)]);
}
show('readUIntLE 7', () => r.readUIntLE(0, 7));
show('readUIntLE 0', () => r.readUIntLE(0, 0));
show('readIntBE undef', () => r.readIntBE(0));
show('readIntBE oob', () => r.readIntBE(4, 6));
show('readUIntLE 1.5', () => r.readUIntLE(0, 1.5));
const w = Buffer.alloc(8);
for (const n of [1, 2, 3, 4, 5, 6]) {
  const max = 2 ** (8 * n);
  show(`writeUIntLE ${n}`, () => [w.writeUIntLE(max - 1, 0, n), w.toString('hex'), w.writeUIntBE(max / 3 | 0, 0, n), w.toString('hex')]);
  show(`writeIntLE ${n}`, () => [w.writeIntLE(-(max / 2), 0, n), w.toString('hex'), w.writeIntBE(max / 2 - 1, 2, n), w.toString('hex')]);
  show(`writeUIntLE ${n} over`, () => w.writeUIntLE(max, 0, n));
  show(`writeIntBE ${n} under`, () => w.writeIntBE(-(max / 2) - 1, 0, n));
}
show('writeUIntLE 7', () => w.writeUIntLE(1, 0, 7));
show('writeIntLE oob', () => w.writeIntLE(1, 5, 6));
const f = Buffer.alloc(8);
for (const v of [0, -0, 1.5, -2.25, 3.4028234663852886e38, 1e40, NaN, Infinity, -Infinity, 5e-324, 0.1]) {
  f.writeFloatLE(v, 0);
  f.writeFloatBE(v, 4);
  const fl = [f.readFloatLE(0), f.readFloatBE(4), f.toString('hex')];
  f.writeDoubleBE(v, 0);
  console.log(v, fl, f.readDoubleBE(0), f.toString('hex'), f.writeDoubleLE(v), f.readDoubleLE());
}
show('writeFloatLE oob', () => f.writeFloatLE(1, 5));
show('writeDoubleLE str', () => [f.writeDoubleLE('2.5', 0), f.readDoubleLE(0)]);
show('writeDoubleLE off str', () => f.writeDoubleLE(1, '0'));
const g = Buffer.alloc(8);
for (const v of [0n, 1n, -1n, 2n ** 63n - 1n, -(2n ** 63n), 0x0102030405060708n]) {
  show(`big ${v}`, () => [g.writeBigInt64LE(v), g.toString('hex'), g.readBigInt64LE(), g.writeBigInt64BE(v), g.readBigInt64BE(), g.readBigUInt64BE()]);
}
show('big over', () => g.writeBigInt64LE(2n ** 63n));
show('big under', () => g.writeBigUInt64LE(-1n));
show('big over u', () => g.writeBigUInt64BE(2n ** 64n));
show('big u max', () => [g.writeBigUInt64LE(2n ** 64n - 1n), g.toString('hex')]);
show('big number', () => g.writeBigInt64LE(5));
show('big oob', () => g.writeBigInt64LE(1n, 1));
show('big read oob', () => Buffer.alloc(4).readBigInt64LE());
show('empty read', () => Buffer.alloc(0).readUInt8(0));
show('empty read32', () => Buffer.alloc(2).readUInt32LE(0));
show('aliases', () => [Buffer.prototype.readUint8 === Buffer.prototype.readUInt8, Buffer.prototype.writeBigUint64LE === Buffer.prototype.writeBigUInt64LE]);
