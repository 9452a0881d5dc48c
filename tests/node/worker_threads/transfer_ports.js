'use strict';
// MessagePorts transferred to a worker (in workerData with transferList, and in a
// postMessage transfer list) and within one thread; messages and 'close' cross both ways.
const { Worker, MessageChannel, isMainThread, parentPort, workerData } = require('worker_threads');

if (!isMainThread) {
  const { port } = workerData;
  port.on('message', (m) => {
    if (m === 'bye') {
      port.close();
      return;
    }
    port.postMessage('worker echo ' + m);
  });
  parentPort.once('message', ({ other, tag }) => {
    other.postMessage({ from: 'worker', tag, isPort: other instanceof require('worker_threads').MessagePort });
    other.close();
  });
} else {
  const log = [];
  const a = new MessageChannel();
  const b = new MessageChannel();
  const w = new Worker(__filename, { workerData: { port: a.port1 }, transferList: [a.port1] });
  a.port2.on('message', (m) => {
    log.push('a: ' + m);
    if (m === 'worker echo 2') a.port2.postMessage('bye');
  });
  a.port2.on('close', () => log.push('a closed'));
  a.port2.postMessage(1);
  a.port2.postMessage(2);
  b.port2.on('message', (m) => log.push('b: ' + JSON.stringify(m)));
  b.port2.on('close', () => log.push('b closed'));
  w.postMessage({ other: b.port1, tag: 'x' }, [b.port1]);

  const c = new MessageChannel();
  const d = new MessageChannel();
  d.port2.once('message', ({ p }) => {
    p.postMessage('via moved port');
    p.close();
    d.port2.close();
  });
  c.port2.on('message', (m) => log.push('c: ' + m));
  c.port2.on('close', () => log.push('c closed'));
  d.port1.postMessage({ p: c.port1 }, [c.port1]);
  try {
    d.port1.postMessage({ p: c.port1 });
  } catch (e) {
    console.log('again:', e.name, e.message);
  }
  try {
    w.postMessage({ p: a.port2 });
  } catch (e) {
    console.log('unlisted:', e.name, e.message);
  }
  w.on('exit', (code) => {
    setTimeout(() => {
      console.log(log.sort().join('\n'));
      console.log('exit', code);
    }, 100);
  });
}
