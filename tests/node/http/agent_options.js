'use strict';
// What each agent choice sends and keeps: the global agent (keep-alive in
// node 20), agent: false and a plain Agent (Connection: close), maxSockets
// queueing with requests/sockets bookkeeping, getName.
const http = require('http');
const server = http.createServer((req, res) => res.end(String(req.headers.connection)));
function get(options) {
  return new Promise((resolve) => {
    const req = http.get({ port: server.address().port, host: '127.0.0.1', ...options }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => resolve(`${b} reused=${req.reusedSocket} shouldKeepAlive=${req.shouldKeepAlive}`));
    });
  });
}
server.listen(0, '127.0.0.1', async () => {
  console.log('global', await get({}));
  await new Promise((r) => setImmediate(r));
  console.log('global again', await get({}));
  console.log('agent false', await get({ agent: false }));
  const plain = new http.Agent();
  console.log('plain agent', await get({ agent: plain }), plain.keepAlive, plain.maxSockets, plain.maxFreeSockets);
  const limited = new http.Agent({ keepAlive: true, maxSockets: 2 });
  const ps = [1, 2, 3, 4].map((i) => get({ agent: limited, path: '/' + i }));
  const name = limited.getName({ host: '127.0.0.1', port: server.address().port });
  console.log('queued', limited.requests[name] ? limited.requests[name].length : 0,
              'sockets', limited.sockets[name] ? limited.sockets[name].length : 0,
              'total', limited.totalSocketCount);
  console.log((await Promise.all(ps)).join('\n'));
  console.log('getName', limited.getName({}), limited.getName({ host: 'h', port: 1, family: 4 }));
  limited.destroy();
  http.globalAgent.destroy();
  server.close(() => console.log('closed'));
});
