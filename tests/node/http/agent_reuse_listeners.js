// A keep-alive socket reused by the global agent keeps one error listener:
// socketErrorListener while a request uses it, freeSocketErrorListener when free.
const http = require('http');
const server = http.createServer((req, res) => res.end('ok')).listen(0, '127.0.0.1', async () => {
  const port = server.address().port;
  let sock;
  for (let i = 0; i < 4; i++) {
    await new Promise((resolve) => http.get({ host: '127.0.0.1', port, path: '/' }, (res) => {
      sock = res.socket;
      console.log(i, 'during', sock.listeners('error').map((f) => f.name || (f.listener && f.listener.name)));
      res.resume(); res.on('end', () => setImmediate(resolve));
    }));
    console.log(i, 'after', sock.listeners('error').map((f) => f.name || (f.listener && f.listener.name)));
  }
  server.close(); http.globalAgent.destroy();
});
