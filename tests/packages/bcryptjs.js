// bcryptjs: hashSync with fixed salts (exact hashes), compareSync, the
// async callback and promise forms with progress, salts and rounds, the
// 72-byte truncation, base64 helpers and errors. Random salts: shape only.
const bcrypt = require('bcryptjs');
const { hashSync, compareSync, genSaltSync, getRounds, getSalt, truncates, encodeBase64, decodeBase64, hash, compare, genSalt } = require('bcryptjs');

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + (e && e.name) + ': ' + (e && e.message !== undefined ? e.message : e));
  }
}

const salt4 = '$2a$04$abcdefghijklmnopqrstuu';
const salt5 = '$2b$05$ABCDEFGHIJKLMNOPQRSTUu';
show('default export', () => [bcrypt.hashSync === hashSync, Object.keys(bcrypt).sort()]);
show('hashSync fixed', () => [hashSync('password', salt4), hashSync('', salt4), hashSync('ünïcødé ✓ 😀', salt4), hashSync('password', salt5), hashSync('x'.repeat(100), salt4), hashSync('password', '$2y$04$abcdefghijklmnopqrstuu')]);
show('known vector', () => hashSync('U*U', '$2a$05$CCCCCCCCCCCCCCCCCCCCC.'));
show('compareSync', () => { const h = hashSync('s3cret', salt4); return [compareSync('s3cret', h), compareSync('s3cret!', h), compareSync('', hashSync('', salt4)), compareSync('U*U', '$2a$05$CCCCCCCCCCCCCCCCCCCCC.E5YPO9kmyuRGyh0XouQYb4YMJKvyOeW'), compareSync('x', 'not a hash')]; });
show('truncation', () => { const a = 'a'.repeat(72), b = a + 'tail'; return [truncates(a), truncates(b), truncates('€'.repeat(24)), truncates('€'.repeat(25)), hashSync(a, salt4) === hashSync(b, salt4), compareSync(b, hashSync(a, salt4))]; });
show('rounds salt', () => { const h = hashSync('pw', salt5); return [getRounds(h), getSalt(h), getSalt(salt4 + 'x'.repeat(31)).length]; });
show('genSaltSync', () => { const s = genSaltSync(4); const t = genSaltSync(); return [s.length, s.slice(0, 7), /^\$2b\$04\$[./A-Za-z0-9]{22}$/.test(s), t.slice(0, 7), genSaltSync(31).slice(0, 7), genSaltSync(3).slice(0, 7)]; });
show('random salt hash', () => { const h = hashSync('pw', 4); return [h.length, h.slice(0, 7), compareSync('pw', h), compareSync('pW', h)]; });
show('base64', () => { const bytes = [0, 1, 2, 250, 251, 252, 253, 254, 255, 16, 32, 64, 128, 9, 99, 199]; const e = encodeBase64(bytes, 16); return [e, decodeBase64(e, 16), encodeBase64([1, 2, 3], 2)]; });
show('bad salt', () => hashSync('pw', '$2a$04$short'));
show('bad version', () => hashSync('pw', '$3a$04$abcdefghijklmnopqrstuu'));
show('bad rounds', () => hashSync('pw', '$2a$99$abcdefghijklmnopqrstuu'));
show('bad password type', () => hashSync(42, salt4));
show('bad salt type', () => hashSync('pw', {}));
show('compare bad types', () => compareSync(1, 2));
show('getRounds bad', () => getRounds(5));
show('genSalt bad', () => genSaltSync('x'));

hash('cb-password', salt4, (err, h) => {
  console.log('hash callback: ' + JSON.stringify([err, h]));
  compare('cb-password', h, (err2, ok) => {
    console.log('compare callback: ' + JSON.stringify([err2, ok]));
    let progress = [];
    hash('progress', '$2a$06$abcdefghijklmnopqrstuu', (err3, h3) => {
      console.log('hash progress: ' + JSON.stringify([err3, h3, progress[0], progress[progress.length - 1], progress.length > 1, progress.every((p, i) => i === 0 || p >= progress[i - 1])]));
      promises();
    }, (p) => progress.push(p));
  });
});

async function promises() {
  const h = await hash('promised', salt5);
  console.log('hash promise: ' + JSON.stringify([h, await compare('promised', h), await compare('nope', h)]));
  const s = await genSalt(5);
  console.log('genSalt promise: ' + JSON.stringify([s.length, s.slice(0, 7)]));
  try { await hash('x', '$2a$04$bad'); } catch (e) { console.log('hash promise error: ' + e.message); }
  hash(5, salt4, (err) => console.log('hash callback error: ' + (err && err.message)));
}
