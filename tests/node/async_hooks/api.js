// async_hooks' API surface: AsyncResource.bind's function, argument errors,
// run's arguments and result, createHook, enterWith/disable, the ids.
const { AsyncLocalStorage, AsyncResource, executionAsyncId, triggerAsyncId, createHook } = require('async_hooks');
const als = new AsyncLocalStorage();
console.log(als.getStore(), typeof executionAsyncId(), executionAsyncId(), triggerAsyncId());
const r = new AsyncResource('X');
const b = r.bind(function f(a, b) {});
console.log(Object.getOwnPropertyDescriptors(b), b.name, b.length);
try { new AsyncResource(5) } catch (e) { console.log(e.code, e.message) }
try { als.run() } catch (e) { console.log(e.code, e.message) }
console.log(als.run(1, (a, b) => [a, b, als.getStore()], 'x', 'y'));
const h = createHook({}); console.log(h.enable() === h, Object.keys(require('async_hooks')));
console.log(AsyncLocalStorage.snapshot.length, AsyncLocalStorage.bind.length, als.exit.length, als.run.length);
als.enterWith(5); console.log(als.getStore()); als.disable(); console.log(als.getStore());
console.log(typeof r.asyncId(), r.triggerAsyncId() === executionAsyncId(), r.emitDestroy() === r);
