// The stream forms: createGzip & co. as Transform streams, piped into
// each other, 'data' / 'end' / 'finish' / 'close' order, flush(),
// params(), bytesWritten, small chunkSize, errors as 'error' events.
const zlib = require('zlib');
const { pipeline, PassThrough, Readable } = require('stream');
const hex = (b) => Array.from(b, (x) => x.toString(16).padStart(2, '0')).join('');
const text = (b) => String.fromCharCode(...b);

function concat(list) {
  const n = list.reduce((a, p) => a + p.length, 0);
  const out = new Uint8Array(n);
  let at = 0;
  for (const p of list) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

function collect(s, label, done) {
  const parts = [];
  s.on('data', (d) => parts.push(d));
  s.on('end', () => {
    console.log(label, 'end');
    done(concat(parts));
  });
  s.on('error', (e) => console.log(label, 'error', e.code, e.errno, e.message));
}

const tests = [];
const test = (name, f) => tests.push([name, f]);

test('gzip then gunzip, events in order', (next) => {
  const gz = zlib.createGzip();
  const events = [];
  for (const ev of ['finish', 'end', 'close']) gz.on(ev, () => events.push(ev));
  collect(gz, 'gzip', (out) => {
    console.log('gzip bytes', hex(out), gz.bytesWritten);
    const gun = zlib.createGunzip();
    collect(gun, 'gunzip', (back) => {
      console.log('gunzip text', text(back), gun.bytesWritten);
      setImmediate(() => {
        console.log('gzip events', events.join(' '));
        next();
      });
    });
    gun.end(out);
  });
  gz.write('hello ');
  gz.write('stream ');
  gz.end('world');
});

test('pipeline deflate -> inflate, 200 KB in small pieces', (next) => {
  let sent = 0;
  const src = new Readable({
    read() {
      if (sent >= 200) return this.push(null);
      const b = new Uint8Array(1000);
      for (let i = 0; i < b.length; i++) b[i] = (sent * 7 + i) % 251;
      sent++;
      this.push(b);
    },
  });
  const sink = new PassThrough();
  let total = 0, sum = 0;
  sink.on('data', (d) => {
    for (let i = 0; i < d.length; i++) sum = (sum * 31 + d[i]) % 1000000007;
    total += d.length;
  });
  pipeline(src, zlib.createDeflate({ level: 1 }), zlib.createInflate({ chunkSize: 1024 }), sink, (err) => {
    console.log('pipeline', err, total, sum);
    next();
  });
});

test('flush() gives the data written so far', (next) => {
  const d = zlib.createDeflateRaw();
  const parts = [];
  d.on('data', (c) => parts.push(c));
  d.write('first part,');
  d.flush(() => {
    const flushed = concat(parts);
    console.log('flushed', hex(flushed), text(zlib.inflateRawSync(flushed, { finishFlush: zlib.constants.Z_SYNC_FLUSH })));
    d.write('second part');
    d.flush(zlib.constants.Z_SYNC_FLUSH, () => {
      const all = concat(parts);
      console.log('flushed again', text(zlib.inflateRawSync(all, { finishFlush: zlib.constants.Z_SYNC_FLUSH })));
      d.end();
      d.on('end', () => {
        console.log('ended', text(zlib.inflateRawSync(concat(parts))));
        next();
      });
    });
  });
});

test('params() switches level mid-stream', (next) => {
  const d = zlib.createDeflate({ level: 0 });
  const parts = [];
  d.on('data', (c) => parts.push(c));
  d.write('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa');
  d.params(9, zlib.constants.Z_DEFAULT_STRATEGY, () => {
    console.log('params done', d._level, d._strategy);
    d.end('bbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb');
  });
  d.on('end', () => {
    const out = concat(parts);
    console.log('params out', hex(out), text(zlib.inflateSync(out)).length);
    next();
  });
});

test('bad data: error event, stream destroyed', (next) => {
  const g = zlib.createGunzip();
  g.on('data', () => console.log('no data expected'));
  g.on('error', (e) => {
    console.log('error event', e.code, e.errno, e.message, g.destroyed);
  });
  g.on('close', () => {
    console.log('closed after error', g._handle === null);
    next();
  });
  g.end(new Uint8Array([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]));
});

test('truncated input: unexpected end of file', (next) => {
  const g = zlib.createInflate();
  g.on('error', (e) => {
    console.log('truncated', e.code, e.errno, e.message);
    next();
  });
  g.resume();
  g.end(zlib.deflateSync('some text to cut short').subarray(0, 8));
});

test('brotli streams', (next) => {
  const c = zlib.createBrotliCompress({ params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4 } });
  collect(c, 'brotli', (out) => {
    console.log('brotli bytes', hex(out));
    const d = zlib.createBrotliDecompress();
    collect(d, 'unbrotli', (back) => {
      console.log('unbrotli', text(back));
      next();
    });
    d.write(out.subarray(0, 3));
    d.end(out.subarray(3));
  });
  c.write('brotli stream ');
  c.flush(() => {
    c.end('done');
  });
});

test('unzip stream detects the format, byte by byte', (next) => {
  const u = zlib.createUnzip();
  collect(u, 'unzip', (back) => {
    console.log('unzip', text(back));
    next();
  });
  const gz = zlib.gzipSync('unzipped one byte at a time');
  for (const b of gz) u.write(new Uint8Array([b]));
  u.end();
});

test('small chunkSize: many data events', (next) => {
  const g = zlib.createInflate({ chunkSize: 64 });
  let n = 0, len = 0;
  g.on('data', (d) => { n++; len += d.length; });
  g.on('end', () => {
    console.log('chunks', n, len);
    next();
  });
  g.end(zlib.deflateSync('z'.repeat(1000)));
});

test('close() and reset()', (next) => {
  const d = zlib.createDeflate();
  d.reset();
  d.close(() => {
    console.log('closed', d._closed, d.destroyed);
    next();
  });
});

let i = 0;
function next() {
  if (i === tests.length) return;
  const [name, f] = tests[i++];
  console.log('--', name);
  f(next);
}
next();
