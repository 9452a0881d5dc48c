// fork() from an ES module, of an ES module named by a URL; replies in order.
import { fork } from 'node:child_process';

const child = fork(new URL('./_child/esm.mjs', import.meta.url));
const inputs = [2, 3, 4];
child.on('message', (m) => {
  console.log('got', JSON.stringify(m));
  if (inputs.length) child.send(inputs.shift());
  else child.send('stop');
});
child.on('exit', (code, signal) => console.log('exit', code, signal));
