// node:diagnostics_channel: channels, subscribers, publish order and
// errors, tracing channels around sync/promise/callback calls.
'use strict';
const dc = require('diagnostics_channel');
const dc2 = require('node:diagnostics_channel');

const t = (f) => { try { return f(); } catch (e) { return e.code + ' ' + e.name + ': ' + e.message; } };
console.log(dc === dc2, Object.keys(dc));

const a = dc.channel('app:a');
console.log(a === dc.channel('app:a'), a.name, a.hasSubscribers, dc.hasSubscribers('app:a'), a instanceof dc.Channel);
a.publish('nobody hears');
const got = [];
const s1 = (msg, name) => got.push(['s1', msg, name]);
const s2 = (msg) => got.push(['s2', msg]);
a.subscribe(s1);
dc.subscribe('app:a', s2);
console.log(a.hasSubscribers, dc.hasSubscribers('app:a'), a instanceof dc.Channel);
a.publish({ n: 1 });
console.log(a.unsubscribe(s1), a.unsubscribe(s1), dc.unsubscribe('app:a', s2), a.hasSubscribers);
a.publish('after');
console.log(JSON.stringify(got));

// Unsubscribing during publish does not skip the rest of this publish.
const b = dc.channel('app:b');
const order = [];
const first = () => { order.push('first'); b.unsubscribe(second); };
const second = () => order.push('second');
b.subscribe(first);
b.subscribe(second);
b.publish(1);
b.publish(2);
console.log(order.join(','));

const sym = Symbol('s');
const cs = dc.channel(sym);
cs.subscribe((m, name) => console.log('symbol channel', m, typeof name));
cs.publish('hi');

console.log(t(() => dc.channel(5)));
console.log(t(() => dc.channel({})));
console.log(t(() => dc.channel('x').subscribe('nope')));
console.log(t(() => dc.subscribe('y', null)));
console.log(dc.hasSubscribers('never'), dc.unsubscribe('never', () => {}));
console.log(t(() => dc.tracingChannel(5)));

// Tracing channels.
const tc = dc.tracingChannel('work');
const log = [];
const handlers = {
  start: (ctx) => log.push('start ' + JSON.stringify(ctx)),
  end: (ctx) => log.push('end ' + JSON.stringify(ctx)),
  asyncStart: (ctx) => log.push('asyncStart ' + JSON.stringify(ctx)),
  asyncEnd: (ctx) => log.push('asyncEnd ' + JSON.stringify(ctx)),
  error: (ctx) => log.push('error ' + String(ctx.error)),
};
console.log('before', tc.hasSubscribers, tc.traceSync((x) => x * 2, {}, null, 21));
tc.subscribe(handlers);
console.log('after', tc.hasSubscribers, dc.channel('tracing:work:start').hasSubscribers, tc.start === dc.channel('tracing:work:start'));
console.log('traceSync', tc.traceSync(function (x, y) { return [this.k, x + y]; }, { id: 1 }, { k: 'this' }, 2, 3));
console.log('traceSync throws', t(() => tc.traceSync(() => { throw new Error('boom'); }, { id: 2 })));
console.log(log.splice(0).join('\n'));

const ctx3 = { id: 3 };
tc.tracePromise(async (v) => v + 1, ctx3, null, 41).then((r) => {
  console.log('tracePromise', r, JSON.stringify(ctx3));
  console.log(log.splice(0).join('\n'));
  return tc.tracePromise(() => Promise.reject(new Error('nope')), { id: 4 });
}).catch((e) => {
  console.log('tracePromise rejected', e.message);
  console.log(log.splice(0).join('\n'));
  console.log('non-promise', tc.tracePromise(() => 7, { id: 5 }) instanceof Promise);
  tc.traceCallback((x, cb) => setImmediate(() => cb(null, x * 3)), -1, { id: 6 }, null, 5, (err, res) => {
    console.log('traceCallback', err, res);
    tc.traceCallback((cb) => cb(new Error('cb failed')), 0, { id: 7 }, null, (err) => {
      console.log('traceCallback error', err.message);
      console.log(log.splice(0).join('\n'));
      console.log(t(() => tc.traceCallback(() => {}, 0, {}, null, 5)));
      console.log('unsubscribe', tc.unsubscribe(handlers), tc.unsubscribe(handlers), tc.hasSubscribers);
      // A subscriber that throws: the others still run, the error is uncaught later.
      const c = dc.channel('app:throws');
      c.subscribe(() => { throw new Error('subscriber failed'); });
      c.subscribe(() => console.log('second subscriber ran'));
      process.on('uncaughtException', (err) => console.log('uncaught:', err.message));
      c.publish('x');
      console.log('publish returned');
    });
  });
});
