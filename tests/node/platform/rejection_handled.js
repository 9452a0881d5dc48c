// A rejection reported as unhandled and handled later: 'rejectionHandled'
// with the promise, or (no listener) PromiseRejectionHandledWarning with
// node's rejection id; the order against timers and other events.
const log = (...a) => console.log(...a);
const seen = [];
process.on('unhandledRejection', (reason, p) => {
  log('unhandledRejection', reason instanceof Error ? reason.message : reason);
  seen.push(p);
});
process.on('warning', (w) => log('warning', w.name, w.message, w.id));
const a = Promise.reject(new Error('first'));
Promise.reject('second');
const handledInTime = Promise.reject(new Error('never reported'));
handledInTime.catch(() => log('caught in time'));
setTimeout(() => {
  log('timer 1', seen.length);
  seen[0].catch(() => log('late catch 1'));
  process.nextTick(() => log('tick after late catch'));
  setTimeout(() => {
    process.on('rejectionHandled', (p) => log('rejectionHandled', p === seen[1]));
    seen[1].then(null, () => log('late catch 2'));
    setTimeout(() => log('done', a === seen[0]), 5);
  }, 5);
}, 5);
