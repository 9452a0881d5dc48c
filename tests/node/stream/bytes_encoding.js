// Byte streams: strings become Buffers with their encoding, Buffer
// concatenation in read(n), setEncoding across split UTF-8 sequences,
// decodeStrings false, defaultEncoding, writev chunks.
const { Readable, Writable, PassThrough } = require('stream');
const r = new Readable({ read() {} });
r.push('héllo', 'utf8');
r.push('776f726c64', 'hex');
r.push(Buffer.from([0x21]));
r.push(new Uint8Array([0x3f]));
console.log('length', r.readableLength);
const first = r.read(3);
console.log(Buffer.isBuffer(first), first);
console.log(r.read(5).toString(), r.read().toString('latin1'));

const s = new Readable({ read() {} });
s.setEncoding('utf8');
const euro = Buffer.from('€uro');
s.push(euro.subarray(0, 1));
s.push(euro.subarray(1, 2));
console.log('partial', JSON.stringify(s.read()), s.readableLength);
s.push(euro.subarray(2));
console.log('whole', JSON.stringify(s.read()), s.readableEncoding);
s.push(Buffer.from([0xe2]));
s.push(null);
s.on('data', (d) => console.log('tail', JSON.stringify(d)));
s.on('end', () => console.log('s end'));

const w = new Writable({
  write(chunk, enc, cb) {
    console.log('write', Buffer.isBuffer(chunk), enc, chunk.toString('hex'));
    cb();
  },
});
w.write('ab');
w.write('ff00', 'hex');
w.write(Buffer.from('z'));
w.write(new Uint16Array([1]));
w.setDefaultEncoding('base64');
w.write('aGk=');
try {
  w.setDefaultEncoding('klingon');
} catch (e) {
  console.log(e.code, e.message);
}

const raw = new Writable({
  decodeStrings: false,
  writev(chunks, cb) {
    console.log('writev', chunks.length, chunks.allBuffers,
                chunks.map((c) => typeof c.chunk + ':' + c.encoding).join(' '));
    cb();
  },
});
raw.cork();
raw.write('text');
raw.write('6869', 'hex');
raw.write(Buffer.from('b'));
process.nextTick(() => raw.uncork());

const p = new PassThrough();
p.setEncoding('hex');
p.on('data', (d) => console.log('hex data', d));
p.end('AB');

const enc = new Readable({ encoding: 'base64', read() {} });
enc.push('hello');
enc.push(null);
enc.on('data', (d) => console.log('base64 data', d));
