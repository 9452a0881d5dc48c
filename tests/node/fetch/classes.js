'use strict';
// Headers, Request, Response and FormData on their own (no network).
const h = new Headers({ 'Content-Type': 'text/plain', 'X-B': ' padded ' });
h.append('x-b', 'second');
h.append('Set-Cookie', 'a=1');
h.append('set-cookie', 'b=2');
console.log([...h], h.get('x-b'), h.has('X-B'), h.get('nope'), h.getSetCookie());
h.set('x-b', 'one');
h.delete('content-type');
console.log([...h.keys()], [...h.values()]);
h.forEach((v, k) => console.log('forEach', k, v));
for (const bad of [() => h.append('bad name', 'x'), () => h.set('x', 'a\nb'),
  () => new Headers([['a']]), () => new Headers(5)]) {
  try {
    bad();
  } catch (e) {
    console.log(e.name, e.message);
  }
}
console.log([...new Headers([['a', '1'], ['b', '2']])], [...new Headers(h)].length);

(async () => {
  const r = new Response('hello', { status: 201, statusText: 'Made', headers: { a: 'b' } });
  console.log(r.status, r.statusText, r.ok, r.headers.get('content-type'), r.type, r.url,
              r.bodyUsed);
  const c = r.clone();
  console.log(await r.text(), await c.text(), r.bodyUsed);
  const j = Response.json({ x: [1, 2] }, { status: 200 });
  console.log(j.headers.get('content-type'), await j.json());
  const e = Response.error();
  console.log(e.type, e.status, e.ok);
  const red = Response.redirect('http://example.com/a', 301);
  console.log(red.status, red.headers.get('location'));
  console.log(new Response(null, { status: 204 }).body);
  const ab = await new Response(new Uint8Array([1, 2, 3])).arrayBuffer();
  console.log(ab.byteLength, ab instanceof ArrayBuffer);
  const blob = await new Response('blob text', { headers: { 'content-type': 'text/x' } }).blob();
  console.log(blob.size, blob.type, await blob.text());
  for (const bad of [() => new Response('x', { status: 99 }),
    () => new Response('x', { status: 204 }), () => Response.redirect('http://x/', 200)]) {
    try {
      bad();
    } catch (err) {
      console.log(err.name, err.message);
    }
  }

  const req = new Request('http://example.com/path?x=1', {
    method: 'post', body: 'payload', headers: { 'X-T': '1' },
  });
  console.log(req.url, req.method, req.headers.get('content-type'), req.redirect, req.mode,
              req.signal instanceof AbortSignal);
  console.log(await req.clone().text(), await req.text(), req.bodyUsed);
  console.log(new Request('http://x.test/', { method: 'PATCH' }).method,
              new Request('http://x.test/', { method: 'delete' }).method);
  for (const bad of [() => new Request('http://x/', { method: 'GET', body: 'x' }),
    () => new Request('::'), () => new Request('http://x/', { method: 'bad method' }),
    () => new Request('http://u:p@x/'), () => new Request('http://x/', { redirect: 'x' })]) {
    try {
      bad();
    } catch (err) {
      console.log(err.name, err.message);
    }
  }

  const fd = new FormData();
  fd.append('a', '1');
  fd.append('a', 2);
  fd.append('f', new Blob(['file body'], { type: 'text/plain' }), 'f.txt');
  console.log(fd.getAll('a'), fd.has('f'), fd.get('f').name, fd.get('f').type, fd.get('zz'));
  fd.set('a', 'only');
  fd.delete('f');
  console.log([...fd]);
  const text = await new Response(new URLSearchParams({ k: 'v', w: 'x y' })).text();
  console.log(text);
  const parsed = await new Response('k=v&k=w', {
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
  }).formData();
  console.log(parsed.getAll('k'));
  console.log(Object.prototype.toString.call(new Headers()),
              Object.prototype.toString.call(new FormData()), typeof fetch);
})();
