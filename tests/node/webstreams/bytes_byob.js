// Byte streams: default and BYOB readers, byobRequest.respond, autoAllocate,
// Blob.prototype.stream().
const log = (...a) => console.log(...a);
(async () => {
  let n = 0;
  const rs = new ReadableStream({
    type: 'bytes',
    pull(c) {
      const req = c.byobRequest;
      if (req) {
        const v = req.view;
        log('byob pull', v.constructor.name, v.byteLength);
        const k = Math.min(3, v.byteLength);
        for (let i = 0; i < k; i++) v[i] = 65 + n++;
        req.respond(k);
      } else {
        log('plain pull');
        c.enqueue(new Uint8Array([97 + n++, 97 + n++]));
      }
      if (n >= 9) c.close();
    },
  });
  log(rs);
  const reader = rs.getReader({ mode: 'byob' });
  let r = await reader.read(new Uint8Array(8));
  log(r.done, Buffer.from(r.value).toString(), r.value.byteLength, r.value.buffer.byteLength);
  r = await reader.read(new Uint8Array(2));
  log(r.done, Buffer.from(r.value).toString());
  reader.releaseLock();
  const dr = rs.getReader();
  r = await dr.read();
  log(r.done, r.value && Buffer.from(r.value).toString());
  const auto = new ReadableStream({
    type: 'bytes', autoAllocateChunkSize: 4,
    pull(c) { const v = c.byobRequest.view; v.set([1, 2, 3]); c.byobRequest.respond(3); c.close(); },
  });
  const ar = auto.getReader();
  log(JSON.stringify(await ar.read()), JSON.stringify(await ar.read()));
  const blob = new Blob(['hello ', 'blob ', 'stream']);
  const chunks = [];
  for await (const c of blob.stream()) chunks.push(Buffer.from(c).toString());
  log(chunks.join('|'));
  const br = new Blob(['abcdef']).stream().getReader({ mode: 'byob' });
  const part = await br.read(new Uint8Array(4));
  log(Buffer.from(part.value).toString(), part.done);
  await new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }).read(new Uint8Array(0)).catch((e) => log(e.code, e.message));
  await new ReadableStream({ type: 'bytes' }).getReader({ mode: 'byob' }).read('x').catch((e) => log(e.code, e.message));
  try { new ReadableStream({ type: 'bytes', start(c) { c.enqueue('str'); } }); } catch (e) { log(e.code, e.message); }
})();
