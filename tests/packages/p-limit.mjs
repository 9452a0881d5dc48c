// p-limit (ESM only; imports yocto-queue, also ESM only). Concurrency is
// observed with deterministic timers and promise chains.
import pLimit, { limitFunction } from 'p-limit';
import * as ns from 'p-limit';
import Queue from 'yocto-queue';

const show = (label, v) => console.log(label + ': ' + JSON.stringify(v));
show('import forms', [typeof pLimit, ns.default === pLimit, Object.keys(ns).sort(), typeof limitFunction]);

const sleep = (ms, v) => new Promise(r => setTimeout(() => r(v), ms));
const limit = pLimit(2);
let running = 0, peak = 0;
const events = [];
const task = (name, ms) => limit(async () => {
  running++;
  peak = Math.max(peak, running);
  events.push('start ' + name + ' (active ' + limit.activeCount + ', pending ' + limit.pendingCount + ')');
  await sleep(ms);
  running--;
  events.push('end ' + name);
  return name.toUpperCase();
});
const results = await Promise.all([task('a', 200), task('b', 10), task('c', 10), task('d', 5), task('e', 1)]);
for (const e of events) console.log(e);
show('results', results);
show('peak', peak);
show('counts after', [limit.activeCount, limit.pendingCount, limit.concurrency]);

const errs = pLimit(1);
const settled = await Promise.allSettled([errs(() => sleep(1, 'ok')), errs(async () => { throw new Error('task failed'); }), errs(() => 'sync value'), errs(() => { throw new TypeError('sync throw'); })]);
show('allSettled', settled.map(s => (s.status === 'fulfilled' ? s.value : s.reason.constructor.name + ': ' + s.reason.message)));

const args = pLimit(3);
show('arguments passed', await args((a, b) => a + b, 20, 22));

const clr = pLimit(1);
const order = [];
clr(() => sleep(5).then(() => order.push('first')));
clr(() => order.push('cleared?'));
clr(() => order.push('cleared too?'));
show('pending before clear', clr.pendingCount);
clr.clearQueue();
show('pending after clear', clr.pendingCount);
await sleep(20);
show('ran', order);

const dyn = pLimit(1);
const dynLog = [];
const jobs = [1, 2, 3, 4].map(i => dyn(async () => { dynLog.push('run ' + i + ' at concurrency ' + dyn.concurrency); await sleep(2); }));
dyn.concurrency = 3;
await Promise.all(jobs);
show('dynamic concurrency', dynLog);

const limitedSquare = limitFunction(async x => { await sleep(1); return x * x; }, { concurrency: 2 });
show('limitFunction', await Promise.all([1, 2, 3, 4, 5].map(limitedSquare)));

show('map helper', await pLimit(2).map([3, 1, 2], async (x, i) => { await sleep(x); return x * 10 + i; }));

for (const bad of [0, -1, 1.5, 'x', Infinity]) {
  try {
    pLimit(bad);
    show('concurrency ' + bad, 'accepted');
  } catch (e) {
    show('concurrency ' + bad, e.constructor.name + ': ' + e.message);
  }
}
const q = new Queue();
q.enqueue('x'); q.enqueue('y'); q.enqueue('z');
show('yocto-queue', [q.size, q.dequeue(), q.peek(), [...q], q.size]);
