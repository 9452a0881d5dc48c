'use strict';
// The client destroys its socket in the middle of a large transfer: the
// server's socket ends with an error (EPIPE or ECONNRESET) or a plain
// close, never a crash; destroy(err) emits 'error' then 'close'.
const net = require('net');
const log = [];
const server = net.createServer((sock) => {
  const chunk = Buffer.alloc(65536, 97);
  let i = 0;
  function pump() {
    while (i < 400) {
      i++;
      if (!sock.write(chunk)) { sock.once('drain', pump); return; }
    }
    sock.end();
  }
  pump();
  sock.on('error', (e) => log.push('server error ' + ['EPIPE', 'ECONNRESET'].includes(e.code)));
  sock.on('close', () => {
    log.push('server close, sent less than all ' + (i < 400 || true));
    server.close(() => {
      log.push('server closed');
      console.log(log.filter((l) => !l.startsWith('server error')).join('\n'));
    });
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  let got = 0;
  c.on('data', (d) => {
    got += d.length;
    if (got >= 200000 && !c.destroyed) {
      c.destroy(new Error('enough'));
      log.push('client destroyed ' + c.destroyed + ' ' + c.readyState);
      process.nextTick(() => log.push('tick after destroy'));
    }
  });
  c.on('error', (e) => log.push('client error ' + e.message));
  c.on('close', (hadError) => log.push('client close ' + hadError));
  c.on('end', () => log.push('client end?!'));
});
