// An fs/promises error nobody catches: node prints its stack (the message
// line, then `at async` frames) and exits 1.
const fsp = require('fs/promises');
console.log('before');
(async () => {
  await fsp.readFile('missing-dir-kiln/nope.txt');
})();
