// An unhandled rejection with an Error ends the program like an uncaught
// exception: 'exit' listeners run, exit code 1.
process.on('exit', (c) => console.log('exit', c, process.exitCode));
Promise.reject(new RangeError('bad range'));
setTimeout(() => console.log('never'), 10);
console.log('main');
