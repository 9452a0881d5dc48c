'use strict';
const mode = process.argv[2];
if (mode === 'throw') {
  throw new Error('boom in child');
} else if (mode === 'exit') {
  process.exit(5);
} else if (mode === 'wait') {
  process.on('message', () => {});
  process.send('waiting');
} else if (mode === 'print') {
  console.log('to stdout', process.connected);
  console.error('to stderr');
}
