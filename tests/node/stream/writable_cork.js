// cork/uncork batch writes into _writev; end() uncorks; the callbacks.
const { Writable } = require('stream');
const w = new Writable({
  objectMode: true,
  write(chunk, enc, cb) {
    console.log('_write', chunk);
    process.nextTick(cb);
  },
  writev(chunks, cb) {
    console.log('_writev', chunks.map((c) => c.chunk).join(','),
                chunks.length);
    process.nextTick(cb);
  },
});
w.cork();
w.write(1, () => console.log('cb 1'));
w.write(2, () => console.log('cb 2'));
w.write(3);
console.log('corked', w.writableCorked, 'len', w.writableLength,
            'buffer', w.writableBuffer.length);
process.nextTick(() => {
  w.uncork();
  console.log('uncorked', w.writableCorked);
  w.write(4);
  w.write(5);
  w.cork();
  w.write(6);
  w.end(7);
});
w.on('finish', () => console.log('finish'));
w.on('close', () => console.log('close'));
