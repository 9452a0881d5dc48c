const fs = require('fs');
const zlib = require('zlib');
// Piping a missing file with .pipe(): the error is not forwarded, and the
// read stream's 'error' event has no listener, so the process dies with it.
console.log('start');
fs.createReadStream('/no/such/input.txt').pipe(zlib.createGzip()).pipe(process.stdout);
setTimeout(() => console.log('never'), 1000);
