// process.stdout/stderr are synchronous streams in order with console.log;
// stdin is /dev/null here (a file: 'end' right away); a child of this same
// program reads a pipe on its stdin.
const { spawn } = require('child_process');
if (process.argv.includes('child')) {
  let text = '';
  process.stdin.setEncoding('utf8');
  process.stdin.on('data', (d) => { text += d; });
  process.stdin.on('end', () => {
    process.stdout.write('child got ' + JSON.stringify(text) + '\n');
    process.stdout.write(new Uint8Array([0x6f, 0x6b, 0x0a]));
    process.stderr.write('child stderr\n');
    process.exitCode = 3;
  });
} else {
  console.log('one');
  console.log(process.stdout.write('two\n'));
  console.log('three');
  process.stdout.write('four', () => console.log(' <- four written'));
  process.stdout.write('\n');
  console.log(typeof process.stdout.write, process.stdout.fd, process.stderr.fd, process.stdin.fd);
  console.log(process.stdout.writable, typeof process.stdout.end, typeof process.stdin.pipe);
  process.stdin.on('data', () => console.log('no data expected'));
  process.stdin.on('end', () => {
    console.log('stdin end');
    const child = spawn(process.execPath, process.argv.slice(1).concat(['child']));
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8');
    child.stderr.setEncoding('utf8');
    child.stdout.on('data', (d) => { out += d; });
    child.stderr.on('data', (d) => { err += d; });
    child.on('close', (code) => {
      console.log('child closed', code, JSON.stringify(out), JSON.stringify(err));
    });
    child.stdin.write('line a\n');
    child.stdin.end('line b\n');
  });
}
