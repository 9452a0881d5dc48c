'use strict';
// Request and response headers with repeats: node's joining rules,
// set-cookie arrays, first-wins fields, rawHeaders order, headersDistinct,
// and the response header API (getHeader/getHeaders/hasHeader/removeHeader).
const http = require('http');
const server = http.createServer((req, res) => {
  console.log('req headers', JSON.stringify(req.headers));
  console.log('req raw', JSON.stringify(req.rawHeaders));
  console.log('req distinct', JSON.stringify(req.headersDistinct));
  res.setHeader('X-Multi', ['a', 'b']);
  res.setHeader('Set-Cookie', ['s=1', 't=2']);
  res.setHeader('X-Remove', 'gone');
  res.setHeader('Content-Type', 'text/plain');
  console.log('has', res.hasHeader('x-remove'), res.hasHeader('nope'));
  res.removeHeader('X-Remove');
  console.log('get', res.getHeader('x-multi'), res.getHeader('CONTENT-TYPE'));
  console.log('names', res.getHeaderNames(), res.getRawHeaderNames());
  console.log('headers', res.getHeaders());
  console.log('sent before', res.headersSent);
  res.end('ok');
  console.log('sent after', res.headersSent);
  try { res.setHeader('X-Late', '1'); } catch (e) { console.log(e.code, e.message); }
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({
    port: server.address().port, host: '127.0.0.1',
    headers: [
      'Accept', 'text/html', 'X-Dup', 'one', 'Cookie', 'a=1', 'x-dup', 'two', 'Cookie', 'b=2',
      'Content-Type', 'first', 'content-type', 'second', 'User-Agent', 'ua1', 'User-Agent', 'ua2',
      'Host', 'example.com', 'Connection', 'close',
    ],
  }, (res) => {
    const h = { ...res.headers };
    delete h.date;
    console.log('res headers', JSON.stringify(h));
    console.log('res raw', JSON.stringify(res.rawHeaders.filter((x, i, a) => a[i - (i % 2)] !== 'Date')));
    res.resume();
    res.on('end', () => server.close());
  });
  req.end();
});
