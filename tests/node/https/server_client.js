'use strict';
// https.createServer answering https.request/https.get with the test CA:
// status, headers, a JSON body posted and echoed, keep-alive through an
// Agent, and the errors a client gets from an untrusted server.
const https = require('https');
const fs = require('fs');
const path = require('path');
const fx = (n) => fs.readFileSync(path.join(__dirname, '..', 'tls', 'fixtures', n));
const ca = fx('ca-cert.pem');

const server = https.createServer({ key: fx('server-key.pem'), cert: fx('server-cert.pem') },
                                  (req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    console.log('server:', req.method, req.url, req.headers['content-type'] || '-',
                req.socket.encrypted, req.socket.alpnProtocol);
    res.setHeader('Content-Type', 'application/json');
    res.setHeader('X-Seen', req.url);
    res.end(JSON.stringify({ method: req.method, url: req.url, body }));
  });
});

function collect(res) {
  return new Promise((resolve) => {
    let s = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { s += d; });
    res.on('end', () => resolve(s));
  });
}

server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  console.log(server instanceof require('tls').Server, https.globalAgent.defaultPort,
              https.globalAgent.protocol);
  await new Promise((resolve) => {
    https.get(`https://localhost:${port}/hello?x=1`, { ca }, async (res) => {
      console.log('get:', res.statusCode, res.headers['content-type'], res.headers['x-seen']);
      console.log('get body:', await collect(res));
      resolve();
    });
  });
  const agent = new https.Agent({ keepAlive: true, ca, maxSockets: 1 });
  for (let i = 0; i < 3; i++) {
    await new Promise((resolve) => {
      const req = https.request({ hostname: '127.0.0.1', port, path: '/post/' + i,
                                  method: 'POST', agent, servername: 'localhost',
                                  headers: { 'Content-Type': 'application/json' } },
                                async (res) => {
        console.log('post:', res.statusCode, await collect(res),
                    'reused:', req.reusedSocket);
        resolve();
      });
      req.end(JSON.stringify({ i }));
    });
  }
  agent.destroy();
  await new Promise((resolve) => {
    const req = https.get({ hostname: '127.0.0.1', port, path: '/untrusted' }, () => {
      console.log('untrusted: answered?!');
    });
    req.on('error', (e) => {
      console.log('untrusted:', e.code, e.message);
      resolve();
    });
  });
  await new Promise((resolve) => {
    https.get({ hostname: '127.0.0.1', port, path: '/insecure', rejectUnauthorized: false },
              async (res) => {
                console.log('insecure:', res.statusCode, (await collect(res)).length);
                resolve();
              });
  });
  server.close(() => console.log('closed'));
  https.globalAgent.destroy();
});
