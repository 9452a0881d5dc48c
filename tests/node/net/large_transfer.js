'use strict';
// A few MB each way with backpressure: write() returns false, 'drain' comes,
// and the bytes arrive intact (a checksum on both sides).
const net = require('net');
const crypto = require('crypto');
const SIZE = 6 * 1024 * 1024 + 123;
const data = Buffer.alloc(SIZE);
for (let i = 0; i < SIZE; i++) data[i] = (i * 31 + (i >> 8)) & 0xff;
const sum = (b) => crypto.createHash('sha256').update(b).digest('hex').slice(0, 16);
console.log('sent sum', sum(data));

const server = net.createServer((sock) => {
  // Echo with backpressure by hand.
  let falses = 0;
  sock.on('data', (d) => {
    if (!sock.write(d)) {

      sock.pause();
      sock.once('drain', () => sock.resume());
    }
  });
  sock.on('end', () => {
    sock.end();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const parts = [];
  let received = 0;
  c.on('data', (d) => { parts.push(d); received += d.length; });
  c.on('end', () => {
    const all = Buffer.concat(parts);
    console.log('received', received === SIZE, all.length, sum(all));
    console.log('bytesRead', c.bytesRead, 'bytesWritten', c.bytesWritten);
  });
  c.on('close', () => server.close(() => console.log('done')));
  // Write in 64 KB pieces, waiting for 'drain' when write() says so.
  let off = 0;
  let drains = 0;
  function pump() {
    while (off < SIZE) {
      const piece = data.subarray(off, Math.min(off + 65536, SIZE));
      off += piece.length;
      if (!c.write(piece)) {
        c.once('drain', () => { drains++; pump(); });
        return;
      }
    }
    console.log('client drains > 0', drains > 0, 'writableLength', typeof c.writableLength);
    c.end();
  }
  pump();
});
