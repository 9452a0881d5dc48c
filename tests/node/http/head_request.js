'use strict';
// HEAD: the server's body is dropped but Content-Length stays; the client
// ends the response without waiting for a body; then a GET on the same
// keep-alive socket.
const http = require('http');
const agent = new http.Agent({ keepAlive: true });
const server = http.createServer((req, res) => {
  res.setHeader('Content-Length', 11);
  res.end(req.method === 'HEAD' ? 'hello world' : 'hello world');
});
function req(method) {
  return new Promise((resolve) => {
    const r = http.request({ port: server.address().port, host: '127.0.0.1', method, agent }, (res) => {
      let b = '';
      res.on('data', (d) => { b += d; });
      res.on('end', () => resolve(`${method} ${res.statusCode} cl=${res.headers['content-length']} ` +
                                  `body=${JSON.stringify(b)} reused=${r.reusedSocket}`));
    });
    r.end();
  });
}
server.listen(0, '127.0.0.1', async () => {
  console.log(await req('HEAD'));
  console.log(await req('GET'));
  console.log(await req('HEAD'));
  agent.destroy();
  server.close();
});
