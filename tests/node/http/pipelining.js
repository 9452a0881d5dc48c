'use strict';
// Three requests in one write over net: answered in order even when the
// first is slowest; then a request with Connection: close ends the socket.
const http = require('http');
const net = require('net');
const delays = { '/a': 30, '/b': 0, '/c': 10 };
const server = http.createServer((req, res) => {
  console.log('request', req.url);
  setTimeout(() => res.end('body of ' + req.url), delays[req.url] ?? 0);
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.write('GET /a HTTP/1.1\r\nHost: x\r\n\r\nGET /b HTTP/1.1\r\nHost: x\r\n\r\n' +
          'GET /c HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
  let raw = '';
  c.on('data', (d) => { raw += d; });
  c.on('end', () => console.log('client end'));
  c.on('close', () => {
    console.log(raw.replace(/Date: [^\r]*\r\n/g, '').split('\r\n').join('|'));
    server.close(() => console.log('closed'));
  });
});
