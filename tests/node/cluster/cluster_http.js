'use strict';
// cluster: two workers share one http server on 127.0.0.1 (port 0); the
// primary sends requests, then disconnects the workers.
const cluster = require('cluster');
const http = require('http');

if (cluster.isPrimary) {
  console.log('primary', cluster.isPrimary, cluster.isMaster, cluster.isWorker);
  const log = [];
  let port = 0;
  let listening = 0;
  let exits = 0;
  for (let i = 0; i < 2; i++) cluster.fork();
  cluster.on('fork', (w) => log.push(`fork ${w.id}`));
  cluster.on('online', (w) => log.push(`online ${w.id}`));
  cluster.on('message', (w, m) => log.push(`message ${w.id} ${JSON.stringify(m)}`));
  cluster.on('listening', (w, address) => {
    log.push(`listening ${w.id} ${address.address} ${address.addressType}`);
    port = address.port;
    if (++listening === 2) requests();
  });
  cluster.on('exit', (w, code, signal) => {
    log.push(`exit ${w.id} ${code} ${signal} ${w.exitedAfterDisconnect}`);
    if (++exits === 2) {
      console.log('workers left', Object.keys(cluster.workers).length);
      console.log(log.sort().join('\n'));
    }
  });
  function get(path) {
    return new Promise((resolve, reject) => {
      http.get({ host: '127.0.0.1', port, path, agent: false }, (res) => {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (d) => { body += d; });
        res.on('end', () => resolve(body));
      }).on('error', reject);
    });
  }
  async function requests() {
    const bodies = [];
    for (let i = 0; i < 4; i++) bodies.push(await get('/r' + i));
    console.log('workers that answered', new Set(bodies.map((b) => b.split(' ')[0])).size);
    console.log(bodies.map((b) => b.split(' ')[1]).sort().join(' '));
    cluster.disconnect(() => console.log('all disconnected'));
  }
} else {
  console.log = () => {};
  const server = http.createServer((req, res) => {
    res.end(`${cluster.worker.id} ${req.url}`);
  });
  server.listen(0, '127.0.0.1', () => {
    process.send({ worker: cluster.worker.id, listening: server.address().port > 0 });
  });
}
