// fs.createReadStream / createWriteStream: options and event order.
const fs = require('fs');
const path = require('path');
const dir = path.join(__dirname, 'tmp-stream-' + process.pid);
fs.mkdirSync(dir);
const f = path.join(dir, 's.txt');
const events = [];

const ws = fs.createWriteStream(f);
console.log(ws.pending, ws.bytesWritten, ws instanceof fs.WriteStream, typeof ws.path);
ws.on('open', (fd) => events.push('w open ' + typeof fd));
ws.on('ready', () => events.push('w ready'));
ws.on('finish', () => events.push('w finish'));
ws.on('close', () => {
  events.push('w close ' + ws.bytesWritten);
  readBack();
});
ws.write('hello ');
ws.write(new Uint8Array([119, 111, 114, 108, 100]));
ws.end('!\n');

function readBack() {
  const chunks = [];
  const rs = fs.createReadStream(f, { encoding: 'utf8', highWaterMark: 4 });
  rs.on('open', () => events.push('r open'));
  rs.on('ready', () => events.push('r ready'));
  rs.on('data', (c) => chunks.push(c));
  rs.on('end', () => events.push('r end ' + JSON.stringify(chunks.join('')) + ' ' + chunks.length));
  rs.on('close', () => {
    events.push('r close ' + rs.bytesRead);
    ranged();
  });
}

function ranged() {
  const parts = [];
  const rs = fs.createReadStream(f, { start: 2, end: 6 });
  rs.on('data', (c) => parts.push(c.length));
  rs.on('close', () => {
    events.push('range ' + parts.join(','));
    const m = fs.createReadStream(path.join(dir, 'missing'));
    m.on('error', (e) => events.push('missing ' + e.code + ' ' + e.syscall));
    m.on('close', () => {
      events.push('missing close');
      const a = fs.createWriteStream(f, { flags: 'a' });
      a.end('tail', () => {
        events.push('append ' + JSON.stringify(fs.readFileSync(f, 'utf8')));
        try {
          fs.createReadStream(f, { start: 5, end: 2 });
        } catch (e) {
          events.push(e.code + ' ' + e.message);
        }
        fs.rmSync(dir, { recursive: true });
        console.log(events.join('\n'));
      });
    });
  });
}
