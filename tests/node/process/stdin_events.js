// process.stdin's events: from a file (here /dev/null, and a real file
// given to a child as its stdin) it is an fs.ReadStream with autoClose
// false: 'end' but no 'close'; from a pipe it ends and closes.
const fs = require('fs');
const path = require('path');
const os = require('os');
const { spawn } = require('child_process');

function watch(tag) {
  const seen = [];
  let bytes = 0;
  process.stdin.on('data', (d) => { bytes += d.length; });
  process.stdin.on('end', () => seen.push('end'));
  process.stdin.on('close', () => seen.push('close'));
  process.on('exit', () => console.log(tag, bytes, seen.join(',') || '-'));
}

const role = process.argv[2];
if (role === 'child') {
  watch('child');
} else {
  watch('parent');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-stdin-'));
  const file = path.join(dir, 'in.txt');
  fs.writeFileSync(file, 'line one\nline two\n');
  const fd = fs.openSync(file, 'r');
  const fromFile = spawn(process.execPath, process.argv.slice(1, 2).concat(['child']),
                         { stdio: [fd, 'inherit', 'inherit'] });
  fromFile.on('close', (code) => {
    fs.closeSync(fd);
    fs.rmSync(dir, { recursive: true });
    console.log('file child closed', code);
    const fromPipe = spawn(process.execPath, process.argv.slice(1, 2).concat(['child']),
                           { stdio: ['pipe', 'inherit', 'inherit'] });
    fromPipe.stdin.end('piped data');
    fromPipe.on('close', (c) => console.log('pipe child closed', c));
  });
}
