'use strict';
// A GET answered with res.end(text): status, headers (no date), body, events.
const http = require('http');
const log = [];
const server = http.createServer((req, res) => {
  log.push(`server: ${req.method} ${req.url} ${req.httpVersion} complete=${req.complete}`);
  log.push('server: host ' + (req.headers.host === `127.0.0.1:${server.address().port}`));
  log.push('server: connection ' + req.headers.connection);
  res.on('finish', () => log.push('server: res finish'));
  res.on('close', () => log.push('server: res close'));
  res.setHeader('Content-Type', 'text/plain');
  res.end('hello world');
});
server.listen(0, '127.0.0.1', () => {
  http.get({ port: server.address().port, host: '127.0.0.1', path: '/a?b=1' }, (res) => {
    log.push(`client: ${res.statusCode} ${res.statusMessage} ${res.httpVersion}`);
    const h = { ...res.headers };
    delete h.date;
    log.push('client: headers ' + JSON.stringify(h));
    log.push('client: raw ' + JSON.stringify(res.rawHeaders.filter((x, i, a) => a[i - (i % 2)] !== 'Date')));
    let body = '';
    res.setEncoding('utf8');
    res.on('data', (d) => { body += d; });
    res.on('end', () => {
      log.push('client: body ' + body + ' complete=' + res.complete);
      server.close(() => {
        log.push('closed');
        console.log(log.join('\n'));
      });
    });
  });
});
