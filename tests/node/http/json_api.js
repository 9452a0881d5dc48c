'use strict';
// A small JSON API: routes, JSON bodies both ways, 404 and 400 answers.
const http = require('http');
const users = new Map([[1, { id: 1, name: 'ada' }]]);
let nextId = 2;
function send(res, code, obj) {
  const body = JSON.stringify(obj);
  res.writeHead(code, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) });
  res.end(body);
}
const server = http.createServer((req, res) => {
  let raw = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { raw += d; });
  req.on('end', () => {
    const m = req.url.match(/^\/api\/users(?:\/(\d+))?$/);
    if (!m) return send(res, 404, { error: 'not found' });
    const id = m[1] && Number(m[1]);
    if (req.method === 'GET' && !id) return send(res, 200, [...users.values()]);
    if (req.method === 'GET') return users.has(id) ? send(res, 200, users.get(id)) : send(res, 404, { error: 'no user' });
    if (req.method === 'POST') {
      let data;
      try { data = JSON.parse(raw); } catch { return send(res, 400, { error: 'bad json' }); }
      const u = { id: nextId++, name: data.name };
      users.set(u.id, u);
      return send(res, 201, u);
    }
    if (req.method === 'DELETE') { users.delete(id); res.writeHead(204); return res.end(); }
    send(res, 405, { error: 'method' });
  });
});
function call(method, path, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ port: server.address().port, host: '127.0.0.1', method, path,
      headers: body ? { 'Content-Type': 'application/json' } : {} }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => resolve(`${method} ${path} -> ${res.statusCode} ${b}`));
    });
    req.on('error', reject);
    req.end(body);
  });
}
server.listen(0, '127.0.0.1', async () => {
  console.log(await call('GET', '/api/users'));
  console.log(await call('POST', '/api/users', JSON.stringify({ name: 'grace' })));
  console.log(await call('POST', '/api/users', '{bad'));
  console.log(await call('GET', '/api/users/2'));
  console.log(await call('DELETE', '/api/users/1'));
  console.log(await call('GET', '/api/users/1'));
  console.log(await call('GET', '/api/users'));
  console.log(await call('PUT', '/api/users/2', '{}'));
  console.log(await call('GET', '/nowhere'));
  server.close();
});
