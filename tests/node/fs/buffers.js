// fs with Buffers: results are Buffers, Buffer paths and data, encodings.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const dir = path.join(__dirname, 'tmp-buf-' + process.pid);
fs.mkdirSync(dir);
const f = path.join(dir, 'b.bin');
fs.writeFileSync(f, Buffer.from([0, 1, 2, 250, 255]));
const b = fs.readFileSync(f);
console.log(b, Buffer.isBuffer(b), b.constructor.name);
fs.writeFileSync(Buffer.from(f), 'ünïcödé', 'latin1');
console.log(fs.readFileSync(f), fs.readFileSync(f, 'latin1'));
fs.writeFileSync(f, 'ünïcödé', 'utf16le');
console.log(fs.readFileSync(f, 'utf16le'), fs.readFileSync(f).length);
fs.writeFileSync(f, Buffer.from('héllo wörld'));
console.log(fs.readFileSync(f, 'base64url'), fs.readFileSync(f, 'ascii'));
console.log(fs.readdirSync(dir, { encoding: 'buffer' }));
console.log(fs.readdirSync(dir, 'hex'));
const fd = fs.openSync(f, 'r');
const into = Buffer.alloc(6);
console.log(fs.readSync(fd, into, 1, 5, 0), into);
fs.read(fd, (err, n, buf) => {
  console.log('read default', err, n, Buffer.isBuffer(buf), buf.length);
  fs.closeSync(fd);
  fsp.readFile(f).then((data) => {
    console.log('promise', Buffer.isBuffer(data), data.toString());
    return fsp.open(f);
  }).then(async (fh) => {
    const r = await fh.read();
    console.log('fh.read', r.bytesRead, Buffer.isBuffer(r.buffer), r.buffer.length);
    await fh.close();
    fs.rmSync(dir, { recursive: true });
    console.log('done');
  });
});
