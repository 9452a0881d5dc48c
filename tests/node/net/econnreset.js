'use strict';
// A peer that resets the connection: the other side's read fails with
// node's ECONNRESET ('error' then 'close' with hadError true), and a write
// to a socket the peer has ended gives EPIPE.
const net = require('net');
const log = [];
const server = net.createServer((sock) => {
  sock.on('data', () => {
    log.push('server: resetAndDestroy');
    sock.resetAndDestroy();
  });
  sock.on('close', (e) => log.push('server: close ' + e));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  c.write('hello');
  c.on('error', (err) => {
    log.push('client: error ' + err.message + ' ' + err.code + ' ' + err.errno + ' ' + err.syscall);
    log.push('client: keys ' + Object.keys(err).join(','));
  });
  c.on('end', () => log.push('client: end?!'));
  c.on('close', (hadError) => {
    log.push('client: close ' + hadError);
    second();
  });
});

// The server ends its side (no allowHalfOpen on the client): a later
// write() on the client fails as node's "ended by the other party".
function second() {
  const server2 = net.createServer((sock) => sock.end());
  server2.listen(0, '127.0.0.1', () => {
    const c = net.connect(server2.address().port, '127.0.0.1');
    c.on('end', () => {
      log.push('c2: end, writable ' + c.writable);
      c.end();
      const r = c.write('too late', (err) => log.push('c2: write cb ' + (err && err.code)));
      log.push('c2: write returned ' + r);
    });
    c.on('error', (e) => log.push('c2: error ' + e.code + ' ' + e.message));
    c.on('close', (e) => {
      log.push('c2: close ' + e);
      server2.close();
      server.close(() => console.log(log.join('\n')));
    });
    c.resume();
  });
}
