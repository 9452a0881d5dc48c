// Writing to a pipe whose reader went away: node ignores SIGPIPE, so
// process.stdout.write fails with 'write EPIPE' (an uncaught 'error' ends
// the program with 1 after 'exit' listeners), a stdout 'error' listener
// sees it, and console.log carries on.
const { spawn } = require('child_process');
const mode = process.argv[2];

if (mode === 'write' || mode === 'handled' || mode === 'console') {
  process.on('exit', (code) => process.stderr.write('child exit event ' + code + '\n'));
  if (mode === 'handled') {
    process.stdout.on('error', (e) => {
      process.stderr.write('stdout error ' + e.code + ' ' + e.message + ' ' + e.syscall + '\n');
      process.exit(0);
    });
  }
  let i = 0;
  const line = 'x'.repeat(200) + '\n';
  const write = () => {
    while (i < 200000) {
      i++;
      if (mode === 'console') {
        console.log(line);
      } else if (!process.stdout.write(line)) {
        process.stdout.once('drain', write);
        return;
      }
    }
    process.stderr.write('child finished writing\n');
  };
  write();
} else {
  const run = (m, next) => {
    const c = spawn(process.execPath, [__filename, m]);
    let err = '';
    c.stderr.setEncoding('utf8');
    c.stderr.on('data', (d) => { err += d; });
    c.stdout.once('data', () => c.stdout.destroy());
    c.on('close', (code, signal) => {
      const lines = err.split('\n').filter((l) => /^(child|stdout|Error)/.test(l));
      console.log(m, 'exit', code, signal, JSON.stringify(lines));
      next();
    });
  };
  run('write', () => run('handled', () => run('console', () => {})));
}
