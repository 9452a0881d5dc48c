const fs = require('fs');
const os = require('os');
const path = require('path');
const { pipeline } = require('stream/promises');
const { Transform } = require('stream');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'fss-'));
const src = path.join(dir, 'numbers.txt');
const dst = path.join(dir, 'doubled.txt');
async function main() {
  const ws = fs.createWriteStream(src);
  for (let i = 1; i <= 2000; i++) {
    if (!ws.write(`${i}\n`)) await new Promise((r) => ws.once('drain', r));
  }
  ws.end();
  await new Promise((r) => ws.on('finish', r));
  console.log('bytesWritten', ws.bytesWritten, ws.path === src, ws.pending);
  let leftover = '';
  const doubler = new Transform({
    transform(chunk, enc, cb) {
      const lines = (leftover + chunk).split('\n'); leftover = lines.pop();
      cb(null, lines.map((l) => String(Number(l) * 2)).join('\n') + (lines.length ? '\n' : ''));
    },
    flush(cb) { cb(null, leftover ? String(Number(leftover) * 2) + '\n' : ''); },
  });
  await pipeline(fs.createReadStream(src, { highWaterMark: 64 }), doubler, fs.createWriteStream(dst));
  const out = fs.readFileSync(dst, 'utf8').trim().split('\n');
  console.log(out.length, out[0], out[1999], out.reduce((a, b) => a + Number(b), 0));
  const part = fs.createReadStream(src, { start: 10, end: 19, encoding: 'utf8' });
  let chunks = [];
  part.on('open', (fd) => console.log('open', typeof fd));
  part.on('ready', () => console.log('ready'));
  for await (const c of part) chunks.push(c);
  console.log(JSON.stringify(chunks.join('')), part.bytesRead);
  const hw = fs.createReadStream(src, { highWaterMark: 1000 });
  const sizes = [];
  hw.on('data', (c) => sizes.push(c.length));
  await new Promise((r) => hw.on('close', r));
  console.log(sizes);
  const missing = fs.createReadStream(path.join(dir, 'missing'));
  await new Promise((r) => missing.on('error', (e) => { console.log('read error', e.code, e.syscall, path.basename(e.path)); r(); }));
  const ap = fs.createWriteStream(src, { flags: 'a' });
  ap.end('appended\n');
  await new Promise((r) => ap.on('close', r));
  console.log(fs.readFileSync(src, 'utf8').slice(-14).split('\n'));
  const bad = fs.createWriteStream(path.join(dir, 'no/such/dir/file'));
  bad.on('error', (e) => console.log('write error', e.code, e.message.replace(dir, '<d>')));
  await new Promise((r) => bad.on('close', r));
  const fd = fs.openSync(src, 'r');
  const b = Buffer.alloc(5);
  console.log(fs.readSync(fd, b, 0, 5, 2), b.toString().split('\n'), fs.fstatSync(fd).size);
  fs.closeSync(fd);
  try { fs.closeSync(fd); } catch (e) { console.log(e.code, e.message); }
  fs.truncateSync(src, 4);
  console.log(JSON.stringify(fs.readFileSync(src, 'latin1')));
  fs.writeFileSync(src, 'x', { flag: 'a' });
  fs.appendFileSync(src, Buffer.from('yz'));
  console.log(fs.readFileSync(src).toString(), fs.readFileSync(src, { encoding: 'base64' }));
  try { fs.writeFileSync(src, 'x', { flag: 'wx' }); } catch (e) { console.log(e.code, e.syscall); }
  fs.chmodSync(src, 0o600); console.log((fs.statSync(src).mode & 0o777).toString(8));
  fs.utimesSync(src, 1000, 2000); console.log(fs.statSync(src).mtimeMs, fs.statSync(src).atime.toISOString());
  try { fs.accessSync(src, fs.constants.X_OK); } catch (e) { console.log('access', e.code); }
  fs.rmSync(dir, { recursive: true });
}
main().catch((e) => console.log('main failed', e));
