'use strict';
// server.close() stops accepting at once but 'close' waits for open
// connections; getConnections counts them; close() on a closed server
// reports ERR_SERVER_NOT_RUNNING.
const net = require('net');
const log = [];
let serverSock;
const server = net.createServer((sock) => {
  serverSock = sock;
  server.getConnections((err, n) => {
    log.push('connections ' + n);
    server.close(() => {
      log.push('server close event');
      server.close((err) => {
        log.push('second close: ' + err.code + ' ' + err.message);
        console.log(log.join('\n'));
      });
    });
    log.push('listening after close() ' + server.listening);
    // A new connection is refused now.
    const late = net.connect(port, '127.0.0.1');
    late.on('error', (e) => {
      log.push('late connect ' + e.code);
      setTimeout(() => {
        log.push('ending the open connection');
        serverSock.end('bye');
      }, 20);
    });
  });
});
let port;
server.listen(0, '127.0.0.1', () => {
  port = server.address().port;
  const c = net.connect(port, '127.0.0.1');
  c.setEncoding('utf8');
  c.on('data', (d) => log.push('client got ' + d));
  c.on('end', () => log.push('client end'));
  c.on('close', () => log.push('client close'));
});
