'use strict';
// An echo server and one client on 127.0.0.1: events in order, addresses.
const net = require('net');
const log = [];
const server = net.createServer((sock) => {
  log.push('server: connection ' + sock.remoteAddress + ' ' + typeof sock.remotePort);
  let got = '';
  sock.on('data', (d) => { got += d; sock.write(d); });
  sock.on('end', () => { log.push('server: end ' + JSON.stringify(got)); });
  sock.on('finish', () => log.push('server: finish'));
  sock.on('close', (hadError) => {
    log.push('server: close ' + hadError);
    server.close(() => {
      log.push('server closed');
      console.log(log.join('\n'));
    });
  });
});
server.on('listening', () => log.push('listening'));
server.listen(0, '127.0.0.1', () => {
  const addr = server.address();
  console.log('address', addr.address, addr.family, typeof addr.port, server.listening);
  const c = net.connect(addr.port, '127.0.0.1', () => {
    log.push('client: connect cb ' + c.remoteAddress + ' ' + (c.remotePort === addr.port) +
             ' ' + c.remoteFamily + ' ' + c.localAddress);
  });
  console.log('connecting', c.connecting, c.pending, c.readyState);
  c.on('connect', () => log.push('client: connect ' + c.readyState + ' ' + c.pending));
  c.on('ready', () => log.push('client: ready'));
  c.setEncoding('utf8');
  c.write('hello ');
  c.write(Buffer.from('world'));
  let got = '';
  c.on('data', (d) => {
    got += d;
    if (got === 'hello world') {
      log.push('client: got ' + got + ' ' + typeof d);
      c.end();
    }
  });
  c.on('end', () => log.push('client: end'));
  c.on('finish', () => log.push('client: finish'));
  c.on('close', (hadError) => log.push('client: close ' + hadError + ' ' + c.readyState +
                                        ' ' + c.bytesRead + ' ' + c.bytesWritten));
});
