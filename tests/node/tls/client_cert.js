'use strict';
// A server that asks for a client certificate (requestCert): one client
// presents the CA-signed one, another none; the server sees authorized and
// authorizationError, and the certificate's subject.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const ca = fx('ca-cert.pem');

const server = tls.createServer({
  key: fx('server-key.pem'), cert: fx('server-cert.pem'), ca, requestCert: true,
  rejectUnauthorized: false,
}, (s) => {
  const peer = s.getPeerCertificate();
  console.log('server:', s.authorized, s.authorizationError, peer.subject ? peer.subject.CN : peer);
  s.end(s.authorized ? 'welcome' : 'anonymous');
});

function run(label, opts) {
  return new Promise((resolve) => {
    const c = tls.connect({ port: server.address().port, host: '127.0.0.1', ca,
                            servername: 'localhost', ...opts });
    let got = '';
    c.setEncoding('utf8');
    c.on('data', (d) => { got += d; });
    c.on('end', () => {
      console.log(label, got);
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', async () => {
  await run('with cert:', { key: fx('client-key.pem'), cert: fx('client-cert.pem') });
  await run('without:', {});
  server.close();
});
