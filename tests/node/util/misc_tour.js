const util = require('util');
const fs = require('fs');
const { parseArgs } = util;
const opts = { verbose: { type: 'boolean', short: 'v' }, name: { type: 'string', short: 'n', default: 'anon' }, tag: { type: 'string', multiple: true } };
console.log(parseArgs({ args: ['-v', '--name=bob', '--tag', 'a', '--tag', 'b', 'pos'], options: opts, allowPositionals: true }));
console.log(parseArgs({ args: ['-vn', 'x', '--', '--notopt'], options: opts, allowPositionals: true, tokens: true }).tokens);
for (const args of [['--unknown'], ['pos'], ['--name'], ['--verbose=1']]) {
  try { parseArgs({ args, options: opts }); } catch (e) { console.log(e.code, e.message); }
}
console.log(parseArgs({ args: ['--unknown', 'x'], strict: false }));
const readP = util.promisify(fs.readFile);
const statP = util.promisify(fs.stat);
function legacy(a, b, cb) { setImmediate(() => (a < 0 ? cb(new Error('negative')) : cb(null, a + b))); }
const legacyP = util.promisify(legacy);
legacy[util.promisify.custom] === undefined && console.log('no custom');
function withCustom() {}
withCustom[util.promisify.custom] = () => Promise.resolve('custom!');
const cbified = util.callbackify(async (x) => { if (x) throw null; return 'ok'; });
(async () => {
  console.log((await readP(__filename, 'utf8')).split('\n')[0]);
  console.log((await statP(__filename)).isFile(), await legacyP(2, 3));
  try { await legacyP(-1, 0); } catch (e) { console.log('rejected', e.message); }
  console.log(await util.promisify(withCustom)(), util.promisify(setTimeout) === require('timers/promises').setTimeout);
  console.log(await util.promisify(setTimeout)(1, 'st'), await util.promisify(setImmediate)('si'));
  cbified(false, (err, v) => console.log('callbackify', err, v));
  cbified(true, (err) => console.log('callbackify null reason', err.code, err.message, err.reason));
  try { util.promisify(5); } catch (e) { console.log(e.code, e.message); }
  const old = util.deprecate(() => 'r', 'old() is deprecated', 'DEP_X1');
  process.on('warning', (w) => console.log('warning event', w.name, w.code, w.message));
  console.log(old(), old());
  function Animal(n) { this.n = n; }
  Animal.prototype.speak = function () { return this.n + ' speaks'; };
  function Dog(n) { Animal.call(this, n); }
  util.inherits(Dog, Animal);
  console.log(new Dog('rex').speak(), Dog.super_ === Animal, Object.getPrototypeOf(Dog.prototype) === Animal.prototype);
  console.log(util.types.isAsyncFunction(async () => {}), util.types.isGeneratorFunction(function* () {}), util.types.isTypedArray(Buffer.alloc(1)),
    util.types.isUint8Array(Buffer.alloc(1)), util.types.isMap(new Map()), util.types.isNativeError(new TypeError()), util.types.isBoxedPrimitive(Object(1)),
    util.types.isArrayBuffer(new ArrayBuffer(1)), util.types.isAnyArrayBuffer(new SharedArrayBuffer(1)), util.types.isProxy(new Proxy({}, {})), util.types.isKeyObject === undefined);
  console.log(util.styleText ? util.styleText('red', 'red text') : 'no styleText', util.styleText && util.styleText(['bold', 'underline'], 'x'));
  try { util.styleText('notacolor', 'x'); } catch (e) { console.log(e.code, e.message.slice(0, 60)); }
  console.log(util.stripVTControlCharacters('\u001b[31mred\u001b[39m'), util.toUSVString('a\ud800b'), util.getSystemErrorName(-2), util.getSystemErrorMap().get(-13));
  console.log(util.inspect.defaultOptions.depth, typeof util.TextEncoder, util.isArray([]), util.format('%s:%s', 'a'), util.debuglog('x').enabled);
  const te = new TextEncoder(); const td = new TextDecoder('utf-8', { fatal: true });
  console.log(te.encode('€'), te.encodeInto('héllo', new Uint8Array(3)), td.decode(te.encode('round')), new TextDecoder('utf-16le').decode(Buffer.from('hi', 'utf16le')), td.encoding);
  try { td.decode(new Uint8Array([0xff])); } catch (e) { console.log(e.name, e.code, e.message); }
  console.log(atob('aGVsbG8='), btoa('hello'), structuredClone(new Map([[1, { d: new Date(0) }]])), typeof performance.now(), performance.timeOrigin > 0);
  try { structuredClone(Symbol('s')); } catch (e) { console.log(e.name, e.message); }
  try { atob('***'); } catch (e) { console.log(e.name, e.message); }
  const obj = { circular: null }; obj.circular = obj;
  const cl = structuredClone(obj); console.log(cl.circular === cl, cl !== obj);
})();
