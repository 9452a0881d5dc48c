'use strict';
// An unref'ed listening server does not keep the program alive; a ref'ed
// one would. Unref before listen counts too.
const net = require('net');
const a = net.createServer();
a.listen(0, '127.0.0.1', () => {
  console.log('a listening', a.listening);
  a.unref();
});
const b = net.createServer().unref();
b.listen(0, '127.0.0.1', () => console.log('b listening'));
const c = net.createServer();
c.listen(0, '127.0.0.1', () => {
  c.unref();
  c.ref();
  c.unref();
  console.log('c listening');
});
// An unref'ed client socket connecting to a ref'ed server.
process.on('exit', (code) => console.log('exit', code));
setTimeout(() => console.log('timer ran'), 20);
