'use strict';
// Malformed requests: node answers 400 Bad Request (or 431 for huge
// headers) and closes; 'clientError' listeners see node's parse errors.
const http = require('http');
const net = require('net');
const server = http.createServer((req, res) => res.end('fine'));
function raw(port, text) {
  return new Promise((resolve) => {
    const c = net.connect(port, '127.0.0.1', () => c.write(text));
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('error', () => {});
    c.on('close', () => resolve(JSON.stringify(got.replace(/Date: [^\r]*\r\n/g, ''))));
  });
}
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  console.log(await raw(port, 'GARBAGE\r\n\r\n'));
  console.log(await raw(port, 'GET / HTTP/1.1\r\nBad Header\r\n\r\n'));
  console.log(await raw(port, 'POST / HTTP/1.1\r\nHost: x\r\nContent-Length: abc\r\n\r\n'));
  console.log(await raw(port, 'POST / HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n'));
  console.log(await raw(port, 'GET / HTTP/1.1\r\nX-Big: ' + 'a'.repeat(20000) + '\r\n\r\n'));
  server.on('clientError', (err, socket) => {
    console.log('clientError', err.message, err.code, err.bytesParsed, err.rawPacket.length > 0);
    socket.end('HTTP/1.1 400 Custom\r\n\r\n');
  });
  console.log(await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n'));
  console.log(await raw(port, 'GET /\x01 HTTP/1.1\r\n\r\n'));
  server.close();
});
