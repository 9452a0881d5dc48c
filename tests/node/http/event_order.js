'use strict';
// The order of events on both sides of one request with a body:
// ClientRequest socket/finish/response/close, IncomingMessage
// data/end/close, ServerResponse finish/close.
const http = require('http');
const log = [];
const server = http.createServer((req, res) => {
  log.push('server request');
  req.on('data', (d) => log.push('server req data ' + d));
  req.on('end', () => {
    log.push('server req end ' + req.complete);
    res.end('pong');
  });
  req.on('close', () => log.push('server req close'));
  res.on('finish', () => log.push('server res finish'));
  res.on('close', () => log.push('server res close ' + res.writableFinished));
});
server.listen(0, '127.0.0.1', () => {
  const req = http.request({ port: server.address().port, host: '127.0.0.1', method: 'PUT',
    agent: false });
  req.on('socket', () => log.push('client socket'));
  req.on('finish', () => log.push('client finish'));
  req.on('response', (res) => {
    log.push('client response ' + res.statusCode);
    res.on('data', (d) => log.push('client res data ' + d));
    res.on('end', () => log.push('client res end'));
    res.on('close', () => {
      log.push('client res close');
      setTimeout(() => server.close(() => {
        log.push('server closed');
        console.log(log.join('\n'));
      }), 10);
    });
  });
  req.on('close', () => log.push('client close'));
  req.end('ping');
  log.push('after end ' + req.writableEnded + ' ' + req.headersSent);
});
