// crypto.subtle PBKDF2 and HKDF keys: deriveBits, deriveKey to AES and HMAC
// keys, node's errors.
const { subtle } = globalThis.crypto;
const enc = (s) => new TextEncoder().encode(s);
const hex = (ab) => Buffer.from(ab).toString('hex');
const fail = (label) => (e) => console.log(label, e.name, e.code, e.message);
(async () => {
  const pw = await subtle.importKey('raw', enc('password'), 'PBKDF2', false, ['deriveBits', 'deriveKey']);
  console.log(pw);
  console.log(hex(await subtle.deriveBits({ name: 'PBKDF2', salt: enc('salt'), iterations: 1000, hash: 'SHA-256' }, pw, 256)));
  await subtle.deriveBits({ name: 'PBKDF2', salt: enc('salt'), iterations: 10, hash: 'SHA-1' }, pw, 12).catch(fail('len12'));
  const aes = await subtle.deriveKey({ name: 'PBKDF2', salt: enc('salt'), iterations: 10, hash: 'SHA-256' }, pw, { name: 'AES-GCM', length: 256 }, true, ['encrypt']);
  console.log(aes, hex(await subtle.exportKey('raw', aes)));
  const hm = await subtle.deriveKey({ name: 'PBKDF2', salt: enc('salt'), iterations: 10, hash: 'SHA-256' }, pw, { name: 'HMAC', hash: 'SHA-256' }, true, ['sign']);
  console.log(hm.algorithm, hex(await subtle.exportKey('raw', hm)));
  const ikm = await subtle.importKey('raw', enc('ikm'), 'HKDF', false, ['deriveBits']);
  console.log(ikm.algorithm, ikm.extractable);
  console.log(hex(await subtle.deriveBits({ name: 'HKDF', salt: enc('s'), info: enc('i'), hash: 'SHA-256' }, ikm, 128)));
  await subtle.deriveBits({ name: 'PBKDF2', salt: enc('salt'), iterations: 0, hash: 'SHA-256' }, pw, 256).catch(fail('iter0'));
  await subtle.deriveBits({ name: 'PBKDF2', salt: enc('salt'), iterations: 1, hash: 'SHA-256' }, pw, 7).catch(fail('len7'));
  await subtle.deriveBits({ name: 'PBKDF2', salt: enc('salt'), iterations: 1, hash: 'SHA-256' }, pw, null).catch(fail('null'));
  await subtle.deriveBits({ name: 'PBKDF2', salt: enc('salt'), iterations: 1, hash: 'SHA-256' }, pw, 0).then((r) => console.log('len0', r.byteLength), fail('len0'));
  await subtle.deriveBits({ name: 'HKDF', salt: enc('s'), info: enc('i'), hash: 'SHA-256' }, pw, 128).catch(fail('wrong key'));
  await subtle.importKey('raw', enc('password'), 'PBKDF2', true, ['deriveBits']).catch(fail('extractable'));
  await subtle.importKey('raw', enc('password'), 'PBKDF2', false, ['sign']).catch(fail('usage'));
  const nb = await subtle.importKey('raw', enc('password'), 'PBKDF2', false, ['deriveKey']);
  await subtle.deriveBits({ name: 'PBKDF2', salt: enc('salt'), iterations: 1, hash: 'SHA-256' }, nb, 8).catch(fail('no deriveBits'));
  await subtle.deriveBits({ name: 'HKDF', salt: enc('s'), info: enc('i'), hash: 'SHA-256' }, ikm, 255*32*8+8).catch(fail('hkdf long'));
  await subtle.importKey('raw', enc('x'), 'HKDF', false, ['sign']).catch(fail('hkdf usage'));
  await subtle.importKey('jwk', { kty: 'oct', k: 'AA' }, 'PBKDF2', false, ['deriveBits']).catch(fail('jwk'));
  await subtle.importKey('spki', enc('x'), 'AES-GCM', false, ['encrypt']).catch(fail('spki'));
  await subtle.deriveKey({ name: 'PBKDF2', salt: enc('salt'), iterations: 10, hash: 'SHA-256' }, nb,
    { name: 'AES-CBC', length: 100 }, true, ['encrypt']).catch(fail('derive length'));
  await subtle.deriveKey({ name: 'PBKDF2', salt: enc('salt'), iterations: 10, hash: 'SHA-256' }, ikm,
    { name: 'AES-CBC', length: 128 }, true, ['encrypt']).catch(fail('no deriveKey'));
})();
