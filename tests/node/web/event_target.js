// EventTarget, Event and CustomEvent.
const order = [];
const et = new EventTarget();
et.addEventListener('x', function a(e) {
  order.push('a:' + (this === et));
  et.addEventListener('x', () => order.push('late'));
});
et.addEventListener('x', { handleEvent(e) { order.push('obj:' + e.type); } });
const dup = () => order.push('dup');
et.addEventListener('x', dup);
et.addEventListener('x', dup);
et.addEventListener('x', dup, { capture: true });
console.log(et.dispatchEvent(new Event('x')), order.join(','));
order.length = 0;
et.removeEventListener('x', dup);
et.dispatchEvent(new Event('x'));
console.log(order.join(','));

const t = (f) => { try { console.log(f()); } catch (e) { console.log(e.name, e.code, e.message); } };
t(() => new Event());
t(() => et.dispatchEvent({}));
t(() => et.dispatchEvent('x'));
t(() => et.addEventListener('x', 5));
t(() => new Event('a', 5));
t(() => new CustomEvent());

const ev = new Event('q', { cancelable: true });
console.log(ev.eventPhase, ev.target, ev.currentTarget, ev.isTrusted, ev.bubbles, ev.composed,
  ev.returnValue, ev.cancelBubble, ev.srcElement, ev.type, ev.cancelable, typeof ev.timeStamp);
et.addEventListener('q', (e) => {
  e.preventDefault();
  console.log('in', e.eventPhase, e.target === et, e.currentTarget === et, e.defaultPrevented,
    e.composedPath().length, e.returnValue);
});
console.log(et.dispatchEvent(ev), ev.eventPhase, ev.currentTarget, ev.target === et, ev.defaultPrevented);
const nc = new Event('q');
console.log(et.dispatchEvent(nc), nc.defaultPrevented);

// once, stopImmediatePropagation, passive, signal
const t2 = new EventTarget();
t2.addEventListener('o', () => console.log('once'), { once: true });
t2.addEventListener('o', (e) => { console.log('first'); e.stopImmediatePropagation(); });
t2.addEventListener('o', () => console.log('never'));
t2.dispatchEvent(new Event('o'));
t2.dispatchEvent(new Event('o'));
t2.addEventListener('p', (e) => { e.preventDefault(); console.log('passive', e.defaultPrevented); }, { passive: true });
console.log(t2.dispatchEvent(new Event('p', { cancelable: true })));
const ac = new AbortController();
t2.addEventListener('s', () => console.log('signal listener'), { signal: ac.signal });
t2.dispatchEvent(new Event('s'));
ac.abort();
t2.dispatchEvent(new Event('s'));
console.log('after abort');
t2.addEventListener('s', () => console.log('not added'), { signal: ac.signal });
t2.dispatchEvent(new Event('s'));

// recursion
const t3 = new EventTarget();
const rec = new Event('r');
t3.addEventListener('r', () => t(() => t3.dispatchEvent(rec)));
t3.dispatchEvent(rec);

// CustomEvent
const ce = new CustomEvent('c', { detail: { n: 1 } });
console.log(ce.detail, ce.type, ce instanceof Event, new CustomEvent('d').detail);
console.log(Object.prototype.toString.call(ce), Object.prototype.toString.call(new Event('e')),
  Object.prototype.toString.call(et));
console.log(Event.NONE, Event.CAPTURING_PHASE, Event.AT_TARGET, Event.BUBBLING_PHASE);
console.log(Object.keys(ev), new EventTarget());

// subclass
class Emitter extends EventTarget {}
const em = new Emitter();
em.addEventListener('go', (e) => console.log('sub', e.target === em, e.constructor.name));
em.dispatchEvent(new CustomEvent('go'));
console.log(em);
console.log(typeof Event.prototype.initEvent, typeof Event.prototype.stopPropagation);
