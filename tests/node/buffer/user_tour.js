const { Buffer, constants, kMaxLength } = require('buffer');
const util = require('util');
const b = Buffer.from('héllo wörld €', 'utf8');
console.log(b, b.length, b.toString('hex'));
for (const enc of ['utf8', 'utf16le', 'latin1', 'ascii', 'hex', 'base64', 'base64url', 'binary', 'ucs2']) {
  const s = b.toString(enc);
  console.log(enc, JSON.stringify(s), Buffer.byteLength(s, enc), Buffer.from(s, enc).equals(b));
}
console.log(Buffer.from('+/+/ab==', 'base64'), Buffer.from('-_-_ab', 'base64url'));
console.log(Buffer.from([0xfb, 0xff, 0xbf]).toString('base64url'), Buffer.from([0xfb, 0xff, 0xbf]).toString('base64'));
const buf = Buffer.alloc(40);
let off = 0;
off = buf.writeUInt8(255, off); off = buf.writeInt8(-2, off);
off = buf.writeUInt16LE(0xbeef, off); off = buf.writeInt16BE(-300, off);
off = buf.writeUInt32BE(0xdeadbeef, off); off = buf.writeInt32LE(-123456, off);
off = buf.writeFloatLE(1.5, off); off = buf.writeDoubleBE(Math.PI, off);
off = buf.writeBigInt64LE(-5n, off);
console.log(off, buf);
console.log(buf.readUInt8(0), buf.readInt8(1), buf.readUInt16LE(2).toString(16), buf.readInt16BE(4),
  buf.readUInt32BE(6).toString(16), buf.readInt32LE(10), buf.readFloatLE(14), buf.readDoubleBE(18), buf.readBigInt64LE(26));
console.log(buf.readUIntBE(6, 3), buf.readIntLE(10, 6), buf.writeUIntLE(0x123456, 0, 3), buf.readUIntLE(0, 3).toString(16));
try { buf.readUInt32LE(38); } catch (e) { console.log(e.code, e.name, e.message); }
try { buf.writeUInt8(256, 0); } catch (e) { console.log(e.code, e.message); }
try { buf.writeInt16LE(1, 'x'); } catch (e) { console.log(e.code, e.message); }
const a = Buffer.from('abc'), c = Buffer.from('abd');
console.log(Buffer.compare(a, c), a.compare(c), c.compare(a), a.compare(c, 0, 2, 0, 2), [c, a].sort(Buffer.compare));
const hay = Buffer.from('the quick brown fox jumps over the lazy dog');
console.log(hay.indexOf('the'), hay.lastIndexOf('the'), hay.indexOf('the', 1), hay.indexOf(Buffer.from('fox')), hay.indexOf(0x6f), hay.includes('cat'), hay.indexOf('o', -5));
console.log(JSON.stringify(Buffer.from('hi')), Buffer.from('hi').toJSON());
console.log(Buffer.from(JSON.parse(JSON.stringify(Buffer.from('round'))).data).toString());
console.log(util.inspect(Buffer.alloc(60, 1)));
console.log(util.inspect({ b: Buffer.from('x'), nested: { deep: [Buffer.from([1, 2])] } }));
const sw = Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]);
console.log(sw.swap16(), sw.swap32(), sw.swap64());
try { Buffer.from([1, 2, 3]).swap16(); } catch (e) { console.log(e.code, e.message); }
console.log(Buffer.concat([Buffer.from('a'), Buffer.from('bc')], 5), Buffer.alloc(5, 'ab'), Buffer.alloc(4).fill('xyz', 1));
const sl = hay.subarray(4, 9); sl[0] = 0x51; console.log(hay.toString('utf8', 0, 12), sl.toString(), hay.slice(-3).toString());
const target = Buffer.alloc(6, '.'); console.log(Buffer.from('wxyz').copy(target, 2, 1), target.toString());
console.log(constants.MAX_LENGTH === kMaxLength, constants.MAX_STRING_LENGTH > 0, Buffer.poolSize, Buffer.isBuffer(new Uint8Array(2)), Buffer.isEncoding('UTF-8'), Buffer.isEncoding('nope'));
try { Buffer.from({}); } catch (e) { console.log(e.code, e.message); }
try { Buffer.alloc(-1); } catch (e) { console.log(e.code, e.message); }
console.log(Buffer.from('7468697320697320', 'hex').toString(), Buffer.from('zz12', 'hex'), Buffer.from('abc').toString('hex', 1));
console.log(new TextDecoder().decode(Buffer.from([0xe2, 0x82, 0xac])), Buffer.from([0xff, 0xfe]).toString());
console.log(b.readUInt16BE(1), Buffer.from('€').length, [...Buffer.from('ok').entries()]);
