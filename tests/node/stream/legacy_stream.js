// The module is the legacy Stream: its shape, the classes' prototype
// chains, instanceof rules, and the old Stream.prototype.pipe.
const stream = require('stream');
const EE = require('events');
const { Readable, Writable, Duplex, Transform, PassThrough, Stream } = stream;
console.log(stream === Stream, typeof stream, stream.Stream === stream);
console.log(new Stream() instanceof EE, Readable.prototype instanceof Stream);
const d = new Duplex();
console.log('duplex instanceof', d instanceof Readable, d instanceof Writable,
            d instanceof Duplex);
const t = new PassThrough();
console.log('passthrough instanceof', t instanceof Transform,
            t instanceof Duplex, t instanceof Writable);
console.log('without new', Readable() instanceof Readable,
            Writable() instanceof Writable, Duplex() instanceof Duplex,
            Transform() instanceof Transform,
            PassThrough() instanceof PassThrough);
console.log(typeof stream.pipeline, typeof stream.finished,
            typeof stream.addAbortSignal, typeof stream.destroy,
            typeof stream.isReadable, typeof stream.isErrored,
            typeof stream.isDisturbed, typeof stream.promises);
console.log('hwm defaults', stream.getDefaultHighWaterMark(false),
            stream.getDefaultHighWaterMark(true));
console.log(new Readable().readableHighWaterMark,
            new Writable({ objectMode: true }).writableHighWaterMark,
            new Duplex({ readableHighWaterMark: 7 }).readableHighWaterMark,
            new Duplex({ writableObjectMode: true }).writableHighWaterMark);
try {
  new Readable({ highWaterMark: -1 });
} catch (e) {
  console.log(e.code, e.message);
}
try {
  new Duplex({ readableHighWaterMark: 'x' });
} catch (e) {
  console.log(e.code, e.message);
}
// Old-style source: an emitter that emits data/end itself.
const src = new Stream();
src.readable = true;
const dst = new Writable({
  decodeStrings: false,
  write(c, e, cb) { console.log('legacy write', c); cb(); },
});
dst.on('finish', () => console.log('legacy dst finish'));
dst.on('pipe', (s) => console.log('pipe from legacy', s === src));
src.pipe(dst);
src.emit('data', 'one');
src.emit('data', 'two');
src.emit('end');
// Readable.wrap around an old-style stream.
const old = new EE();
old.pause = () => console.log('old pause');
old.resume = () => console.log('old resume');
const wrapped = new Readable({ objectMode: true }).wrap(old);
wrapped.on('data', (x) => console.log('wrapped data', x));
wrapped.on('end', () => console.log('wrapped end'));
old.emit('data', 'w1');
old.emit('end');
// Predicates.
const fresh = new Readable({ read() {} });
console.log('isReadable', stream.isReadable(fresh), 'isErrored',
            stream.isErrored(fresh), 'isDisturbed', stream.isDisturbed(fresh));
fresh.push('x');
fresh.read();
console.log('after read: isDisturbed', stream.isDisturbed(fresh));
fresh.on('error', () => {});
fresh.destroy(new Error('x'));
console.log('after destroy', stream.isReadable(fresh), stream.isErrored(fresh),
            stream.isDestroyed(fresh));
console.log(stream.isReadable({}), stream.isWritable(new Writable()));
