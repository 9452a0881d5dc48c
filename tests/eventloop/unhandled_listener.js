// 'unhandledRejection' listeners replace the crash; 'uncaughtException'
// listeners see errors from timers, ticks and microtasks.
process.on('unhandledRejection', (r, p) => console.log('unhandledRejection', r instanceof Error ? r.message : r, p instanceof Promise));
process.on('uncaughtException', (e, origin) => console.log('uncaughtException', e.message, origin));
Promise.reject(new Error('x1'));
Promise.reject('str');
new Promise((_, rej) => setTimeout(() => rej(7), 5));
setTimeout(() => { throw new Error('from timer'); }, 10);
setTimeout(() => console.log('later timers still run'), 20);
queueMicrotask(() => { throw new Error('from microtask'); });
