'use strict';
// An Agent with keepAlive reuses one socket for sequential requests; with
// maxSockets 1 concurrent requests queue; the server sees keep-alive.
const http = require('http');
const sockets = new Set();
const server = http.createServer((req, res) => {
  sockets.add(req.socket);
  res.end(`${req.url} ${req.headers.connection}`);
});
const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
function get(path) {
  return new Promise((resolve) => {
    const req = http.get({ port: server.address().port, host: '127.0.0.1', path, agent }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => resolve(`${b} reused=${req.reusedSocket} ka=${res.headers['keep-alive']}`));
    });
  });
}
server.listen(0, '127.0.0.1', async () => {
  console.log(await get('/1'));
  console.log(await get('/2'));
  const all = await Promise.all([get('/3'), get('/4'), get('/5')]);
  console.log(all.join('\n'));
  console.log('server sockets', sockets.size);
  const name = Object.keys(agent.freeSockets)[0];
  console.log('free', name === `127.0.0.1:${server.address().port}:`, agent.freeSockets[name].length,
              Object.keys(agent.sockets).length, Object.keys(agent.requests).length);
  agent.destroy();
  server.close(() => console.log('closed'));
});
