'use strict';
// A response written in pieces is chunked; the client sees the pieces'
// bytes, trailers, and the raw framing over net.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => {
  if (req.url === '/trailers') {
    res.writeHead(200, { 'Trailer': 'X-Sum' });
    res.write('abc');
    res.addTrailers({ 'X-Sum': '3' });
    res.end();
    return;
  }
  res.write('one ');
  res.write(Buffer.from('two '));
  setTimeout(() => res.end('three'), 5);
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  http.get({ port, host: '127.0.0.1' }, (res) => {
    console.log('te', res.headers['transfer-encoding'], 'cl', res.headers['content-length']);
    let body = '';
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      console.log('body', JSON.stringify(body));
      http.get({ port, host: '127.0.0.1', path: '/trailers' }, (res2) => {
        res2.resume();
        res2.on('end', () => {
          console.log('trailers', JSON.stringify(res2.trailers), JSON.stringify(res2.rawTrailers));
          const c = net.connect(port, '127.0.0.1', () => {
            c.write('GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n');
          });
          let raw = '';
          c.on('data', (d) => { raw += d; });
          c.on('close', () => {
            console.log(JSON.stringify(raw.replace(/Date: [^\r]*\r\n/, '')));
            server.close();
          });
        });
      });
    });
  });
});
