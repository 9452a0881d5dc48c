// A handler attached later in the same microtask drain counts as handled;
// one attached in a later macrotask does not.
const p = Promise.reject(new Error('late but in time'));
Promise.resolve().then(() => Promise.resolve()).then(() => {
  p.catch((e) => console.log('caught', e.message));
});
const q = Promise.reject(new TypeError('too late'));
setTimeout(() => q.catch(() => console.log('never')), 0);
process.on('exit', (c) => console.log('exit', c));
console.log('main');
