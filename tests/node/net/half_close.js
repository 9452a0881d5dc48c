'use strict';
// allowHalfOpen: the client ends its side and still reads the server's
// answer; without allowHalfOpen the server's side ends by itself.
const net = require('net');
const log = [];
const server = net.createServer({ allowHalfOpen: true }, (sock) => {
  let got = '';
  sock.on('data', (d) => { got += d; });
  sock.on('end', () => {
    log.push('server end, writable ' + sock.writable + ' readyState ' + sock.readyState);
    setTimeout(() => {
      sock.write('late answer to ' + got);
      sock.end(() => log.push('server end cb'));
    }, 20);
  });
  sock.on('close', (e) => log.push('server close ' + e));
});
server.listen(0, '127.0.0.1', () => {
  const c = net.connect({ port: server.address().port, host: '127.0.0.1', allowHalfOpen: true });
  c.end('question');
  c.on('finish', () => log.push('client finish readyState ' + c.readyState));
  let got = '';
  c.on('data', (d) => { got += d; });
  c.on('end', () => {
    log.push('client end: ' + got);
  });
  c.on('close', (e) => {
    log.push('client close ' + e + ' ' + c.readyState);
    second();
  });
});

// Without allowHalfOpen: the server socket ends when the client does.
function second() {
  const server2 = net.createServer((sock) => {
    sock.on('end', () => log.push('s2 end writable=' + sock.writable));
    sock.on('finish', () => log.push('s2 finish'));
    sock.on('close', () => {
      log.push('s2 close');
      server2.close();
      server.close(() => console.log(log.join('\n')));
    });
  });
  server2.listen(0, '127.0.0.1', () => {
    const c = net.connect(server2.address().port, '127.0.0.1', () => c.end());
    c.on('end', () => log.push('c2 end'));
    c.resume();
  });
}
