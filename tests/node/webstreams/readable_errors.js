// Errors as node makes them: locked streams, closed controllers, released
// readers, bad arguments, an erroring source.
function show(e) { console.log(e.name, e.code, e.message); }
function t(f) {
  try {
    const r = f();
    if (r && typeof r.then === 'function') return r.then((v) => console.log('ok', v), show);
    console.log('ok', r);
  } catch (e) { show(e); }
}
const rs = new ReadableStream();
rs.getReader();
t(() => rs.getReader());
t(() => rs.cancel());
let c;
new ReadableStream({ start(cc) { c = cc; } });
c.close();
t(() => c.enqueue(1));
t(() => c.close());
const r2 = new ReadableStream().getReader();
r2.releaseLock();
t(() => r2.read());
t(() => r2.closed);
t(() => new ReadableStream({ type: 'foo' }));
t(() => new ReadableStream(1));
t(() => new ReadableStream({}, { highWaterMark: -1 }));
t(() => new ReadableStream({}, { highWaterMark: NaN }));
t(() => ReadableStream.prototype.getReader.call({}));
t(() => new ReadableStream().getReader({ mode: 'x' }));
t(() => new ReadableStream().getReader({ mode: 'byob' }));
t(() => new ReadableStream().pipeTo({}));
t(() => new CountQueuingStrategy());
t(() => new ReadableStreamDefaultController());
console.log(new CountQueuingStrategy({ highWaterMark: 3 }),
            new ByteLengthQueuingStrategy({ highWaterMark: 3 }).size(new Uint8Array(5)));
console.log(new ReadableStream(), Object.prototype.toString.call(new ReadableStream()));
const bad = new ReadableStream({ pull() { throw new Error('pull failed'); } });
const br = bad.getReader();
t(() => br.read());
t(() => br.closed);
const errored = new ReadableStream({ start(ctl) { ctl.error(new TypeError('boom')); } });
t(() => errored.getReader().read());
t(() => errored.cancel('x'));
setTimeout(() => console.log(errored), 0);
