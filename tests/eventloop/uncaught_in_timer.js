// An error thrown in a timer: later timers do not run, 'exit' listeners
// do (with code 1), exit code 1 even with process.exitCode set.
process.exitCode = 9;
setTimeout(() => { throw new RangeError('in timer'); }, 1);
setTimeout(() => console.log('never'), 30);
process.on('exit', (c) => console.log('exit', c, process.exitCode));
