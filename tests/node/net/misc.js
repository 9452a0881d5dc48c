'use strict';
// Odds and ends: listen(options), maxConnections and 'drop', end() before
// the connection, writes in other encodings, address(), the timeout option,
// setNoDelay/setKeepAlive chaining, ref/unref on sockets.
const net = require('net');
const log = [];
const server = net.createServer({ noDelay: true, keepAlive: true }, (sock) => {
  let got = [];
  sock.on('data', (d) => got.push(d));
  sock.on('end', () => {
    const all = Buffer.concat(got);
    log.push('server got ' + all.toString('hex') + ' ' + JSON.stringify(all.toString('latin1')));
    sock.end();
  });
});
server.maxConnections = 1;
server.on('drop', (data) => {
  log.push('drop ' + Object.keys(data).join(',') + ' ' + data.localAddress + ' ' + data.remoteFamily +
           ' ' + (data.localPort === server.address().port) + ' ' + Object.getPrototypeOf(data));
});
server.listen({ port: 0, host: '127.0.0.1' }, () => {
  const port = server.address().port;
  const c = new net.Socket();
  console.log('before connect', c.readyState, c.pending, c.connecting, c.bytesWritten, c.address());
  console.log(c.setNoDelay() === c, c.setKeepAlive(true, 1000) === c, c.ref() === c, c.unref() === c);
  c.connect({ port, host: '127.0.0.1', timeout: 5000 }, () => {
    const a = c.address();
    log.push('connected ' + a.address + ' ' + a.family + ' ' + typeof a.port + ' timeout ' + c.timeout);
    // A second client is over maxConnections: dropped at once.
    const d = net.connect(port, '127.0.0.1');
    d.on('close', () => {
      log.push('dropped client closed');
      c.end('tail', 'latin1');
    });
    d.on('error', (e) => log.push('dropped client error ' + e.code));
    d.resume();
  });
  c.write('ff00', 'hex');
  c.write('é', 'latin1');
  c.write('é', 'utf8', () => log.push('write cb'));
  console.log('bytesWritten while connecting', c.bytesWritten, 'writableLength', c.writableLength);
  c.resume();
  c.on('close', () => {
    log.push('client closed, bytesWritten ' + c.bytesWritten + ' bytesRead ' + c.bytesRead);
    server.close(() => console.log(log.join('\n')));
  });
});
