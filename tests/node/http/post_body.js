'use strict';
// POST bodies: with Content-Length (end(data)), chunked (write + end), and
// a Buffer; the server echoes what it read and the framing it saw.
const http = require('http');
const server = http.createServer((req, res) => {
  const chunks = [];
  req.on('data', (c) => chunks.push(c));
  req.on('end', () => {
    const body = Buffer.concat(chunks).toString();
    res.writeHead(201, { 'Content-Type': 'application/json' });
    res.end(JSON.stringify({
      method: req.method, body, len: req.headers['content-length'] ?? null,
      te: req.headers['transfer-encoding'] ?? null,
    }));
  });
});
function post(port, how) {
  return new Promise((resolve) => {
    const req = http.request({ port, host: '127.0.0.1', method: 'POST', path: '/p' }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => resolve(`${how}: ${res.statusCode} ${res.headers['content-type']} ` +
                                  `${res.headers['content-length']} ${b}`));
    });
    if (how === 'length') req.end('a=1&b=2');
    else if (how === 'chunked') { req.write('part1,'); req.write('part2,'); req.end('part3'); }
    else if (how === 'buffer') req.end(Buffer.from([0x68, 0xc3, 0xa9]));
    else if (how === 'empty') req.end();
    else if (how === 'utf8') req.end('héllo ✓');
  });
}
server.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  for (const how of ['length', 'chunked', 'buffer', 'empty', 'utf8']) console.log(await post(port, how));
  server.close();
});
