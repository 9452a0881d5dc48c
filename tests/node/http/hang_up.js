'use strict';
// The server destroys the socket before answering: the client gets
// 'socket hang up' (ECONNRESET); a response cut mid-body gets 'aborted'.
const http = require('http');
const server = http.createServer((req, res) => {
  if (req.url === '/destroy') { req.socket.destroy(); return; }
  res.writeHead(200, { 'Content-Length': 100 });
  res.write('partial');
  setTimeout(() => req.socket.destroy(), 10);
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const r = http.get({ port, host: '127.0.0.1', path: '/destroy' });
  r.on('response', () => console.log('unexpected response'));
  r.on('error', (e) => {
    console.log('1 error', e.name, e.message, e.code);
    const r2 = http.get({ port, host: '127.0.0.1', path: '/cut' }, (res) => {
      console.log('2 response', res.statusCode);
      res.on('data', (d) => console.log('2 data', String(d)));
      res.on('aborted', () => console.log('2 aborted', res.complete));
      res.on('error', (e2) => console.log('2 res error', e2.message, e2.code));
      res.on('end', () => console.log('2 end'));
      res.on('close', () => { console.log('2 res close'); server.close(); });
    });
    r2.on('error', (e2) => console.log('2 req error', e2.message));
  });
  r.on('close', () => console.log('1 close'));
});
