// process.exit runs 'exit' listeners once and stops at once; pending
// ticks, promise jobs and timers are dropped.
process.on('exit', (c) => { console.log('exit', c, process.exitCode); process.exit(3); console.log('not printed'); });
process.on('exit', () => console.log('second exit listener'));
setTimeout(() => console.log('never'), 10);
Promise.resolve().then(() => console.log('never either'));
process.nextTick(() => console.log('nor this'));
console.log('before');
process.exit(5);
console.log('after');
