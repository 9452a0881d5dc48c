// Executor, then/catch/finally, thenables, self-resolution, receivers.
const log = (...a) => console.log(...a);
Promise.resolve(1).finally(() => log('finally 1')).then((v) => log('value passes finally', v));
Promise.reject(new Error('f')).finally(() => log('finally 2')).catch((e) => log('reason passes finally', e.message));
Promise.resolve(1).finally(() => { throw new Error('from finally'); }).catch((e) => log('finally threw', e.message));
Promise.resolve(5).finally(7).then((v) => log('finally non-callable', v));
Promise.resolve(1).finally(() => Promise.resolve().then(() => log('finally waits'))).then((v) => log('after finally', v));
log(Promise.resolve(1) instanceof Promise, Object.prototype.toString.call(Promise.prototype));
// Kiln also has the newer statics test262 covers (withResolvers, try, allKeyed ...);
// node 20's own set must all be there.
const node20 = ['all', 'allSettled', 'any', 'length', 'name', 'prototype', 'race', 'reject', 'resolve'];
log(node20.filter((k) => Object.getOwnPropertyNames(Promise).includes(k)).join(), Object.getOwnPropertyNames(Promise.prototype).sort().join());
log(Promise.length, Promise.prototype.then.length, Promise[Symbol.species] === Promise);
Promise.resolve({ then(res) { log('thenable then called'); res('thenable value'); } }).then((v) => log('resolved thenable', v));
Promise.resolve({ get then() { throw new Error('getter throws'); } }).catch((e) => log('bad thenable', e.message));
Promise.resolve({ then() { throw new Error('then throws'); } }).catch((e) => log('throwing then', e.message));
Promise.resolve({ then(res) { res(1); res(2); throw new Error('ignored'); } }).then((v) => log('first resolution wins', v));
const p = new Promise((r) => r());
const q = p.then(() => q);
q.catch((e) => log('cycle', e.name, e.message));
try { Promise.prototype.then.call({}, () => {}); } catch (e) { log(e.name, e.message); }
try { Promise.resolve.call(1); } catch (e) { log(e.name, e.message); }
try { new Promise({}); } catch (e) { log(e.name, e.message); }
try { new Promise(); } catch (e) { log(e.name, e.message); }
try { Promise(() => {}); } catch (e) { log(e.name, e.message); }
log(Promise.resolve(p) === p, Promise.reject(1).catch(() => {}) instanceof Promise);
new Promise(function (a, b) { log(a.length, b.length, a.name === '', typeof this); });
log(Promise.resolve(42), new Promise(() => {}));
log('sync end');
