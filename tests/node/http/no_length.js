'use strict';
// Bodies without framing: a response that ends with the connection
// (Connection: close, no Content-Length), an HTTP/1.0 request, and a
// large body streamed in many writes with backpressure.
const http = require('http');
const net = require('net');
const big = 'x'.repeat(300000);
const server = http.createServer((req, res) => {
  if (req.url === '/close') {
    res.setHeader('Connection', 'close');
    res.removeHeader('Content-Length');
    res.useChunkedEncodingByDefault = false;
    res.write('until ');
    res.end('eof');
  } else if (req.url === '/big') {
    let n = 0;
    (function more() {
      while (n < 10) {
        n++;
        if (!res.write(big)) { res.once('drain', more); return; }
      }
      res.end();
    })();
  } else {
    res.end(`v${req.httpVersion} ${req.headers.connection}`);
  }
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  http.get({ port, host: '127.0.0.1', path: '/close' }, (res) => {
    let b = '';
    res.on('data', (d) => { b += d; });
    res.on('end', () => {
      console.log('close:', res.headers.connection, res.headers['content-length'],
                  res.headers['transfer-encoding'], b);
      const c = net.connect(port, '127.0.0.1', () => c.write('GET /10 HTTP/1.0\r\n\r\n'));
      let raw = '';
      c.on('data', (d) => { raw += d; });
      c.on('close', () => {
        console.log(JSON.stringify(raw.replace(/Date: [^\r]*\r\n/, '')));
        http.get({ port, host: '127.0.0.1', path: '/big' }, (res2) => {
          let total = 0;
          let chunks = 0;
          res2.on('data', (d) => { total += d.length; chunks++; });
          res2.on('end', () => {
            console.log('big:', total, chunks > 1, res2.headers['transfer-encoding']);
            server.close();
          });
        });
      });
    });
  });
});
