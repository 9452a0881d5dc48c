'use strict';
// Everyday API shapes: URL strings and URL objects with options, chained
// writeHead().end(), for await over a request body, end() callbacks,
// flushHeaders, socket addresses, instanceof checks, a client abort.
const http = require('http');
let hangClosed = null;
const server = http.createServer(async (req, res) => {
  if (req.url === '/hang') { req.on('close', () => { hangClosed = req.aborted; }); return; }
  let body = '';
  for await (const chunk of req) body += chunk;
  console.log('server:', req.method, req.url, JSON.stringify(body), req.socket.remoteAddress,
              req instanceof http.IncomingMessage, res instanceof http.ServerResponse,
              res instanceof http.OutgoingMessage);
  if (req.url.startsWith('/flush')) {
    res.flushHeaders();
    console.log('server: flushed', res.headersSent);
    setTimeout(() => res.end('late body', () => console.log('server: end callback')), 5);
    return;
  }
  res.writeHead(200, { 'X-Url': req.url }).end(body.toUpperCase());
});
function collect(res) {
  return new Promise((resolve) => {
    let b = '';
    res.on('data', (d) => { b += d; });
    res.on('end', () => resolve(`${res.statusCode} ${res.headers['x-url']} ${JSON.stringify(b)}`));
  });
}
server.listen(0, '127.0.0.1', async () => {
  const base = `http://127.0.0.1:${server.address().port}`;
  console.log(await new Promise((r) => http.get(base + '/str?q=1', (res) => r(collect(res)))));
  console.log(await new Promise((r) => http.get(new URL(base + '/url'), (res) => r(collect(res)))));
  console.log(await new Promise((r) => {
    const req = http.request(base + '/opts', { method: 'POST' }, (res) => r(collect(res)));
    console.log('client: instanceof', req instanceof http.ClientRequest, req.method, req.path,
                req.getHeader('host') === `127.0.0.1:${server.address().port}`);
    req.end('posted');
  }));
  console.log(await new Promise((r) => http.get(base + '/flush', (res) => r(collect(res)))));
  const req = http.get(base + '/hang');
  req.on('error', (e) => console.log('client: abort error', e.message, e.code));
  req.on('close', () => {
    console.log('client: close', req.destroyed);
    setTimeout(() => server.close(() => console.log('closed; server saw the abort:', hangClosed)), 20);
  });
  setTimeout(() => req.destroy(), 20);
});
