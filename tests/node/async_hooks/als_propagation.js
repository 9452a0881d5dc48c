// AsyncLocalStorage through await, promises, timers, immediates, ticks,
// queueMicrotask, nested stores, exit, enterWith, AsyncResource, snapshot.
const { AsyncLocalStorage, AsyncResource } = require('async_hooks');
const als = new AsyncLocalStorage();
const other = new AsyncLocalStorage();
const log = (...a) => console.log(...a);

async function handler(id) {
  log(id, 'start', als.getStore());
  await null;
  log(id, 'after await', als.getStore());
  await new Promise((r) => setTimeout(r, 5));
  log(id, 'after timer', als.getStore());
  setImmediate(() => log(id, 'immediate', als.getStore()));
  process.nextTick(() => log(id, 'tick', als.getStore()));
  queueMicrotask(() => log(id, 'microtask', als.getStore()));
  other.run('inner-' + id, () => {
    log(id, 'both', als.getStore(), other.getStore());
    setImmediate(() => log(id, 'inner immediate', als.getStore(), other.getStore()));
  });
  log(id, 'after other.run', other.getStore());
  return id;
}

const pa = als.run({ req: 1 }, () => handler('a'));
pa.then((v) => log('done', v, als.getStore()));
const pb = als.run({ req: 2 }, () => pa.then(() => handler('b')));
log('outside', als.getStore());

als.run('x', () => {
  als.exit(() => log('exit', als.getStore()));
  log('back', als.getStore());
  const res = new AsyncResource('R');
  const snap = AsyncLocalStorage.snapshot();
  const bound = AsyncLocalStorage.bind(() => als.getStore());
  als.run('y', () => {
    log('resource', res.runInAsyncScope(() => als.getStore()));
    log('snapshot', snap(() => als.getStore()));
    log('bound', bound(), als.getStore());
  });
});

pb.then(() => new Promise((r) => setTimeout(r, 150))).then(() => setTimeout(() => {
  als.enterWith('entered');
  log('enterWith', als.getStore());
  Promise.resolve().then(() => log('enterWith then', als.getStore()));
  setTimeout(() => log('enterWith timer', als.getStore()), 1);
  setImmediate(() => log('enterWith immediate', als.getStore()));
}, 0));
pb.then(() => new Promise((r) => setTimeout(r, 150))).then(() => setTimeout(() => log('next timer', als.getStore()), 0));

try {
  als.run('t', () => { throw new Error('boom'); });
} catch (e) {
  log('caught', e.message, als.getStore());
}
const p = als.run('rej', () => Promise.reject(new Error('r')));
p.catch((e) => log('catch', e.message, als.getStore()));
als.run('thenable', () => {
  Promise.resolve({ then(res) { log('thenable then', als.getStore()); res(1); } });
});
