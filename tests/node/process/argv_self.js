// A program that starts itself the node way passes its own file first
// (spawn(process.execPath, [__filename, ...])): the child's user arguments
// begin at process.argv[2] all the same.
const { spawn, execFileSync } = require('child_process');
const path = require('path');

if (process.argv[2] === 'child') {
  console.log('child args', JSON.stringify(process.argv.slice(2)),
              path.basename(process.argv[1]) === path.basename(__filename));
} else {
  console.log('parent args', JSON.stringify(process.argv.slice(2)));
  const out = execFileSync(process.execPath, [__filename, 'child', 'a b', '--flag'], { encoding: 'utf8' });
  process.stdout.write(out);
  const c = spawn(process.execPath, [process.argv[1], 'child', 'two'], { stdio: 'inherit' });
  c.on('close', (code) => console.log('closed', code));
}
