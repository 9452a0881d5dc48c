// Many concurrent and sequential thread-pool jobs while the program
// allocates: every callback runs once with the right result.
const crypto = require('crypto');
const hex = (b) => Array.from(new Uint8Array(b.buffer || b, b.byteOffset || 0, b.byteLength),
  (x) => x.toString(16).padStart(2, '0')).join('');
let done = 0;
let bad = 0;
const expected = hex(crypto.pbkdf2Sync('pw', 'salt', 10, 16, 'sha256'));
for (let i = 0; i < 300; i++) {
  crypto.pbkdf2('pw', 'salt', 10, 16, 'sha256', (err, key) => {
    if (err || hex(key) !== expected) bad++;
    done++;
  });
  const buf = new Uint8Array(64);
  crypto.randomFill(buf, 8, 16, (err, b) => {
    if (err || b !== buf || b[0] !== 0 || b[63] !== 0) bad++;
    done++;
  });
}
let garbage = [];
const timer = setInterval(() => {
  for (let i = 0; i < 2000; i++) garbage.push({ i, s: 'x' + i });
  if (garbage.length > 20000) garbage = [];
}, 1);
let chain = 0;
function next() {
  if (chain === 500) {
    clearInterval(timer);
    console.log('concurrent', done, 'bad', bad, 'chain', chain);
    return;
  }
  crypto.randomBytes(32, (err, b) => {
    if (err || b.length !== 32) bad++;
    chain++;
    next();
  });
}
next();
