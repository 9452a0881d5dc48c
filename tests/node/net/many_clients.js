'use strict';
// Many clients at once against one server; each gets its own answer.
const net = require('net');
const N = 60;
const server = net.createServer((sock) => {
  let buf = '';
  sock.setEncoding('utf8');
  sock.on('data', (d) => {
    buf += d;
    const nl = buf.indexOf('\n');
    if (nl >= 0) sock.end('reply:' + buf.slice(0, nl).toUpperCase());
  });
});
server.maxConnections = 1000;
server.listen(0, '127.0.0.1', () => {
  const { port } = server.address();
  const results = [];
  let done = 0;
  for (let i = 0; i < N; i++) {
    const c = net.createConnection({ port, host: '127.0.0.1' });
    let got = '';
    c.on('data', (d) => { got += d; });
    c.on('end', () => {
      results.push(got);
      if (++done === N) {
        server.getConnections((err, n) => {
          console.log('connections at end', err, typeof n);
          results.sort();
          console.log(results.length, results[0], results[N - 1]);
          console.log(new Set(results).size === N);
          server.close(() => console.log('closed'));
        });
      }
    });
    c.write('client' + String(i).padStart(3, '0') + '\n');
  }
});
