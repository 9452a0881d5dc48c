// Buffer basics: inspect, species results, errors, floats/BigInts, encodings.
const b = Buffer.from('hello world');
console.log(b, Buffer.alloc(0), Buffer.alloc(60));
const x = Buffer.from([1,2,3]); x.foo = 1; console.log(x);
console.log(b.subarray(1).constructor.name, b.slice(1) instanceof Buffer, b.map(v=>v+1));
console.log(Buffer.isBuffer(b), b.byteOffset % 8, b.buffer.byteLength);
for (const f of [()=>Buffer.alloc(-1), ()=>b.readUInt8(20), ()=>b.toString('xyz'), ()=>Buffer.from(5), ()=>b.readUInt32LE(8), ()=>Buffer.alloc(7).writeUInt8(1,7), ()=>b.fill('zz','hex'), ()=>b.readIntLE(0), ()=>b.swap16(), ()=>Buffer.alloc(6).readUInt8(7)]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message, String(e)); }
}
const w = Buffer.alloc(16);
w.writeDoubleLE(1.5); w.writeFloatBE(-2.25, 8); w.writeBigInt64LE(-5n, 8);
console.log(w.readDoubleLE(0), w.readBigInt64LE(8), w.readBigUInt64BE(8), w);
console.log(Buffer.from('héllo').toString('latin1'), Buffer.from('abcabc').lastIndexOf('abc'), Buffer.from('aéa','utf16le').indexOf('é','utf16le'));
console.log(Buffer.from([0xe2,0x82]).toString(), Buffer.from([0xf0,0x9f,0x98,0x80,0xff,0xc0,0x80]).toString(), JSON.stringify(Buffer.from([0xed,0xa0,0x80]).toString()));
console.log(Buffer.concat([Buffer.from('a'), new Uint8Array([98])]), Buffer.compare(Buffer.from('b'), Buffer.from('a')));
console.log(b.toJSON(), b.equals(Buffer.from('hello world')), b.readUIntBE(0, 6), b.readIntLE(0,6));
console.log(Buffer.from('ab').swap16(), Buffer.byteLength('😀'), Buffer.byteLength('aGk=', 'base64'));
