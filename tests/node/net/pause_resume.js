'use strict';
// pause() stops 'data' until resume(); pauseOnConnect servers start paused.
const net = require('net');
const log = [];
const server = net.createServer({ pauseOnConnect: true }, (sock) => {
  log.push('server: isPaused ' + sock.isPaused() + ' flowing ' + sock.readableFlowing);
  let got = '';
  sock.on('data', (d) => { got += d; });
  setTimeout(() => {
    log.push('server: nothing read while paused ' + (got === ''));
    sock.resume();
  }, 50);
  sock.on('end', () => {
    log.push('server: got ' + got.length + ' ' + got.slice(0, 10));
    sock.write('x'.repeat(100000));
    sock.end();
  });
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.end('abcdefghij'.repeat(1000));
  let n = 0;
  let paused = false;
  c.on('data', (d) => {
    n += d.length;
    if (!paused) {
      paused = true;
      c.pause();
      log.push('client: paused ' + c.isPaused());
      setTimeout(() => {
        log.push('client: resume');
        c.resume();
      }, 30);
    }
  });
  c.on('end', () => {
    log.push('client: total ' + n);
    server.close(() => console.log(log.join('\n')));
  });
});
