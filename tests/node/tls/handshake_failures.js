'use strict';
// Handshakes that fail: the peer is not speaking TLS and hangs up, the
// versions do not overlap, bad options.
const tls = require('tls');
const net = require('net');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));

function attempt(label, port, opts) {
  return new Promise((resolve) => {
    const c = tls.connect({ port, host: '127.0.0.1', ca: fx('ca-cert.pem'),
                            servername: 'localhost', ...opts }, () => {
      console.log(label, 'connected?!');
      c.destroy();
      resolve();
    });
    c.on('error', (e) => {
      // OpenSSL's own messages name a thread and a source file: only the code.
      console.log(label, e.name, e.code, e.code.startsWith('ERR_SSL') ? '' : e.message);
      resolve();
    });
  });
}

const plain = net.createServer((s) => s.end());
const old = tls.createServer({ key: fx('server-key.pem'), cert: fx('server-cert.pem'),
                               maxVersion: 'TLSv1.2' }, (s) => s.end());
const serverErrors = [];
old.on('tlsClientError', (e) => serverErrors.push(e.code));

plain.listen(0, '127.0.0.1', () => old.listen(0, '127.0.0.1', async () => {
  await attempt('hang up:', plain.address().port, {});
  await attempt('versions:', old.address().port, { minVersion: 'TLSv1.3' });
  for (const fn of [
    () => tls.connect({ port: 1, minVersion: 'TLSv9' }),
    () => tls.createServer({ key: 'not a key', cert: fx('server-cert.pem') }),
    () => tls.createSecureContext({ ciphers: 5 }),
  ]) {
    try {
      fn();
    } catch (e) {
      console.log('throws', e.name, e.code, e.message);
    }
  }
  plain.close();
  old.close(() => console.log('server saw:', serverErrors));
}));
