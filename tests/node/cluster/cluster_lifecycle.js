'use strict';
// cluster: worker.send / process.send both ways, worker.kill, a worker that
// exits with a code, exitedAfterDisconnect, worker states and ids.
const cluster = require('cluster');

if (cluster.isPrimary) {
  const log = [];
  const w1 = cluster.fork();
  const w2 = cluster.fork({ MODE: 'exit' });
  console.log('ids', w1.id, w2.id, Object.keys(cluster.workers).join(','), w1.state);
  console.log('isWorker', cluster.isWorker, cluster.worker === undefined);
  w1.on('online', () => {
    log.push('w1 online ' + w1.state);
    w1.send({ hello: 'worker' });
  });
  w1.on('message', (m) => {
    log.push('w1 message ' + JSON.stringify(m));
    w1.kill();
  });
  w1.on('disconnect', () => log.push('w1 disconnect ' + w1.isConnected()));
  w1.on('exit', (code, signal) => {
    log.push(`w1 exit ${code} ${signal} ${w1.exitedAfterDisconnect} ${w1.isDead()} ${w1.state}`);
  });
  w2.on('exit', (code, signal) => {
    log.push(`w2 exit ${code} ${signal} ${w2.exitedAfterDisconnect} ${w2.state}`);
  });
  let exits = 0;
  cluster.on('exit', () => {
    if (++exits === 2) {
      console.log(log.sort().join('\n'));
      console.log('workers', Object.keys(cluster.workers).length);
    }
  });
} else {
  if (process.env.MODE === 'exit') process.exit(4);
  process.on('message', (m) => {
    process.send({ echo: m, id: cluster.worker.id, isWorker: cluster.isWorker,
                   state: cluster.worker.state, primary: cluster.isPrimary });
  });
}
