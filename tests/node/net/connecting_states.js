'use strict';
// Writes and end() while still connecting wait for the connection;
// destroy() while connecting fails the pending write with node's error.
const net = require('net');
const log = [];
const server = net.createServer((sock) => {
  let got = '';
  sock.on('data', (d) => { got += d; });
  sock.on('end', () => {
    log.push('server got ' + JSON.stringify(got));
    sock.end();
  });
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const c = net.connect(port, '127.0.0.1');
  c.write('a');
  c.write('b');
  c.end('c', () => log.push('end cb, connecting ' + c.connecting));
  log.push('after end(): ' + c.readyState + ' writable ' + c.writable + ' ended ' + c.writableEnded);
  c.resume();
  c.on('close', () => {
    const d = net.connect(port, '127.0.0.1');
    d.write('lost', (err) => log.push('write cb ' + (err && err.code) + ' ' + (err && err.message)));
    d.on('error', (e) => log.push('d error ' + e.code));
    d.on('close', (hadError) => {
      log.push('d close ' + hadError + ' ' + d.destroyed);
      server.close(() => console.log(log.join('\n')));
    });
    d.destroy();
    log.push('destroyed while connecting: ' + d.connecting + ' ' + d.readyState);
  });
});
