'use strict';
// Server limits: keepAliveTimeout closes an idle keep-alive socket (and
// is announced in Keep-Alive); headersTimeout answers 408 to a client that
// never finishes its headers.
const http = require('http');
const net = require('net');
const server = http.createServer({ connectionsCheckingInterval: 20, headersTimeout: 60,
                                   requestTimeout: 80 }, (req, res) => {
  res.end(`${Object.keys(req.headers).length} ${req.rawHeaders.length / 2}`);
});
server.keepAliveTimeout = 50;
console.log(server.headersTimeout, server.requestTimeout, server.timeout, server.maxRequestsPerSocket);
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  const headers = {};
  for (let i = 0; i < 6; i++) headers['x-h' + i] = String(i);
  const agent = new http.Agent({ keepAlive: true });
  http.get({ port, host: '127.0.0.1', headers, agent }, (res) => {
    let b = '';
    res.on('data', (d) => { b += d; });
    res.on('end', () => {
      console.log('headers counted', res.statusCode, b, res.headers['keep-alive']);
      setImmediate(() => {
        console.log('agent kept it', Object.keys(agent.freeSockets).length);
        const k = net.connect(port, '127.0.0.1', () => k.write('GET / HTTP/1.1\r\nHost: x\r\n\r\n'));
        k.resume();
        k.on('close', () => {
          console.log('idle keep-alive socket closed by the server');
          const c = net.connect(port, '127.0.0.1', () => c.write('GET / HTTP/1.1\r\nHost: x\r\n'));
          let raw = '';
          c.on('data', (d) => { raw += d; });
          c.on('close', () => {
            console.log(JSON.stringify(raw));
            server.close(() => console.log('closed'));
          });
        });
      });
    });
  });
});
