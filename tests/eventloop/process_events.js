// beforeExit may add work; once/off/emit/listeners; stdout.write.
let n = 0;
process.on('beforeExit', (code) => {
  console.log('beforeExit', code, n);
  Promise.resolve().then(() => console.log('  microtask in beforeExit'));
  if (n++ < 2) setImmediate(() => console.log('immediate', n));
});
process.on('exit', (c) => console.log('exit', c));
process.stdout.write('no newline');
process.stdout.write(' then newline\n', () => console.log('write callback'));
console.log(process.stdout.write('x\n'));
console.log(process.listenerCount('beforeExit'), process.listeners('beforeExit').length);
const f = () => console.log('never');
process.once('foo', f); process.off('foo', f);
console.log(process.emit('foo'), process.listenerCount('foo'));
process.once('bar', (a, b) => console.log('bar', a, b));
console.log(process.emit('bar', 1, 2), process.emit('bar', 3));
process.prependListener('exit', () => console.log('prepended exit listener'));
process.exitCode = 2;
