// cluster in an ES module with SCHED_NONE: each worker listens on the
// primary's socket itself (the kernel picks); 3 requests answered.
import cluster from 'node:cluster';
import http from 'node:http';

if (cluster.isPrimary) {
  cluster.schedulingPolicy = cluster.SCHED_NONE;
  console.log('policy', cluster.schedulingPolicy === cluster.SCHED_NONE);
  let listening = 0;
  cluster.on('listening', async (worker, address) => {
    if (++listening < 2) return;
    const answers = [];
    for (let i = 0; i < 3; i++) {
      answers.push(await new Promise((resolve) => {
        http.get(`http://127.0.0.1:${address.port}/x${i}`, (res) => {
          let body = '';
          res.on('data', (d) => { body += d; });
          res.on('end', () => resolve(body));
        });
      }));
    }
    console.log(answers.map((a) => a.split(' ')[1]).join(' '));
    for (const w of Object.values(cluster.workers)) w.disconnect();
  });
  cluster.on('exit', (w, code) => console.log('exit', code));
  cluster.fork();
  cluster.fork();
} else {
  http.createServer({ keepAlive: false }, (req, res) => {
    res.setHeader('connection', 'close');
    res.end(`${cluster.worker.id} ${req.url}`);
  }).listen(0, '127.0.0.1');
}
