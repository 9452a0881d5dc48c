// Readable.toWeb/fromWeb, Writable.toWeb/fromWeb, require('stream/web').
const { Readable, Writable } = require('stream');
const web = require('stream/web');
const web2 = require('node:stream/web');
const log = (...a) => console.log(...a);
log(Object.keys(web).length, web.ReadableStream === ReadableStream, web2 === web);
(async () => {
  const nodeReadable = Readable.from(['x', 'y', 'z'], { objectMode: true });
  const out = [];
  for await (const c of Readable.toWeb(nodeReadable)) out.push(c);
  log('toWeb', out.join(''));
  const bufReadable = Readable.from([Buffer.from('ab'), Buffer.from('cd')], { objectMode: false });
  for await (const c of Readable.toWeb(bufReadable)) log('chunk', c.constructor.name, c.length);
  const ws = new ReadableStream({ start(c) { c.enqueue('1'); c.enqueue('2'); c.close(); } });
  const back = Readable.fromWeb(ws, { objectMode: true });
  back.on('data', (d) => log('fromWeb data', d));
  await new Promise((r) => back.on('end', r));
  log('fromWeb end');
  const collected = [];
  const nodeWritable = new Writable({
    write(chunk, enc, cb) { collected.push(chunk.toString()); cb(); },
  });
  const webWritable = Writable.toWeb(nodeWritable);
  const writer = webWritable.getWriter();
  await writer.write(new Uint8Array([104, 105]));
  await writer.close();
  log('Writable.toWeb', collected.join(','), nodeWritable.writableFinished);
  const sinkGot = [];
  const target = new WritableStream({ write(c) { sinkGot.push(Buffer.from(c).toString()); } });
  const fw = Writable.fromWeb(target);
  fw.write('hello');
  fw.end('world', () => log('Writable.fromWeb', sinkGot.join(' ')));
  try { Readable.toWeb(1); } catch (e) { log(e.code, e.message); }
  try { Readable.fromWeb({}); } catch (e) { log(e.code, e.message); }
  try { Writable.fromWeb(null); } catch (e) { log(e.code, e.message); }
})();
