'use strict';
// The client's checks of the server certificate, one connection after the
// other: no CA (leaf not verifiable), a self-signed server, a name not in
// the altnames, an IP not in the list, rejectUnauthorized: false, and a
// custom checkServerIdentity.
const tls = require('tls');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, 'fixtures', n));
const ca = fx('ca-cert.pem');

const server = tls.createServer({ key: fx('server-key.pem'), cert: fx('server-cert.pem') },
                                (s) => s.end('hello'));
const selfSigned = tls.createServer({ key: fx('self-key.pem'), cert: fx('self-cert.pem') },
                                    (s) => s.end('hello'));
let clientErrors = 0;
server.on('tlsClientError', () => clientErrors++);
selfSigned.on('tlsClientError', () => clientErrors++);

function attempt(label, srv, opts) {
  return new Promise((resolve) => {
    const c = tls.connect({ port: srv.address().port, host: '127.0.0.1', ...opts }, () => {
      console.log(label, 'secureConnect authorized:', c.authorized, c.authorizationError);
      c.destroy();
      resolve();
    });
    c.on('error', (e) => {
      console.log(label, 'error', e.name, e.code, e.message);
      if (e.code === 'ERR_TLS_CERT_ALTNAME_INVALID') {
        console.log('  reason:', e.reason, 'host:', e.host, 'cert CN:', e.cert.subject.CN);
      }
      resolve();
    });
  });
}

server.listen(0, '127.0.0.1', () => selfSigned.listen(0, '127.0.0.1', async () => {
  await attempt('no ca:', server, {});
  await attempt('self-signed:', selfSigned, {});
  await attempt('self-signed + servername:', selfSigned, { servername: 'self.test' });
  await attempt('wrong name:', server, { ca, servername: 'example.com' });
  await attempt('localhost name:', server, { ca, servername: 'localhost' });
  await attempt('ip host:', server, { ca });
  await attempt('not rejecting:', server, { rejectUnauthorized: false });
  await attempt('not rejecting, wrong name:', server,
                { ca, servername: 'other.test', rejectUnauthorized: false });
  await attempt('custom check:', server, {
    ca,
    checkServerIdentity(host, cert) {
      console.log('  checkServerIdentity', host, cert.subject.CN);
      return new Error('refused by the test');
    },
  });
  console.log(tls.checkServerIdentity('a.localhost', { subject: { CN: 'x' },
    subjectaltname: 'DNS:*.localhost' }).reason);
  console.log(tls.checkServerIdentity('a.localhost.test', { subject: { CN: 'x' },
    subjectaltname: 'DNS:*.localhost.test' }));
  console.log(tls.checkServerIdentity('a.b.localhost', { subject: { CN: 'x' },
    subjectaltname: 'DNS:*.localhost' }).reason);
  console.log(tls.checkServerIdentity('10.0.0.1', { subject: {},
    subjectaltname: 'IP Address:10.0.0.2' }).reason);
  console.log(tls.checkServerIdentity('host.test', { subject: { CN: 'host.test' } }));
  const e = tls.checkServerIdentity('host.test', { subject: {} });
  console.log(e.code, e.message, e.host);
  server.close();
  selfSigned.close(() => console.log('closed; handshakes the server saw fail:', clientErrors > 0));
}));
