'use strict';
// A TLS echo: server and client in one process, certificate checked against
// the test CA, ALPN and SNI negotiated, then a clean end on both sides.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));

const server = tls.createServer({
  key: fx('server-key.pem'), cert: fx('server-cert.pem'), ALPNProtocols: ['h2', 'http/1.1'],
}, (s) => {
  console.log('server: secureConnection', s.servername, s.alpnProtocol, s.authorized,
              s.encrypted, s.getProtocol());
  console.log('server: own cert', s.getCertificate().subject.CN, s.getPeerCertificate());
  s.setEncoding('utf8');
  s.on('data', (d) => {
    console.log('server: got', d);
    s.end('pong:' + d);
  });
  s.on('end', () => console.log('server: end'));
  s.on('close', () => {
    console.log('server: close');
    server.close(() => console.log('server: closed'));
  });
});

server.listen(0, '127.0.0.1', () => {
  const c = tls.connect({
    port: server.address().port, host: '127.0.0.1', ca: fx('ca-cert.pem'),
    servername: 'localhost', ALPNProtocols: ['http/1.1'],
  }, () => {
    console.log('client: secureConnect', c.authorized, c.authorizationError, c.alpnProtocol,
                c.getProtocol(), typeof c.getCipher().name, c.getCipher().version);
    const pc = c.getPeerCertificate();
    console.log('client: peer', pc.subject, pc.issuer.CN, pc.subjectaltname);
    console.log('client: peer keys', Object.keys(pc));
    const detailed = c.getPeerCertificate(true);
    console.log('client: issuer', detailed.issuerCertificate.subject.CN,
                detailed.issuerCertificate.issuerCertificate === detailed.issuerCertificate);
    console.log('client: own', c.getCertificate());
    console.log('client: addresses', c.remoteAddress, c.remotePort === server.address().port,
                c.address().address);
    c.write('ping');
  });
  console.log('client: instanceof', c instanceof tls.TLSSocket, c.encrypted, c.connecting);
  c.on('connect', () => console.log('client: connect'));
  c.setEncoding('utf8');
  c.on('data', (d) => console.log('client: got', d));
  c.on('end', () => console.log('client: end'));
  c.on('close', (hadError) => console.log('client: close', hadError));
});
