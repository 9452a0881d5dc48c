// fork_roundtrip.js [count]: the same as roundtrip.js over child_process.fork's
// IPC channel.
'use strict';
const { fork } = require('child_process');

if (process.send === undefined) {
  const count = Number(process.argv[2] || 20000);
  const child = fork(__filename);
  let sent = 0;
  child.on('message', (m) => {
    if (m.seq !== sent) throw new Error('out of order');
    if (++sent === count) {
      console.log('round trips', sent);
      child.disconnect();
    } else {
      child.send({ seq: sent, body: 'x' });
    }
  });
  child.send({ seq: 0, body: 'x' });
} else {
  process.on('message', (m) => process.send(m));
}
