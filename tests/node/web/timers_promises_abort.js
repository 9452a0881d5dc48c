// timers/promises with AbortSignal and options validation.
const tp = require('timers/promises');
const ac = new AbortController();
const p = tp.setTimeout(100, 'v', { signal: ac.signal });
ac.abort('why');
p.catch((e) => console.log('timeout aborted', e.name, e.code, e.message, e.cause, Object.keys(e)));
tp.setImmediate(1, { signal: AbortSignal.abort() }).catch((e) => console.log('immediate', e.message));
tp.setTimeout(1, 1, 5).catch((e) => console.log(e.code, e.message));
tp.setTimeout(1, 1, { ref: 5 }).catch((e) => console.log(e.code, e.message));
tp.setTimeout(1, 1, { signal: 5 }).catch((e) => console.log(e.code, e.message));
(async () => {
  let n = 0;
  const ac2 = new AbortController();
  try {
    for await (const v of tp.setInterval(5, 'iv', { signal: ac2.signal })) {
      console.log(v, n);
      if (++n === 3) ac2.abort();
    }
  } catch (e) { console.log('interval', e.name); }
  for await (const v of tp.setInterval(2, 'brk')) { console.log(v); break; }
  console.log('after break');
  console.log(await tp.setTimeout(1, 'unaborted', { signal: new AbortController().signal }));
})();
tp.scheduler.wait(5).then((v) => console.log('wait', v));
tp.setTimeout(10000, 'unref', { ref: false }).then(() => console.log('never'));
