// util: promisify, callbackify, deprecate, inherits, types, misc helpers.
const util = require('util');

const custom = function () {};
custom[util.promisify.custom] = () => Promise.resolve('custom!');
console.log(util.promisify(custom) === custom[util.promisify.custom], util.promisify.custom === Symbol.for('nodejs.util.promisify.custom'));
const multi = (cb) => cb(null, 1, 2);
util.promisify(multi)().then((v) => console.log('multi', v));
util.promisify(setTimeout)(1, 'st').then((v) => console.log('setTimeout', v));
util.promisify(setImmediate)('si').then((v) => console.log('setImmediate', v));
try { util.promisify(5); } catch (e) { console.log(e.code, e.message); }
const p2 = util.promisify(function (a, cb) { cb(null, this && this.tag, a); });
p2.call({ tag: 'T' }, 'A').then((v) => console.log('this', v));
console.log(util.promisify((a, b, cb) => {}).length);
async function af(x) { if (x) throw new Error('af failed'); return 'ok'; }
const cf = util.callbackify(af);
cf(0, (err, v) => console.log('callbackify', err, v));
cf(1, (err, v) => console.log('callbackify err', err.message, v));
util.callbackify(() => Promise.reject(null))((err) => console.log('null reason', err.message, err.code, err.reason));
try { util.callbackify('x'); } catch (e) { console.log(e.code, e.message); }
try { cf(0); } catch (e) { console.log(e.code, e.message); }
const dep = util.deprecate(() => 'dep ret', 'this is deprecated', 'DEP0999');
console.log(dep(), dep());
function Base() {} Base.prototype.hi = function () { return 'hi'; };
function Derived() { Base.call(this); }
util.inherits(Derived, Base);
console.log(new Derived().hi(), Derived.super_ === Base, Object.getPrototypeOf(Derived.prototype) === Base.prototype);
try { util.inherits(Derived, null); } catch (e) { console.log(e.code, e.message); }
const t = util.types;
console.log(t.isPromise(Promise.resolve()), t.isPromise({ then() {} }), t.isRegExp(/x/), t.isDate(new Date()),
  t.isMap(new Map()), t.isSet(new Set()), t.isWeakMap(new WeakMap()), t.isWeakSet(new WeakSet()));
console.log(t.isTypedArray(new Uint8Array(1)), t.isUint8Array(new Uint8Array(1)), t.isUint8Array(new Int8Array(1)),
  t.isArrayBuffer(new ArrayBuffer(1)), t.isAnyArrayBuffer(new ArrayBuffer(1)), t.isArrayBufferView(new Uint8Array(1)),
  t.isFloat64Array(new Float64Array(1)));
console.log(t.isAsyncFunction(async () => {}), t.isAsyncFunction(() => {}), t.isGeneratorFunction(function* () {}),
  t.isGeneratorFunction(async function* () {}), t.isGeneratorObject((function* () {})()), t.isGeneratorObject({}));
console.log(t.isProxy(new Proxy({}, {})), t.isProxy({}), t.isBoxedPrimitive(Object(1)), t.isBoxedPrimitive(1),
  t.isNativeError(new TypeError()), t.isNativeError({ name: 'Error', message: '' }), t.isNumberObject(Object(1)),
  t.isStringObject(Object('s')), t.isSymbolObject(Object(Symbol())), t.isBigIntObject(Object(1n)), t.isBooleanObject(Object(true)));
console.log(t.isMapIterator(new Map().keys()), t.isSetIterator(new Set().values()), t.isArgumentsObject((function () { return arguments; })()),
  t.isArgumentsObject([]), t.isWeakMap(new Map()), t.isDate({}), t.isRegExp({}), t.isPromise(Object.create(Promise.prototype)));
const fake = {}; Object.defineProperty(fake, Symbol.toStringTag, { value: 'Promise' });
console.log(t.isPromise(fake), t.isNativeError(Object.create(Error.prototype)), t.isModuleNamespaceObject({}), t.isExternal({}));
console.log(require('util/types') === util.types, require('node:util/types').isDate(new Date()));
console.log(util.isDeepStrictEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] }), util.isDeepStrictEqual([1], ['1']),
  util.isDeepStrictEqual(NaN, NaN), util.isDeepStrictEqual(new Set([1]), new Set([1])), util.isDeepStrictEqual(new Map([[1, 2]]), new Map([[1, 3]])));
console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'), util.toUSVString('a\ud800b'), util.styleText('red', 'x') === '\u001b[31mx\u001b[39m');
try { util.styleText('nocolor', 'x'); } catch (e) { console.log(e.code, e.message.split('.')[0]); }
console.log(util.isArray([]), util.isError(new Error()), util.isPrimitive(1), util.isPrimitive({}));
console.log(typeof util.getSystemErrorName === 'function' ? util.getSystemErrorName(-2) : 'none',
  typeof util.getSystemErrorMap === 'function' ? util.getSystemErrorMap().get(-13) : 'none');
try { util.getSystemErrorName(2); } catch (e) { console.log(e.code, e.message); }
console.log(util.format('%s %s', 'only'), util.format('%c%s', 'css', 'x'), util.format('%i', 42.9), util.format('%f', '1.5x'));
const ac = new AbortController();
util.aborted(ac.signal, {}).then(() => console.log('aborted resolved'));
ac.abort();
console.log(typeof util.MIMEType, typeof util.parseArgs, typeof util.debuglog('x'), util.debuglog('x').enabled);
console.log(util._extend({ a: 1 }, { b: 2 }));
