'use strict';
// socket.setTimeout: 'timeout' after idle time; activity postpones it;
// setTimeout(0) turns it off.
const net = require('net');
const server = net.createServer((sock) => {
  sock.on('data', () => {});
  sock.on('end', () => sock.end());
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  const start = Date.now();
  let timeouts = 0;
  c.setTimeout(80, () => console.log('cb timeout'));
  console.log('timeout prop', c.timeout);
  c.on('timeout', () => {
    timeouts++;
    console.log('timeout', timeouts, Date.now() - start >= 70);
    if (timeouts === 1) {
      c.write('keepalive');
    } else {
      c.setTimeout(0);
      c.end();
    }
  });
  c.on('close', () => {
    console.log('close after', timeouts, 'timeouts');
    server.close();
  });
  c.resume();
});
