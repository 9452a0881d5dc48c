// The web globals: types, names, lengths, prototype chains and string tags.
const names = ['AbortController', 'AbortSignal', 'EventTarget', 'Event', 'CustomEvent',
  'DOMException', 'structuredClone', 'MessageChannel', 'MessagePort'];
for (const n of names) {
  const v = globalThis[n];
  console.log(n, typeof v, v.name, v.length, Object.keys(globalThis).includes(n));
}
console.log(Object.getPrototypeOf(AbortSignal) === EventTarget, Object.getPrototypeOf(CustomEvent) === Event,
  new MessageChannel().port1 instanceof EventTarget);
console.log(Object.prototype.toString.call(new AbortController()), Object.prototype.toString.call(new AbortController().signal),
  Object.prototype.toString.call(new CustomEvent('x')), Object.prototype.toString.call(new MessageChannel().port1));
console.log(Object.keys(AbortSignal.prototype), Object.keys(Event.prototype).length, Object.keys(EventTarget.prototype));
console.log(new AbortController().signal.onabort, typeof AbortSignal.any, typeof AbortSignal.timeout);
