'use strict';
// 404 and 500 with default and custom messages, 204/304 without bodies,
// writeHead with an array, and invalid status codes.
const http = require('http');
const server = http.createServer((req, res) => {
  switch (req.url) {
    case '/404': res.statusCode = 404; res.end('nope'); break;
    case '/500': res.writeHead(500, 'Broken', { 'X-Err': '1' }); res.end(); break;
    case '/204': res.writeHead(204); res.end(); break;
    case '/304': res.writeHead(304, ['ETag', '"x"']); res.end(); break;
    case '/999': res.writeHead(999); res.end('odd'); break;
    case '/bad':
      try { res.writeHead(1000); } catch (e) { console.log(e.name, e.code, e.message); }
      try { res.writeHead(99); } catch (e) { console.log(e.name, e.code, e.message); }
      res.end('after');
      break;
    default: res.end();
  }
});
function get(path) {
  return new Promise((resolve) => {
    http.get({ port: server.address().port, host: '127.0.0.1', path }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => resolve(`${path}: ${res.statusCode} ${res.statusMessage} ` +
        `cl=${res.headers['content-length']} te=${res.headers['transfer-encoding']} ` +
        `x=${res.headers['x-err'] ?? res.headers.etag} ${JSON.stringify(b)}`));
    });
  });
}
server.listen(0, '127.0.0.1', async () => {
  for (const p of ['/404', '/500', '/204', '/304', '/999', '/bad', '/']) console.log(await get(p));
  console.log(http.STATUS_CODES[404], http.STATUS_CODES[418], Object.keys(http.STATUS_CODES).length);
  console.log(http.METHODS.length, http.METHODS.slice(0, 5).join());
  server.close();
});
