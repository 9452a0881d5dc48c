// Ticks run before promise jobs; both drain fully after the main module,
// and ticks queued by promise jobs wait for the microtask queue to empty.
const log = (s) => console.log(s);
setTimeout(() => log('timeout'), 0);
new Promise((res) => { log('executor'); res(); }).then(() => {
  log('then 1');
  process.nextTick(() => log('tick inside then'));
}).then(() => log('then 2'));
process.nextTick(() => {
  log('tick 1');
  Promise.resolve().then(() => log('promise inside tick'));
  process.nextTick(() => log('tick inside tick'));
});
process.nextTick((a, b) => log('tick args ' + a + b), 1, 2);
queueMicrotask(() => log('microtask'));
Promise.resolve().then(() => { log('p1'); return Promise.resolve('A'); }).then((v) => log('adopted ' + v));
Promise.resolve().then(() => log('q1')).then(() => log('q2')).then(() => log('q3')).then(() => log('q4'));
log('sync');
