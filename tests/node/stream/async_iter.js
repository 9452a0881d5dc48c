// for await over a Readable: values, errors thrown into the loop, break
// destroys the stream, iterator({ destroyOnReturn: false }).
const { Readable, PassThrough } = require('stream');
(async () => {
  const r = new Readable({ objectMode: true, read() {} });
  r.push('a');
  setTimeout(() => { r.push('b'); r.push(null); }, 2);
  for await (const x of r) console.log('got', x);
  console.log('after loop', r.destroyed, r.readableEnded);

  const e = new Readable({ read() {} });
  setTimeout(() => e.destroy(new Error('mid')), 2);
  try {
    for await (const x of e) console.log('never', x);
  } catch (err) {
    console.log('caught', err.message);
  }

  const b = Readable.from([1, 2, 3, 4]);
  b.on('close', () => console.log('b close'));
  for await (const x of b) {
    console.log('b', x);
    if (x === 2) break;
  }
  console.log('b destroyed', b.destroyed);

  const k = new PassThrough({ objectMode: true });
  k.write(1);
  k.write(2);
  k.write(3);
  for await (const x of k.iterator({ destroyOnReturn: false })) {
    console.log('k', x);
    break;
  }
  console.log('k destroyed', k.destroyed, 'len', k.readableLength);

  const s = new Readable({ read() {} });
  s.setEncoding('utf8');
  s.push('he');
  s.push('llo');
  s.push(null);
  let text = '';
  for await (const chunk of s) text += chunk;
  console.log('text', text);
})();
