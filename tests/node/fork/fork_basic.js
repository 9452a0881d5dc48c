'use strict';
// fork(): messages both ways, process.argv in the child, exit code and events.
const { fork } = require('child_process');

const child = fork('./_child/basic.js', ['a', 'b'], { execArgv: ['--max-old-space-size=64'] });
const events = [];
console.log('parent connected', child.connected, typeof child.send, typeof child.pid);
child.on('message', (m) => {
  console.log('parent got', JSON.stringify(m));
  if (m.ready) child.send({ n: 21, text: 'héllo ✓', list: [1, null, true] });
});
child.on('disconnect', () => events.push('disconnect'));
child.on('exit', (code, signal) => events.push(`exit ${code} ${signal}`));
child.on('close', (code, signal) => {
  console.log('events', events.sort().join(', '));
  console.log('close', code, signal, 'connected', child.connected);
});
