const http = require('http');
const { once } = require('events');
const server = http.createServer((req, res) => {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    if (req.url === '/json') {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ method: req.method, body, ua: req.headers['user-agent'] || null }));
    } else if (req.url === '/missing') {
      res.writeHead(404, { 'X-Reason': 'nope' });
      res.end('not found');
    } else if (req.url === '/chunked') {
      res.write('part1,'); setTimeout(() => res.end('part2'), 5);
    } else {
      res.statusCode = 302; res.setHeader('Location', '/json'); res.end();
    }
  });
});
function request(opts, body) {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: server.address().port, ...opts }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => resolve({ status: res.statusCode, msg: res.statusMessage, headers: res.headers, body: Buffer.concat(chunks).toString() }));
    });
    req.on('error', reject);
    if (body) req.write(body);
    req.end();
  });
}
async function main() {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  console.log(typeof server.address().port, server.address().family, server.listening);
  const a = await request({ path: '/json', method: 'POST', headers: { 'User-Agent': 'kiln-test' } }, 'payload');
  console.log(a.status, a.msg, a.headers['content-type'], a.headers['content-length'], a.body);
  const b = await request({ path: '/missing' });
  console.log(b.status, b.msg, b.headers['x-reason'], b.body);
  const c = await request({ path: '/chunked' });
  console.log(c.status, c.headers['transfer-encoding'], c.body);
  const d = await request({ path: '/' });
  console.log(d.status, d.msg, d.headers.location, JSON.stringify(d.body));
  const r = await fetch(`http://127.0.0.1:${server.address().port}/json`, { method: 'PUT', body: 'via fetch' });
  console.log(r.status, r.ok, r.headers.get('content-type'), await r.json());
  try { await request({ port: 1, path: '/' }); } catch (e) { console.log(e.code, e.syscall, e.address, e.port, e.message); }
  server.close(() => console.log('closed'));
  console.log(http.STATUS_CODES[418], http.METHODS.includes('PATCH'));
}
main();
