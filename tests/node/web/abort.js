// AbortController and AbortSignal.
const ac = new AbortController();
const { signal } = ac;
console.log(signal.aborted, signal.reason, ac, signal);
let calls = 0;
signal.addEventListener('abort', (e) => {
  calls++;
  console.log('abort event', e.type, e.isTrusted, e.target === signal, signal.aborted);
});
signal.onabort = (e) => console.log('onabort', e.type, typeof signal.onabort);
ac.abort();
ac.abort('again');
console.log(calls, signal.aborted, signal.reason.name, signal.reason.message, signal.reason.code,
  signal.reason instanceof DOMException);
try { signal.throwIfAborted(); } catch (e) { console.log('thrown', e === signal.reason); }
console.log(ac);
const ac2 = new AbortController();
ac2.abort({ why: 1 });
console.log(ac2.signal.reason);
try { ac2.signal.throwIfAborted(); } catch (e) { console.log('custom', e); }
new AbortController().signal.throwIfAborted();
console.log('not aborted does not throw');

const s1 = AbortSignal.abort();
console.log(s1.aborted, s1.reason.name, s1.reason.message);
console.log(AbortSignal.abort('r').reason, AbortSignal.abort(undefined).reason.name);
const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => new AbortSignal());
t(() => AbortSignal.timeout('1'));
t(() => AbortSignal.timeout(-1));
t(() => AbortSignal.timeout(1.5));
t(() => AbortSignal.any('x'));
t(() => AbortSignal.any([1]));
t(() => Object.getOwnPropertyDescriptor(AbortSignal.prototype, 'aborted').get.call({}));

// any()
const a = new AbortController();
const b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
any.addEventListener('abort', () => console.log('any aborted with', any.reason));
b.abort('b-reason');
a.abort('a-reason');
console.log(any.aborted, any.reason);
console.log(AbortSignal.any([AbortSignal.abort('pre')]).reason, AbortSignal.any([]).aborted);

// timeout(): unref'd, fires when something else keeps the loop alive
const ts = AbortSignal.timeout(10);
ts.onabort = () => console.log('timeout', ts.reason.name, ts.reason.message, ts.reason.code);
setTimeout(() => console.log('later', ts.aborted), 50);
AbortSignal.timeout(100000).addEventListener('abort', () => console.log('never'));
console.log(Object.prototype.toString.call(signal), signal instanceof EventTarget);
