// FileHandle streams: readLines() (for await, CRLF and a last line without
// a newline), createReadStream/createWriteStream over a handle, and the
// handle's fd turning -1 as soon as closing starts.
const fs = require('fs');
const fsp = require('fs/promises');
const path = require('path');
const os = require('os');

(async () => {
  const dir = await fsp.mkdtemp(path.join(os.tmpdir(), 'kiln-fh-'));
  const file = path.join(dir, 'a.txt');
  try {
    await fsp.writeFile(file, 'line1\nline2\r\nline3\n\nlast');
    const fh = await fsp.open(file);
    const lines = [];
    for await (const line of fh.readLines()) lines.push(line);
    console.log(JSON.stringify(lines), fh.fd);

    const fh2 = await fsp.open(file);
    const rl = fh2.readLines({ start: 6, end: 12 });
    rl.on('line', (l) => console.log('line event', JSON.stringify(l)));
    await new Promise((r) => rl.on('close', r));
    console.log('rl closed');

    const fh3 = await fsp.open(file);
    const rs = fh3.createReadStream({ encoding: 'utf8', highWaterMark: 8 });
    const chunks = [];
    for await (const c of rs) chunks.push(c);
    console.log(JSON.stringify(chunks), fh3.fd);

    const out = path.join(dir, 'b.txt');
    const wfh = await fsp.open(out, 'w');
    const ws = wfh.createWriteStream();
    ws.write('hello ');
    ws.end('handle\n');
    await new Promise((r) => ws.on('close', r));
    console.log(JSON.stringify(fs.readFileSync(out, 'utf8')), ws.bytesWritten, wfh.fd);

    const fh4 = await fsp.open(file);
    let closeEvent = false;
    fh4.on('close', () => { closeEvent = true; });
    const p = fh4.close();
    console.log('closing', fh4.fd, closeEvent);
    await p;
    console.log('closed', fh4.fd, closeEvent);
    await fh4.close();
    try {
      await fh4.read();
    } catch (e) {
      console.log(e.code, e.message);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
})();
