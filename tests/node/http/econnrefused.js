'use strict';
// A request to a closed port: the socket's ECONNREFUSED error on the request,
// then 'close'.
const http = require('http');
const net = require('net');
const s = net.createServer();
s.listen(0, '127.0.0.1', () => {
  const port = s.address().port;
  s.close(() => {
    const req = http.get({ port, host: '127.0.0.1' }, () => console.log('no response expected'));
    req.on('error', (e) => {
      console.log(e.name, e.code, e.errno === require('os').constants.errno.ECONNREFUSED ? 'errno ok' : e.errno,
                  e.syscall, e.address, e.port === port, e.message === `connect ECONNREFUSED 127.0.0.1:${port}`);
    });
    req.on('close', () => console.log('close'));
  });
});
