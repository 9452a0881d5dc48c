'use strict';
// An 'upgrade' request: the server takes the socket with the bytes after
// the headers, answers 101 and echoes; the client's 'upgrade' event.
const http = require('http');
const server = http.createServer((req, res) => res.end('plain'));
server.on('upgrade', (req, socket, head) => {
  console.log('server upgrade', req.headers.upgrade, JSON.stringify(String(head)));
  socket.write('HTTP/1.1 101 Switching Protocols\r\nUpgrade: echo\r\nConnection: Upgrade\r\n\r\n');
  socket.on('data', (d) => socket.write('echo:' + d));
  socket.on('end', () => socket.end());
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1',
    headers: { Connection: 'Upgrade', Upgrade: 'echo' } });
  req.on('upgrade', (res, socket, head) => {
    console.log('client upgrade', res.statusCode, res.headers.upgrade, head.length);
    socket.write('ping');
    socket.once('data', (d) => {
      console.log('client got', String(d));
      socket.end();
      socket.on('close', () => server.close(() => console.log('closed')));
    });
  });
  req.end();
});
