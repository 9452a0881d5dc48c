// DataView (added with Buffer: float and BigInt access by byte offset), and views as inputs.
const ab = new ArrayBuffer(16);
const dv = new DataView(ab, 2, 12);
console.log(dv.byteLength, dv.byteOffset, dv.buffer === ab, Object.prototype.toString.call(dv), ArrayBuffer.isView(dv));
dv.setInt16(0, -2); dv.setUint16(2, 0xabcd, true); dv.setFloat32(4, 1.5); dv.setFloat64(4, -0.1, true);
console.log(dv.getInt16(0), dv.getUint16(2, true), dv.getUint16(2), dv.getFloat64(4, true), dv.getInt8(0), dv.getUint8(1));
dv.setBigInt64(0, -3n); console.log(dv.getBigInt64(0), dv.getBigUint64(0, true));
dv.setUint32(8, 2 ** 32 + 5); dv.setInt32(8, -7, true); console.log(dv.getUint32(8, true), dv.getInt32(8, true));
console.log(new Uint8Array(ab));
for (const f of [() => new DataView(1), () => new DataView(ab, 17), () => new DataView(ab, 4, 13), () => dv.getInt32(10), () => dv.getInt8(-1), () => DataView(ab), () => dv.setBigInt64(0, 1)]) {
  try { f(); } catch (e) { console.log(e.name, e.message); }
}
console.log(Buffer.from(new Uint8Array(new DataView(ab).buffer)).length, Buffer.byteLength(dv), (() => { try { return require("buffer").isUtf8(dv); } catch (e) { return e.message; } })());
const { StringDecoder } = require('string_decoder');
console.log(new StringDecoder().write(new DataView(Buffer.from('hi').buffer, Buffer.from('hi').byteOffset, 2)).length);
console.log(new TextDecoder().decode(new DataView(new TextEncoder().encode('héllo').buffer)));
class D extends DataView {}
console.log(new D(ab) instanceof DataView, Buffer.copyBytesFrom(new Uint8Array([1,2])));
