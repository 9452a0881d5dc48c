// Inside a timer callback the check phase comes first: immediates before
// new timeouts. The second part starts from the last callback of the first,
// so the order does not depend on how fast the machine is.
const log = (s) => console.log(s);
function second() {
  const x = setImmediate(() => log('unref immediate runs while the loop is alive'));
  x.unref();
  log(x.hasRef());
  setTimeout(() => log('keeps the loop alive'), 20);
}
setTimeout(() => {
  log('timer 1');
  setImmediate(() => log('immediate from timer'));
  setTimeout(() => { log('timeout 0 from timer'); setTimeout(second, 5); }, 0);
  process.nextTick(() => log('tick from timer 1'));
  Promise.resolve().then(() => log('promise from timer 1'));
}, 1);
