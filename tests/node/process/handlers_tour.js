process.on('uncaughtException', (err, origin) => {
  console.log('caught:', err.message, origin);
  if (err.message === 'second') process.exitCode = 5;
});
process.on('unhandledRejection', (reason, p) => {
  console.log('unhandled:', reason instanceof Error ? reason.message : reason, p instanceof Promise);
});
setTimeout(() => { throw new Error('first'); }, 1);
setTimeout(() => { throw new Error('second'); }, 5);
Promise.reject(new Error('rejected'));
Promise.reject(42);
const late = Promise.reject(new Error('handled later'));
setTimeout(() => late.catch((e) => console.log('late catch', e.message)), 2);
process.on('rejectionHandled', (p) => console.log('rejectionHandled', p === late));
process.on('exit', (c) => console.log('exit', c));
