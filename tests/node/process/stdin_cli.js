// A CLI that reads stdin to the end (empty under the test runner), then
// reports and exits through process.exit with output still queued.
const { parseArgs } = require('util');
const { values, positionals } = parseArgs({ options: { upper: { type: 'boolean' }, limit: { type: 'string', default: '3' } }, allowPositionals: true, args: ['--upper', 'file1', 'file2'] });
console.log(values, positionals);
let input = '';
process.stdin.setEncoding('utf8');
process.stdin.on('data', (d) => { input += d; });
process.stdin.on('end', () => {
  console.log('stdin ended with', input.length, 'chars', process.stdin.readableEnded);
  const report = [];
  for (let i = 0; i < 500; i++) report.push(`row ${i} ${'x'.repeat(i % 50)}`);
  process.stdout.write(report.join('\n') + '\n');
  console.log('about to exit');
  process.exit(values.upper ? 4 : 0);
  console.log('unreachable');
});
process.on('exit', (c) => console.log('exiting with', c));
