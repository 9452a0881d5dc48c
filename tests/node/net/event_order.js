'use strict';
// Where net's events fall among nextTick, promises, setImmediate and
// timers, where node's order is fixed.
const net = require('net');
const log = (s) => console.log(s);
const server = net.createServer();
server.on('listening', () => log('listening'));
server.on('connection', (sock) => {
  log('connection');
  sock.on('data', (d) => {
    log('server data ' + d);
    process.nextTick(() => log('tick in data'));
    Promise.resolve().then(() => log('microtask in data'));
    sock.end('pong');
  });
  sock.on('end', () => log('server end'));
  sock.on('close', () => {
    log('server sock close');
    server.close(() => log('server close cb'));
    process.nextTick(() => log('tick after server.close'));
    setImmediate(() => log('immediate after server.close'));
  });
});
server.listen(0, '127.0.0.1', () => log('listen cb'));
log('after listen()');
process.nextTick(() => log('tick 1'));
Promise.resolve().then(() => log('microtask 1'));
server.once('listening', () => {
  const c = net.connect(server.address().port, '127.0.0.1');
  log('connect() returned, connecting=' + c.connecting);
  process.nextTick(() => log('tick after connect()'));
  c.on('lookup', () => log('lookup?!'));
  c.on('connect', () => {
    log('client connect');
    process.nextTick(() => log('tick in connect'));
    c.write('ping', () => log('write cb'));
  });
  c.on('ready', () => log('client ready'));
  c.on('data', (d) => log('client data ' + d));
  c.on('end', () => log('client end'));
  c.on('finish', () => log('client finish'));
  c.on('close', (e) => log('client close ' + e));
});
