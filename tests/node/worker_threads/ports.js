'use strict';
// MessageChannel, receiveMessageOnPort, BroadcastChannel and environment data in one
// thread, and environment data copied into a worker; globals as in node 20.
const wt = require('worker_threads');
const { MessageChannel, receiveMessageOnPort, BroadcastChannel, Worker } = wt;

if (!wt.isMainThread) {
  wt.parentPort.postMessage(['env', wt.getEnvironmentData('k'), wt.getEnvironmentData('gone')]);
} else {
  console.log(Object.keys(wt).sort().join(','));
  console.log(MessageChannel === globalThis.MessageChannel,
              BroadcastChannel === globalThis.BroadcastChannel,
              wt.MessagePort === globalThis.MessagePort);
  const { port1, port2 } = new MessageChannel();
  port1.postMessage({ a: 1 });
  port1.postMessage('second');
  console.log('sync', receiveMessageOnPort(port2));
  console.log('sync', receiveMessageOnPort(port2));
  console.log('sync', receiveMessageOnPort(port2));
  try {
    receiveMessageOnPort({});
  } catch (e) {
    console.log(e.code, e.message);
  }
  port2.on('message', (m) => {
    console.log('port2 got', m);
    port2.close();
  });
  port1.postMessage(new Map([[1, 2]]));
  Promise.resolve().then(() => console.log('microtask first'));
  wt.setEnvironmentData('k', { deep: [1, 2] });
  wt.setEnvironmentData('gone', 1);
  wt.setEnvironmentData('gone', undefined);
  console.log('env', wt.getEnvironmentData('k'), wt.getEnvironmentData('gone'));
  const w = new Worker(__filename);
  w.on('message', (m) => console.log('worker said', JSON.stringify(m)));
  w.on('exit', (c) => console.log('exit', c));
}
