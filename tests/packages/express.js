// Express 5: an API app on 127.0.0.1 (routers, params, query, JSON and
// urlencoded bodies, middleware order, cookies, redirects, ETags, status
// codes, error middleware, 404), queried with http.request.
const express = require('express');
const http = require('http');

const app = express();
const order = [];
app.use((req, res, next) => { order.push('log ' + req.method + ' ' + req.path); next(); });
app.use(express.json());
app.use(express.urlencoded({ extended: false }));

const users = express.Router();
const db = new Map([['1', { id: '1', name: 'Ada' }]]);
users.param('id', (req, res, next, id) => { req.user = db.get(id); next(); });
users.get('/', (req, res) => res.json([...db.values()]));
users.get('/:id', (req, res) => {
  if (!req.user) return res.status(404).json({ error: 'no user ' + req.params.id });
  res.json(req.user);
});
users.post('/', (req, res) => {
  if (typeof req.body.name !== 'string') throw Object.assign(new Error('name required'), { status: 422 });
  const id = String(db.size + 1);
  db.set(id, { id, name: req.body.name });
  res.status(201).location('/users/' + id).json(db.get(id));
});
users.delete('/:id', (req, res) => { db.delete(req.params.id); res.sendStatus(204); });
app.use('/users', users);

app.get('/search', (req, res) => res.json({ q: req.query.q, page: Number(req.query.page || 1), tags: req.query.tags }));
app.post('/form', (req, res) => res.type('text').send(`hello ${req.body.who}, ${req.body.n}`));
app.get('/cookie', (req, res) => { res.cookie('session', 'abc', { httpOnly: true, path: '/' }); res.send('set'); });
app.get('/old', (req, res) => res.redirect(301, '/new'));
app.get('/etag', (req, res) => res.send('same body every time'));
app.get('/async', async (req, res) => { await new Promise((r) => setTimeout(r, 5)); res.json({ async: true }); });
app.get('/boom', async () => { throw new Error('async boom'); });
app.get(/^\/re(g+)ex$/, (req, res) => res.send('regex ' + req.params[0]));
app.use((req, res) => res.status(404).json({ error: 'not found', path: req.originalUrl }));
app.use((err, req, res, next) => res.status(err.status || 500).json({ error: err.message }));

function request(port, method, path, body, headers = {}) {
  return new Promise((resolve, reject) => {
    const r = http.request({ host: '127.0.0.1', port, method, path, headers }, (res) => {
      let data = '';
      res.setEncoding('utf8');
      res.on('data', (c) => { data += c; });
      res.on('end', () => {
        const h = res.headers;
        const keep = ['content-type', 'location', 'set-cookie', 'etag', 'content-length', 'x-powered-by'];
        const shown = Object.fromEntries(keep.filter((k) => h[k] !== undefined).map((k) => [k, h[k]]));
        resolve({ status: res.statusCode, headers: shown, body: data });
      });
    });
    r.on('error', reject);
    if (body !== undefined) r.write(body);
    r.end();
  });
}

const server = app.listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  const json = { 'content-type': 'application/json' };
  const calls = [
    ['GET', '/users'],
    ['GET', '/users/1'],
    ['GET', '/users/9'],
    ['POST', '/users', JSON.stringify({ name: 'Grace' }), json],
    ['POST', '/users', JSON.stringify({ nom: 1 }), json],
    ['POST', '/users', '{"broken', json],
    ['GET', '/users'],
    ['DELETE', '/users/1'],
    ['GET', '/search?q=kiln&page=3&tags=a&tags=b'],
    ['POST', '/form', 'who=world&n=42', { 'content-type': 'application/x-www-form-urlencoded' }],
    ['GET', '/cookie'],
    ['GET', '/old'],
    ['GET', '/etag'],
    ['GET', '/async'],
    ['GET', '/boom'],
    ['GET', '/reggggex'],
    ['GET', '/missing?x=1'],
    ['HEAD', '/users/1'],
  ];
  for (const [method, path, body, headers] of calls) {
    const r = await request(port, method, path, body, headers);
    console.log(method, path, r.status, JSON.stringify(r.headers), JSON.stringify(r.body));
  }
  const etag = (await request(port, 'GET', '/etag')).headers.etag;
  const cached = await request(port, 'GET', '/etag', undefined, { 'if-none-match': etag });
  console.log('conditional', cached.status, JSON.stringify(cached.body));
  console.log(order.join('\n'));
  server.close(() => console.log('closed'));
});
