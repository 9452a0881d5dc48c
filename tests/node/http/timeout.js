'use strict';
// req.setTimeout fires 'timeout' when the server is slow; the client
// destroys the request and sees its own error; server.setTimeout too.
const http = require('http');
const server = http.createServer((req, res) => {
  setTimeout(() => res.end('late'), 200);
});
server.listen(0, '127.0.0.1', () => {
  const req = http.get({ port: server.address().port, host: '127.0.0.1' }, () => console.log('response?'));
  req.setTimeout(30, () => {
    console.log('timeout event');
    req.destroy(new Error('too slow'));
  });
  req.on('error', (e) => console.log('error', e.message));
  req.on('close', () => {
    console.log('close', req.destroyed);
    const req2 = http.get({ port: server.address().port, host: '127.0.0.1', timeout: 20 });
    req2.on('timeout', () => { console.log('timeout option'); req2.destroy(); });
    req2.on('error', (e) => { console.log('error2', e.message, e.code); server.closeAllConnections(); server.close(); });
  });
});
