'use strict';
// 2 MB each way through TLS with pipe(): backpressure on both sides, the
// bytes arrive whole and in order.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const crypto = require('crypto');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));

const data = Buffer.alloc(2 * 1024 * 1024);
for (let i = 0; i < data.length; i++) data[i] = (i * 7 + (i >> 10)) & 0xff;
const digest = crypto.createHash('sha256').update(data).digest('hex');

const server = tls.createServer({ key: fx('server-key.pem'), cert: fx('server-cert.pem') },
                                (s) => s.pipe(s));
server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({ port: server.address().port, host: '127.0.0.1',
                          ca: fx('ca-cert.pem'), servername: 'localhost' }, () => {
    const hash = crypto.createHash('sha256');
    let n = 0;
    c.on('data', (d) => {
      n += d.length;
      hash.update(d);
      if (n === data.length) {
        console.log('echoed', n, hash.digest('hex') === digest);
        c.end();
      }
    });
    c.on('close', () => server.close(() => console.log('done')));
    let off = 0;
    (function writeMore() {
      while (off < data.length) {
        const chunk = data.subarray(off, off + 65536);
        off += chunk.length;
        if (!c.write(chunk)) {
          c.once('drain', writeMore);
          return;
        }
      }
    })();
  });
});
