// Inside a timer callback the check phase comes first: immediates before
// new timeouts.
const log = (s) => console.log(s);
setTimeout(() => {
  log('timer 1');
  setImmediate(() => log('immediate from timer'));
  setTimeout(() => log('timeout 0 from timer'), 0);
  process.nextTick(() => log('tick from timer 1'));
  Promise.resolve().then(() => log('promise from timer 1'));
}, 1);
const im = setTimeout(() => {
  const x = setImmediate(() => log('unref immediate runs while the loop is alive'));
  x.unref();
  log(x.hasRef());
  setTimeout(() => log('keeps the loop alive'), 20);
}, 50);
