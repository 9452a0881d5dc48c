'use strict';
// A server on a Unix socket in a temporary folder.
const net = require('net');
const fs = require('fs');
const os = require('os');
const path = require('path');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-net-'));
const sockPath = path.join(dir, 's.sock');
const server = net.createServer((sock) => {
  console.log('server: remoteAddress', sock.remoteAddress, 'localAddress', typeof sock.localAddress);
  sock.on('data', (d) => sock.end('echo:' + d));
});
server.listen(sockPath, () => {
  console.log('address is path', server.address() === sockPath);
  console.log('exists', fs.existsSync(sockPath));
  const c = net.connect(sockPath, () => console.log('client connected'));
  c.setEncoding('utf8');
  c.write('over unix');
  c.on('data', (d) => console.log('client got', d));
  c.on('close', () => {
    server.close(() => {
      console.log('removed on close', !fs.existsSync(sockPath));
      // Connecting to a path where nothing listens.
      const bad = net.connect({ path: sockPath });
      bad.on('error', (e) => {
        console.log(e.message.replace(dir, 'DIR'), e.code, e.syscall, e.address === sockPath);
        fs.rmSync(dir, { recursive: true });
      });
    });
  });
});
