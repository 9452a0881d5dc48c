// structuredClone of a DataView (alone, beside a typed array over the same
// buffer, and in a transfer), and util.types on DataViews.
const util = require('util');
const buf = new ArrayBuffer(8);
const dv = new DataView(buf, 2, 4);
dv.setUint16(0, 0xbeef);
const c = structuredClone(dv);
console.log(c, c instanceof DataView, c.byteOffset, c.byteLength, c.getUint16(0).toString(16));
const pair = structuredClone({ dv, u8: new Uint8Array(buf) });
console.log(pair.dv.buffer === pair.u8.buffer, pair.u8);
const moved = structuredClone(dv, { transfer: [buf] });
console.log(buf.byteLength, moved.buffer.byteLength, moved.getUint16(0));
console.log(util.types.isDataView(c), util.types.isArrayBufferView(c), util.types.isTypedArray(c));
