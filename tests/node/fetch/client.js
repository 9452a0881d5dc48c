'use strict';
// fetch against its own http server: the request node sends (headers in
// node's order), redirects in the three modes, POST-to-GET on 302/303, JSON
// and form bodies, gzip, a streamed body, abort, and the errors.
const http = require('http');
const zlib = require('zlib');

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (d) => { body += d; });
  req.on('end', () => {
    const raw = req.rawHeaders;
    const shown = [];
    for (let i = 0; i < raw.length; i += 2) {
      shown.push(raw[i] + '=' + (raw[i] === 'host' ? '<host>' : raw[i + 1]));
    }
    console.log('server:', req.method, req.url, shown.join(' '), JSON.stringify(body));
    if (req.url === '/r302') {
      res.writeHead(302, { location: '/final' });
      return res.end();
    }
    if (req.url === '/r303') {
      res.writeHead(303, { location: '/final' });
      return res.end();
    }
    if (req.url === '/r307') {
      res.writeHead(307, { location: '/final' });
      return res.end();
    }
    if (req.url === '/loop') {
      res.writeHead(302, { location: '/loop' });
      return res.end();
    }
    if (req.url === '/gzip') {
      res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/plain' });
      return res.end(zlib.gzipSync('unzipped text'));
    }
    if (req.url === '/slow') {
      res.writeHead(200);
      res.write('part');
      return;
    }
    if (req.url === '/nocontent') {
      res.writeHead(204);
      return res.end();
    }
    if (req.url === '/form') {
      res.setHeader('content-type', 'application/x-www-form-urlencoded');
      return res.end('a=1&b=two&a=3');
    }
    res.setHeader('content-type', 'application/json');
    res.setHeader('set-cookie', ['a=1', 'b=2']);
    res.setHeader('x-custom', 'yes');
    res.end(JSON.stringify({ method: req.method, url: req.url, body }));
  });
});

server.listen(0, '127.0.0.1', async () => {
  const u = `http://127.0.0.1:${server.address().port}`;
  let r = await fetch(u + '/plain?q=1');
  console.log(r.status, r.statusText, r.ok, r.url === u + '/plain?q=1', r.redirected, r.type,
              r.bodyUsed);
  console.log([...r.headers].filter(([k]) => k !== 'date'), r.headers.getSetCookie(),
              r.headers.get('X-Custom'));
  console.log(await r.json(), r.bodyUsed);
  try {
    await r.text();
  } catch (e) {
    console.log(e.name, e.message);
  }

  r = await fetch(u + '/post', { method: 'post', body: JSON.stringify({ a: 1 }),
                                 headers: { 'Content-Type': 'application/json', 'X-A': '1' } });
  console.log(await r.text());
  r = await fetch(u + '/put', { method: 'PUT', body: new URLSearchParams({ q: 'x y' }) });
  console.log((await r.json()).body);
  r = await fetch(u + '/bytes', { method: 'POST', body: new Uint8Array([104, 105]) });
  console.log((await r.json()).body);

  r = await fetch(u + '/r302', { method: 'POST', body: 'dropped' });
  console.log('302:', r.status, r.redirected, r.url.endsWith('/final'), (await r.json()).method);
  r = await fetch(u + '/r303', { method: 'PUT', body: 'dropped' });
  console.log('303:', (await r.json()).method);
  r = await fetch(u + '/r307', { method: 'POST', body: 'kept' });
  console.log('307:', await r.json());
  r = await fetch(u + '/r302', { redirect: 'manual' });
  console.log('manual:', r.status, r.headers.get('location'), r.redirected);
  for (const [label, url, init] of [
    ['error mode:', u + '/r302', { redirect: 'error' }],
    ['loop:', u + '/loop', {}],
    ['bad port:', 'http://127.0.0.1:1/', {}],
    ['bad url:', 'nope', {}],
    ['GET body:', u, { body: 'x' }],
  ]) {
    try {
      await fetch(url, init);
    } catch (e) {
      console.log(label, e.name, e.message, e.cause ? e.cause.message : '');
    }
  }

  r = await fetch(u + '/gzip');
  console.log('gzip:', await r.text(), r.headers.get('content-encoding'));
  r = await fetch(u + '/nocontent');
  console.log('204:', r.status, r.body, await r.text());
  r = await fetch(u + '/form');
  const fd = await r.formData();
  console.log('form:', fd.getAll('a'), fd.get('b'), [...fd.keys()]);
  r = await fetch(u + '/stream');
  const reader = r.body.getReader();
  let text = '';
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    text += Buffer.from(value).toString();
  }
  console.log('stream:', text, r.bodyUsed);

  const ac = new AbortController();
  const p = fetch(u + '/slow', { signal: ac.signal });
  setTimeout(() => ac.abort(), 20);
  try {
    const slow = await p;
    await slow.text();
  } catch (e) {
    console.log('abort:', e.name, e.message);
  }
  try {
    await fetch(u, { signal: AbortSignal.abort() });
  } catch (e) {
    console.log('pre-aborted:', e.name, e.message);
  }
  server.closeAllConnections();
  server.close(() => console.log('closed'));
});
