// crypto.subtle with secret keys: HMAC and AES-GCM/CBC/CTR import/export
// (raw, jwk), generateKey, sign/verify, encrypt/decrypt, CryptoKey, errors.
const { subtle } = globalThis.crypto;
const enc = (s) => new TextEncoder().encode(s);
const hex = (ab) => Buffer.from(ab).toString('hex');
const fail = (label) => (e) => console.log(label, e.name, e.code, e.message);

(async () => {
  const k = await subtle.importKey('raw', new Uint8Array(32).fill(7),
    { name: 'HMAC', hash: 'SHA-256' }, true, ['verify', 'sign', 'sign']);
  console.log(k);
  console.log(Object.keys(k), k.type, k.extractable, k.usages, String(k),
    Object.getOwnPropertyNames(Object.getPrototypeOf(k)), k instanceof CryptoKey);
  const sig = await subtle.sign('HMAC', k, enc('hi'));
  console.log(sig instanceof ArrayBuffer, hex(sig));
  console.log(await subtle.verify({ name: 'HMAC' }, k, sig, enc('hi')),
    await subtle.verify('hmac', k, sig, enc('ho')), await subtle.verify('HMAC', k, new Uint8Array(3), enc('hi')));
  console.log(await subtle.exportKey('jwk', k));
  console.log(hex(await subtle.exportKey('raw', k)));
  const k1 = await subtle.importKey('jwk', { kty: 'oct', k: 'c2VjcmV0', alg: 'HS1' },
    { name: 'HMAC', hash: { name: 'SHA-1' } }, false, ['sign']);
  console.log(k1.algorithm, hex(await subtle.sign('HMAC', k1, enc('data'))));

  const a = await subtle.importKey('raw', new Uint8Array(16).fill(1), 'AES-GCM', false, ['encrypt', 'decrypt']);
  console.log(a.algorithm, a.usages, a.extractable);
  const ct = await subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, a, enc('hello'));
  console.log(hex(ct));
  console.log(new TextDecoder().decode(await subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, a, ct)));
  const aad = await subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12).fill(3), additionalData: enc('aad'), tagLength: 96 }, a, enc('hello'));
  console.log(hex(aad));
  console.log(hex(await subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(12).fill(3), additionalData: enc('aad'), tagLength: 96 }, a, aad)));
  await subtle.decrypt({ name: 'AES-GCM', iv: new Uint8Array(11) }, a, ct).catch(fail('bad iv'));
  await subtle.exportKey('raw', a).catch(fail('not extractable'));
  await subtle.sign('HMAC', a, new Uint8Array(1)).catch(fail('aes sign'));
  await subtle.encrypt({ name: 'AES-GCM', iv: new Uint8Array(12) }, k, enc('x')).catch(fail('hmac encrypt'));

  const cbc = await subtle.importKey('jwk', { kty: 'oct', k: 'AQEBAQEBAQEBAQEBAQEBAQ', alg: 'A128CBC', ext: true },
    'AES-CBC', true, ['encrypt', 'decrypt']);
  const c2 = await subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, cbc, new Uint8Array(5));
  console.log(hex(c2), hex(await subtle.decrypt({ name: 'AES-CBC', iv: new Uint8Array(16) }, cbc, c2)));
  console.log(await subtle.exportKey('jwk', cbc));
  await subtle.encrypt({ name: 'AES-CBC', iv: new Uint8Array(8) }, cbc, new Uint8Array(5)).catch(fail('cbc iv'));
  const ctr = await subtle.importKey('raw', new Uint8Array(32).fill(2), { name: 'AES-CTR' }, true, ['encrypt']);
  console.log(ctr.algorithm, hex(await subtle.encrypt({ name: 'AES-CTR', counter: new Uint8Array(16), length: 64 }, ctr, new Uint8Array(5))));
  console.log((await subtle.exportKey('jwk', ctr)).alg);

  const g = await subtle.generateKey({ name: 'AES-CBC', length: 192 }, true, ['encrypt']);
  console.log(g.algorithm, g.usages, g.extractable, (await subtle.exportKey('raw', g)).byteLength);
  const h = await subtle.generateKey({ name: 'HMAC', hash: 'SHA-512' }, true, ['sign']);
  console.log(h.algorithm, (await subtle.exportKey('raw', h)).byteLength);
  await subtle.generateKey({ name: 'AES-GCM', length: 100 }, true, ['encrypt']).catch(fail('gen length'));

  await subtle.importKey('raw', new Uint8Array(15), 'AES-GCM', false, ['encrypt']).catch(fail('key length'));
  await subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', false, ['sign']).catch(fail('aes usage'));
  await subtle.importKey('raw', new Uint8Array(16), { name: 'HMAC', hash: 'SHA-256' }, false, ['encrypt']).catch(fail('hmac usage'));
  await subtle.importKey('raw', new Uint8Array(16), 'AES-GCM', false, []).catch(fail('no usages'));
  await subtle.importKey('raw', new Uint8Array(16), 'FOO', false, ['sign']).catch(fail('unknown'));
  console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(subtle)).join());
  console.log(Object.getOwnPropertyNames(Object.getPrototypeOf(globalThis.crypto)).join(),
    globalThis.crypto === require('crypto').webcrypto);
  console.log(typeof CryptoKey, typeof SubtleCrypto, typeof Crypto, globalThis.crypto instanceof Crypto,
    subtle instanceof SubtleCrypto);
  try { new CryptoKey(); } catch (e) { console.log(e.name, e.code, e.message); }
})();
