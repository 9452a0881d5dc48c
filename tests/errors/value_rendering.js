// How V8 shows an object in an error message without running its code
// (Object::NoSideEffectsToString), through Symbol.keyFor: "#<Ctor>" when
// its toString is Object.prototype.toString, "Name: message" for errors,
// else "[object Tag]". Found by tests/difffuzz (seeds 1171, 1994).
function t(v) { try { Symbol.keyFor(v); } catch (e) { console.log(e.message); } }
class Foo {}
class Bar extends Array {}
t({}); t([]); t([1, 2]); t(/x/g); t(new Date(0));
t(new Error('m')); t(new TypeError('tm')); t(new (class extends Error {})('sub'));
t(Object.assign(new Error('e'), {name: ''}));
t({name: 'N', message: 'M', toString: Error.prototype.toString});
t(Object.create(null)); t(new Foo()); t(new Bar()); t(new Map()); t(new Set());
t(new WeakMap()); t(Promise.resolve()); t(new Number(1)); t(new String('s'));
t(new Boolean(true)); t(Object(1n)); t(Object(Symbol('q')));
t({toString() { return 'x'; }}); t({[Symbol.toStringTag]: 'Tg'});
t({constructor: 5}); t({__proto__: {constructor: {name: 'Fake'}}});
t(new Proxy({}, {})); t(new Proxy([], {})); t(new Uint8Array(2));
t(new ArrayBuffer(2)); t(new DataView(new ArrayBuffer(1)));
t((function () { return arguments; })());
t(JSON); t(Math); t((function* () {})()); t(new WeakRef({}));
t(1); t('s'); t(null); t(undefined); t(1n); t(-0); t(true);
