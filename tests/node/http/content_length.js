'use strict';
// Content-Length and write errors: a too-short declared length (the client
// reads only that much), strictContentLength mismatches, write after end,
// invalid chunk types, and a body on a HEAD response ignored.
const http = require('http');
const server = http.createServer((req, res) => {
  const t = (f) => { try { f(); } catch (e) { console.log('server:', e.name, e.code, e.message); } };
  if (req.url === '/short') {
    res.setHeader('Content-Length', 3);
    res.end('abcdef');
  } else if (req.url === '/strict') {
    res.strictContentLength = true;
    res.setHeader('Content-Length', 3);
    t(() => res.write('abcd'));
    t(() => res.end('ab'));
    res.strictContentLength = false;
    res.end('xyz');
  } else if (req.url === '/types') {
    t(() => res.write(42));
    t(() => res.write(null));
    t(() => res.write({}));
    res.end('ok', () => {
      res.write('more', (err) => console.log('server: write cb', err && err.code));
      res.on('error', (e) => console.log('server: error event', e.code, e.message));
    });
  } else {
    console.log('server: head write', res.write('ignored'));
    res.end('also ignored');
  }
});
function get(path, method = 'GET') {
  return new Promise((resolve) => {
    const req = http.request({ port: server.address().port, host: '127.0.0.1', path, method, agent: false }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => resolve(`${method} ${path}: ${res.statusCode} cl=${res.headers['content-length']} ` +
                                  `te=${res.headers['transfer-encoding']} ${JSON.stringify(b)}`));
    });
    req.on('error', (e) => resolve(`${method} ${path}: error ${e.code} ${e.message} ${e.bytesParsed}`));
    req.end();
  });
}
server.listen(0, '127.0.0.1', async () => {
  console.log(await get('/short'));
  console.log(await get('/strict'));
  console.log(await get('/types'));
  console.log(await get('/head', 'HEAD'));
  setTimeout(() => server.close(), 20);
});
