'use strict';
// Listening twice on one port: EADDRINUSE with node's message and fields.
const net = require('net');
const a = net.createServer();
a.listen(0, '127.0.0.1', () => {
  const { port } = a.address();
  const b = net.createServer();
  b.on('listening', () => console.log('b listening?!'));
  b.on('error', (err) => {
    console.log(err.message.replace(String(port), 'PORT'));
    console.log(err.code, err.errno, err.syscall, err.address, err.port === port);
    console.log(Object.keys(err).join(','));
    console.log('b.listening', b.listening, 'address', b.address());
    // A second listen on the same server after the error works.
    b.listen(0, '127.0.0.1', () => {
      console.log('b listening now', typeof b.address().port);
      b.close();
      a.close(() => console.log('closed'));
    });
  });
  b.listen(port, '127.0.0.1');
  console.log('sync after listen');
  process.nextTick(() => console.log('tick'));
});
try {
  a.listen(0);
} catch (e) {
  console.log('double listen?', e.code);
}
