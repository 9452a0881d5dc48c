// nanoid (ESM only): customRandom with a seeded generator gives fixed ids;
// the crypto-backed nanoid/customAlphabet/random and nanoid/non-secure are
// checked for length, alphabet and uniqueness only.
import { nanoid, customAlphabet, customRandom, random, urlAlphabet } from 'nanoid';
import { nanoid as insecure, customAlphabet as insecureAlphabet } from 'nanoid/non-secure';

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}

// xorshift32, seeded: the same bytes every run.
function seeded(seed) {
  let x = seed >>> 0 || 1;
  return (size) => {
    const out = new Uint8Array(size);
    for (let i = 0; i < size; i++) {
      x ^= x << 13; x >>>= 0;
      x ^= x >>> 17;
      x ^= x << 5; x >>>= 0;
      out[i] = x & 255;
    }
    return out;
  };
}
const only = (alphabet) => (id) => [...id].every((c) => alphabet.includes(c));

show('urlAlphabet', () => [urlAlphabet, urlAlphabet.length, new Set(urlAlphabet).size]);
show('customRandom hex', () => { const f = customRandom('0123456789abcdef', 10, seeded(42)); return [f(), f(), f(5), f(0), f(32)]; });
show('customRandom 17', () => { const f = customRandom('abcdefghijklmnopq', 12, seeded(7)); return [f(), f(), f(1), f(40)]; });
show('customRandom digits', () => { const f = customRandom('0123456789', 8, seeded(2024)); return Array.from({ length: 5 }, () => f()); });
show('customRandom url', () => { const f = customRandom(urlAlphabet, 21, seeded(99)); return [f(), f(), f(64).length]; });
show('customRandom unicode', () => { const f = customRandom('αβγδ', 6, seeded(5)); return [f(), f()]; });
show('customRandom bytes used', () => { let calls = []; const g = seeded(3); const f = customRandom('abc', 10, (n) => { calls.push(n); return g(n); }); const id = f(); return [id, calls]; });
show('nanoid', () => { const ids = Array.from({ length: 300 }, () => nanoid()); return [ids.every((i) => i.length === 21), ids.every(only(urlAlphabet)), new Set(ids).size]; });
show('nanoid sizes', () => [nanoid(10).length, nanoid(1).length, nanoid(0), nanoid(100).length, nanoid('7').length, nanoid(1024).length]);
show('nanoid too big', () => nanoid(1025));
show('nanoid negative', () => nanoid(-1));
show('customAlphabet', () => { const f = customAlphabet('1234567890abcdef', 10); const ids = Array.from({ length: 200 }, () => f()); return [ids.every((i) => i.length === 10), ids.every(only('1234567890abcdef')), new Set(ids).size > 190, f(5).length, f(0)]; });
show('customAlphabet odd', () => { const f = customAlphabet('xyz'); const ids = Array.from({ length: 50 }, () => f()); return [ids.every((i) => i.length === 21 && only('xyz')(i))]; });
show('random', () => { const b = random(16); return [b.length, b instanceof Uint8Array, random(0).length, random(300).length]; });
show('non-secure', () => { const ids = Array.from({ length: 100 }, () => insecure()); return [ids.every((i) => i.length === 21 && only(urlAlphabet)(i)), insecure(5).length, insecure(0)]; });
show('non-secure customAlphabet', () => { const f = insecureAlphabet('ab', 16); const id = f(); return [id.length, only('ab')(id), f(3).length]; });
