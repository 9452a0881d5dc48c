'use strict';
// server.close() drops idle keep-alive connections; closeAllConnections
// ends busy ones; events on the way.
const http = require('http');
const agent = new http.Agent({ keepAlive: true });
let pending;
const server = http.createServer((req, res) => {
  if (req.url === '/hang') { pending = res; return; }
  res.end('quick');
});
server.listen(0, '127.0.0.1', () => {
  const port = server.address().port;
  http.get({ port, host: '127.0.0.1', agent }, (res) => {
    res.resume();
    res.on('end', () => setImmediate(() => {
      const free = agent.freeSockets[Object.keys(agent.freeSockets)[0]][0];
      free.on('close', () => console.log('idle socket closed by server'));
      server.getConnections((err, n) => {
        console.log('connections', n);
        const r = http.get({ port, host: '127.0.0.1', path: '/hang', agent: false });
        r.on('error', (e) => console.log('hang error', e.message, e.code));
        r.on('socket', (s) => s.on('connect', () => setTimeout(() => {
          server.close(() => console.log('server closed'));
          setTimeout(() => {
            console.log('pending res finished?', pending.writableEnded);
            server.closeAllConnections();
          }, 20);
        }, 20)));
      });
    }));
  });
});
