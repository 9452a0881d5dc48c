'use strict';
const { performance, PerformanceObserver, PerformanceEntry, PerformanceMark, createHistogram,
  monitorEventLoopDelay, constants } = require('perf_hooks');

console.log(typeof performance.now(), performance.now() >= 0, typeof performance.timeOrigin);
console.log(globalThis.performance === performance, Object.prototype.toString.call(performance));
console.log(Object.keys(require('perf_hooks')));

const obs = new PerformanceObserver((list, o) => {
  console.log('observer', o === obs,
              list.getEntries().map((e) => `${e.name}:${e.entryType}`));
  console.log('byType', list.getEntriesByType('mark').length,
              list.getEntriesByName('x-y').map((e) => e.entryType));
  o.disconnect();
});
obs.observe({ entryTypes: ['mark', 'measure', 'function'] });

performance.mark('x');
performance.mark('y', { detail: { n: 1 } });
const m = performance.measure('x-y', 'x', 'y');
console.log(m.entryType, m.detail, m.duration >= 0, m instanceof PerformanceEntry);
console.log(Object.keys(m.toJSON()), String(performance.getEntriesByName('y')[0]));
console.log(performance.getEntriesByName('y')[0].detail);
const z = performance.mark('z', { startTime: 1e9, detail: 'd' });
console.log(z.startTime, z.detail, z instanceof PerformanceMark);
const o1 = performance.measure('o1', { start: 1, end: 4, detail: [1] });
console.log(o1.startTime, o1.duration, o1.detail);
const o2 = performance.measure('o2', { start: 1, duration: 4 });
console.log(o2.startTime, o2.duration);
console.log(performance.measure('fromstart').startTime);
const f = performance.timerify(function foo(a) { return a + 1; });
console.log(f(1), f.name, f.length, performance.timerify(f) === f);
console.log(performance.getEntriesByType('mark').map((e) => e.name));
console.log(performance.getEntries().map((e) => e.name));
performance.clearMarks('x');
console.log(performance.getEntriesByType('mark').map((e) => e.name));
performance.clearMarks();
performance.clearMeasures('o1');
console.log(performance.getEntries().map((e) => e.name));
performance.clearMeasures();
console.log(performance.getEntries());

for (const fn of [
  () => performance.measure('bad', 'nope'),
  () => performance.mark(),
  () => performance.mark('neg', { startTime: -1 }),
  () => new PerformanceEntry(),
  () => obs.observe({}),
  () => new PerformanceObserver(1),
  () => performance.measure('m', { start: 1 }, 'x'),
  () => performance.measure('m', {}),
  () => performance.measure('m2', { detail: 1 }),
]) {
  try {
    fn();
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
console.log(PerformanceObserver.supportedEntryTypes);
console.log(Object.keys(performance.toJSON()), Object.keys(performance.eventLoopUtilization()));
console.log(performance.nodeTiming.name, performance.nodeTiming.entryType);
console.log(constants.NODE_PERFORMANCE_GC_MAJOR);

const h = createHistogram();
console.log(h.min, h.max, h.mean, h.stddev, h.count, h.percentiles);
for (const v of [5, 7, 7, 9, 100]) h.record(v);
console.log(h.min, h.max, h.mean, h.count, h.stddev.toFixed(6), h.percentile(50), h.percentile(99));
console.log(h.percentiles);
try { h.record(0); } catch (e) { console.log(e.code, e.message); }
h.reset();
console.log(h.count, h.max);
const d = monitorEventLoopDelay({ resolution: 20 });
console.log(d.enable(), d.enable(), d.disable(), d.disable());
setImmediate(() => console.log('immediate'));
process.nextTick(() => console.log('tick'));
