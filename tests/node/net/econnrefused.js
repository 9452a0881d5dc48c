'use strict';
// Connecting to a port that was just closed: node's ECONNREFUSED error,
// 'error' then 'close' with hadError true.
const net = require('net');
const server = net.createServer();
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  server.close(() => {
    const c = net.connect(port, '127.0.0.1');
    c.on('connect', () => console.log('connected?!'));
    c.on('error', (err) => {
      console.log(err.message.replace(String(port), 'PORT'));
      console.log(err.code, err.errno, err.syscall, err.address, err.port === port);
      console.log(Object.keys(err).join(','));
      console.log(err instanceof Error, c.destroyed, c.readyState);
    });
    c.on('close', (hadError) => console.log('close', hadError));
    // The promise form through once().
    require('events').once(net.connect({ port, host: '127.0.0.1' }), 'connect')
      .catch((e) => console.log('once rejected', e.code));
  });
});
