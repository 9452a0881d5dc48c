// Kiln standard library: node's Web Crypto API (crypto.webcrypto, the global
// crypto): Crypto (getRandomValues, randomUUID, subtle), CryptoKey and the
// SubtleCrypto subset people use: digest; importKey/exportKey ('raw' and
// 'jwk') and generateKey for HMAC and AES-GCM/CBC/CTR keys; sign/verify with
// HMAC; encrypt/decrypt with AES-GCM, AES-CBC and AES-CTR; PBKDF2 and HKDF
// keys with deriveBits/deriveKey. Built on crypto.js (createHmac,
// createCipheriv, randomBytes, pbkdf2Sync, hkdfSync), required lazily.
//
// Not done: RSA/EC/Ed25519/X25519 keys, spki/pkcs8 formats, wrapKey/unwrapKey,
// AES-KW (they reject with NotSupportedError).
'use strict';
const native = require('kiln:crypto');
const {
  codedError, domException, isView, isAnyArrayBuffer,
} = require('kiln:internal_crypto_util');
const { Buffer } = require('buffer');

const DIGESTS = { 'SHA-1': 'sha1', 'SHA-256': 'sha256', 'SHA-384': 'sha384',
                  'SHA-512': 'sha512' };
const HASH_BLOCK_BITS = { 'SHA-1': 512, 'SHA-256': 512, 'SHA-384': 1024, 'SHA-512': 1024 };
const AES = ['AES-CTR', 'AES-CBC', 'AES-GCM'];
const KDFS = ['PBKDF2', 'HKDF'];
const ALGORITHMS = ['HMAC', ...AES, ...KDFS];
const DOM_CODES = { NotSupportedError: 9, InvalidAccessError: 15, SyntaxError: 12,
                    DataError: 0, OperationError: 0, InvalidAccessException: 0 };

function nodeCrypto() { return require('crypto'); }

function dom(message, name) {
  return domException(message, name, DOM_CODES[name]);
}

function operationFailed() {
  return dom('The operation failed for an operation-specific reason', 'OperationError');
}

// An algorithm's name in its registered spelling, or NotSupportedError.
function algorithmName(algorithm, names) {
  const name = typeof algorithm === 'string' ? algorithm
    : algorithm !== null && typeof algorithm === 'object' ? algorithm.name : undefined;
  const found = typeof name === 'string' &&
    names.find((n) => n.toLowerCase() === name.toLowerCase());
  if (!found) throw dom('Unrecognized algorithm name', 'NotSupportedError');
  return found;
}

function hashName(hash) {
  return algorithmName(hash, Object.keys(DIGESTS));
}

function bufferSource(v, what) {
  if (isAnyArrayBuffer(v)) return new Uint8Array(v);
  if (isView(v)) return new Uint8Array(v.buffer, v.byteOffset, v.byteLength);
  throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Failed to execute \'' + what +
                   "' on 'SubtleCrypto': argument is not instance of ArrayBuffer, Buffer, " +
                   'TypedArray, or DataView.');
}

function arrayBuffer(buf) {
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength);
}

// ---- CryptoKey ----------------------------------------------------------------------

const kKey = Symbol('kKey');
const kMake = {};
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

class CryptoKey {
  constructor() {
    throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  [inspectCustom](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return 'CryptoKey ' + inspect({
      type: this.type, extractable: this.extractable, algorithm: this.algorithm,
      usages: this.usages,
    }, opts);
  }

  get type() { return this[kKey].type; }
  get extractable() { return this[kKey].extractable; }
  get algorithm() { return this[kKey].algorithm; }
  get usages() { return this[kKey].usages; }
}
Object.defineProperty(CryptoKey.prototype, Symbol.toStringTag, {
  value: 'CryptoKey', configurable: true,
});

// The objects made are of this class (node's InternalCryptoKey).
class InternalCryptoKey extends CryptoKey {}

function makeKey(bytes, algorithm, extractable, usages) {
  const key = Object.create(InternalCryptoKey.prototype);
  Object.defineProperty(key, kKey, {
    value: { type: 'secret', bytes, algorithm, extractable, usages },
  });
  return key;
}

// ---- secret keys: usages, import, export, generate -------------------------------------

const USAGES = { HMAC: ['sign', 'verify'], AES: ['encrypt', 'decrypt', 'wrapKey', 'unwrapKey'],
                 PBKDF2: ['deriveKey', 'deriveBits'], HKDF: ['deriveKey', 'deriveBits'] };
const ARTICLE = { HMAC: 'an HMAC', AES: 'an AES', PBKDF2: 'a PBKDF2', HKDF: 'a HKDF' };

// The usages as given (node keeps repeats); [importing] picks the message
// for none.
function checkUsages(name, usages, importing) {
  const family = name.startsWith('AES') ? 'AES' : name;
  if (!Array.isArray(usages)) usages = Array.from(usages);
  for (const u of usages) {
    if (!USAGES[family].includes(u)) {
      throw dom('Unsupported key usage for ' + ARTICLE[family] + ' key', 'SyntaxError');
    }
  }
  if (usages.length === 0) {
    throw dom(importing ? 'Usages cannot be empty when importing a secret key.'
                        : 'Usages cannot be empty when creating a key.', 'SyntaxError');
  }
  return usages.slice();
}

function secretKey(name, bytes, algorithm, extractable, usages) {
  if (KDFS.includes(name)) {
    if (extractable) throw dom(name + ' keys are not extractable', 'SyntaxError');
    return makeKey(bytes, { name }, false, checkUsages(name, usages, true));
  }
  usages = checkUsages(name, usages, true);
  if (name === 'HMAC') {
    if (algorithm === null || typeof algorithm !== 'object' || algorithm.hash === undefined) {
      throw codedError(TypeError, 'ERR_MISSING_OPTION', "Failed to normalize algorithm: " +
                       "passed algorithm can not be converted to 'HmacImportParams' because " +
                       "'hash' is required in 'HmacImportParams'.");
    }
    const hash = hashName(algorithm.hash);
    if (bytes.length === 0) throw dom('Zero-length key is not supported', 'DataError');
    return makeKey(bytes, { name, hash: { name: hash }, length: bytes.length * 8 },
                   extractable, usages);
  }
  if (bytes.length !== 16 && bytes.length !== 24 && bytes.length !== 32) {
    throw dom('Invalid key length', 'DataError');
  }
  return makeKey(bytes, { name, length: bytes.length * 8 }, extractable, usages);
}

function jwkBytes(jwk) {
  if (jwk === null || typeof jwk !== 'object') {
    throw dom('Invalid keyData', 'DataError');
  }
  if (jwk.kty !== 'oct') throw dom('Invalid JWK "kty" Parameter', 'DataError');
  if (typeof jwk.k !== 'string') throw dom('Invalid JWK secret key format', 'DataError');
  return native.decode(jwk.k, 'base64url');
}

function jwkAlg(key) {
  const a = key.algorithm;
  if (a.name === 'HMAC') return 'HS' + a.hash.name.slice(4);
  return 'A' + a.length + a.name.slice(4);
}

function importKey(format, keyData, algorithm, extractable, keyUsages) {
  const name = algorithmName(algorithm, ALGORITHMS);
  let bytes;
  if (format === 'raw') {
    bytes = bufferSource(keyData, 'importKey').slice();
  } else if (format === 'jwk' && !KDFS.includes(name)) {
    bytes = jwkBytes(keyData);
    if (keyData.ext === false && extractable) {
      throw dom('JWK "ext" Parameter and extractable mismatch', 'DataError');
    }
  } else {
    const family = name.startsWith('AES') ? 'AES' : name;
    throw dom('Unable to import ' + family + ' key with format ' + format, 'NotSupportedError');
  }
  const key = secretKey(name, bytes, algorithm, !!extractable, keyUsages);
  if (format === 'jwk' && keyData.alg !== undefined && keyData.alg !== jwkAlg(key)) {
    throw dom('JWK "alg" does not match the requested algorithm', 'DataError');
  }
  return key;
}

function exportKey(format, key) {
  if (!(key instanceof CryptoKey)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "key" argument must be an ' +
                     'instance of CryptoKey.');
  }
  const k = key[kKey];
  if (!k.extractable) throw dom('key is not extractable', 'InvalidAccessException');
  if (format === 'raw') return arrayBuffer(k.bytes.slice());
  if (format === 'jwk') {
    return { key_ops: k.usages.slice(), ext: k.extractable, kty: 'oct',
             k: native.encode(k.bytes, 'base64url'), alg: jwkAlg(key) };
  }
  throw dom('Unable to export a raw ' + k.algorithm.name + ' key', 'NotSupportedError');
}

function generateKey(algorithm, extractable, keyUsages) {
  const name = algorithmName(algorithm, ALGORITHMS);
  let length = algorithm.length;
  if (name === 'HMAC') {
    if (algorithm.hash === undefined) {
      throw codedError(TypeError, 'ERR_MISSING_OPTION', "Failed to normalize algorithm: " +
                       "passed algorithm can not be converted to 'HmacKeyGenParams' because " +
                       "'hash' is required in 'HmacKeyGenParams'.");
    }
    const hash = hashName(algorithm.hash);
    if (length === undefined) length = HASH_BLOCK_BITS[hash];
    if (length === 0) throw operationFailed();
    const usages = checkUsages(name, keyUsages);
    const bytes = new Uint8Array(nodeCrypto().randomBytes(Math.ceil(length / 8)));
    return makeKey(bytes, { name, length, hash: { name: hash } }, !!extractable, usages);
  }
  if (length !== 128 && length !== 192 && length !== 256) {
    throw dom('AES key length must be 128, 192, or 256 bits', 'OperationError');
  }
  const usages = checkUsages(name, keyUsages);
  const bytes = new Uint8Array(nodeCrypto().randomBytes(length / 8));
  return makeKey(bytes, { name, length }, !!extractable, usages);
}

// ---- operations -------------------------------------------------------------------

function usableKey(key, name, usage, message) {
  if (!(key instanceof CryptoKey)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "key" argument must be an ' +
                     'instance of CryptoKey.');
  }
  const k = key[kKey];
  if (k.algorithm.name !== name || !k.usages.includes(usage)) {
    throw dom(message || 'Unable to use this key to ' + usage, 'InvalidAccessError');
  }
  return k;
}

function hmac(key, data) {
  const k = key[kKey];
  return nodeCrypto().createHmac(DIGESTS[k.algorithm.hash.name], k.bytes).update(data).digest();
}

function sign(algorithm, key, data) {
  const name = algorithmName(algorithm, ['HMAC']);
  usableKey(key, name, 'sign');
  return arrayBuffer(hmac(key, bufferSource(data, 'sign')));
}

function verify(algorithm, key, signature, data) {
  const name = algorithmName(algorithm, ['HMAC']);
  usableKey(key, name, 'verify');
  const sig = bufferSource(signature, 'verify');
  const mac = hmac(key, bufferSource(data, 'verify'));
  return sig.length === mac.length && nodeCrypto().timingSafeEqual(sig, mac);
}

function aesCipher(algorithm, k, encrypt) {
  const name = k.algorithm.name;
  const bits = k.algorithm.length;
  const c = nodeCrypto();
  const make = encrypt ? c.createCipheriv : c.createDecipheriv;
  if (name === 'AES-CBC') {
    const iv = bufferSource(algorithm.iv, encrypt ? 'encrypt' : 'decrypt');
    if (iv.length !== 16) throw dom('algorithm.iv must contain exactly 16 bytes', 'OperationError');
    return make('aes-' + bits + '-cbc', k.bytes, iv);
  }
  if (name === 'AES-CTR') {
    const counter = bufferSource(algorithm.counter, encrypt ? 'encrypt' : 'decrypt');
    if (counter.length !== 16) {
      throw dom('algorithm.counter must contain exactly 16 bytes', 'OperationError');
    }
    if (!(algorithm.length > 0 && algorithm.length <= 128)) {
      throw dom('AES-CTR algorithm.length must be between 1 and 128', 'OperationError');
    }
    return make('aes-' + bits + '-ctr', k.bytes, counter);
  }
  const iv = bufferSource(algorithm.iv, encrypt ? 'encrypt' : 'decrypt');
  const tagLength = algorithm.tagLength === undefined ? 128 : algorithm.tagLength;
  if (![32, 64, 96, 104, 112, 120, 128].includes(tagLength)) {
    throw dom(tagLength + ' is not a valid AES-GCM tag length', 'OperationError');
  }
  const cipher = make('aes-' + bits + '-gcm', k.bytes, iv, { authTagLength: tagLength / 8 });
  if (algorithm.additionalData !== undefined) {
    cipher.setAAD(bufferSource(algorithm.additionalData, encrypt ? 'encrypt' : 'decrypt'));
  }
  cipher.tagBytes = tagLength / 8;
  return cipher;
}

function cipherOp(algorithm, key, data, encrypt) {
  const name = algorithmName(algorithm, AES);
  const k = usableKey(key, name, encrypt ? 'encrypt' : 'decrypt',
                      'The requested operation is not valid for the provided key');
  let input = bufferSource(data, encrypt ? 'encrypt' : 'decrypt');
  const cipher = aesCipher(algorithm, k, encrypt);
  try {
    if (name === 'AES-GCM' && !encrypt) {
      if (input.length < cipher.tagBytes) throw operationFailed();
      cipher.setAuthTag(input.subarray(input.length - cipher.tagBytes));
      input = input.subarray(0, input.length - cipher.tagBytes);
    }
    const parts = [cipher.update(input), cipher.final()];
    if (name === 'AES-GCM' && encrypt) parts.push(cipher.getAuthTag());
    return arrayBuffer(Buffer.concat(parts));
  } catch {
    throw operationFailed();
  }
}

// PBKDF2 and HKDF bits from [baseKey] (its usage already checked).
function kdfBits(algorithm, baseKey, length) {
  const name = algorithmName(algorithm, KDFS);
  const k = baseKey[kKey];
  if (k.algorithm.name !== name) throw dom('Key algorithm mismatch', 'InvalidAccessError');
  if (length === null) throw dom('length cannot be null', 'OperationError');
  if (length % 8) throw dom('length must be a multiple of 8', 'OperationError');
  const hash = DIGESTS[hashName(algorithm.hash)];
  const c = nodeCrypto();
  if (name === 'PBKDF2') {
    if (algorithm.iterations === 0) throw dom('iterations cannot be zero', 'OperationError');
    const salt = bufferSource(algorithm.salt, 'deriveBits');
    return arrayBuffer(c.pbkdf2Sync(k.bytes, salt, algorithm.iterations, length / 8, hash));
  }
  const salt = bufferSource(algorithm.salt, 'deriveBits');
  const info = bufferSource(algorithm.info, 'deriveBits');
  try {
    return c.hkdfSync(hash, k.bytes, salt, info, length / 8);
  } catch {
    throw operationFailed();
  }
}

function baseKeyFor(baseKey, usage) {
  if (!(baseKey instanceof CryptoKey)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "baseKey" argument must be an ' +
                     'instance of CryptoKey.');
  }
  if (!baseKey[kKey].usages.includes(usage)) {
    throw dom('baseKey does not have ' + usage + ' usage', 'InvalidAccessError');
  }
  return baseKey;
}

function deriveBits(algorithm, baseKey, length) {
  return kdfBits(algorithm, baseKeyFor(baseKey, 'deriveBits'), length);
}

// The derived key's length in bits: AES's length, HMAC's length or hash block.
function derivedLength(algorithm) {
  const name = algorithmName(algorithm, [...AES, 'HMAC']);
  if (name !== 'HMAC') {
    if (![128, 192, 256].includes(algorithm.length)) throw dom('Invalid key length', 'OperationError');
    return algorithm.length;
  }
  return algorithm.length === undefined ? HASH_BLOCK_BITS[hashName(algorithm.hash)]
    : algorithm.length;
}

function deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
  baseKeyFor(baseKey, 'deriveKey');
  const bits = kdfBits(algorithm, baseKey, derivedLength(derivedKeyAlgorithm));
  return importKey('raw', bits, derivedKeyAlgorithm, extractable, keyUsages);
}

function notSupported() {
  throw dom('Unrecognized algorithm name', 'NotSupportedError');
}

// Each method runs its work in a promise: errors reject, as node's do.
function later(fn) {
  return (...args) => new Promise((resolve) => resolve(fn(...args)));
}

class SubtleCrypto {
  constructor() {
    throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  encrypt(algorithm, key, data) { return later(cipherOp)(algorithm, key, data, true); }
  decrypt(algorithm, key, data) { return later(cipherOp)(algorithm, key, data, false); }
  sign(algorithm, key, data) { return later(sign)(algorithm, key, data); }
  verify(algorithm, key, signature, data) {
    return later(verify)(algorithm, key, signature, data);
  }

  digest(algorithm, data) {
    return new Promise((resolve, reject) => {
      const name = hashName(algorithm);
      if (!isView(data) && !isAnyArrayBuffer(data)) {
        throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                         "Failed to execute 'digest' on 'SubtleCrypto': 2nd argument " +
                         'is not instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
      }
      // On the thread pool, as node runs it (its order against pbkdf2 & co.).
      native.digest(DIGESTS[name], data, (err, bytes) => {
        if (err) reject(err);
        else resolve(arrayBuffer(bytes));
      });
    });
  }

  generateKey(algorithm, extractable, keyUsages) {
    return later(generateKey)(algorithm, extractable, keyUsages);
  }
  deriveKey(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages) {
    return later(deriveKey)(algorithm, baseKey, derivedKeyAlgorithm, extractable, keyUsages);
  }
  deriveBits(algorithm, baseKey, length) { return later(deriveBits)(algorithm, baseKey, length); }
  importKey(format, keyData, algorithm, extractable, keyUsages) {
    return later(importKey)(format, keyData, algorithm, extractable, keyUsages);
  }
  exportKey(format, key) { return later(exportKey)(format, key); }
  wrapKey() { return later(notSupported)(); }
  unwrapKey() { return later(notSupported)(); }
}
Object.defineProperty(SubtleCrypto.prototype, Symbol.toStringTag, {
  value: 'SubtleCrypto', configurable: true,
});

const subtle = Object.create(SubtleCrypto.prototype);

class Crypto {
  constructor() {
    throw codedError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
  }

  get subtle() { return subtle; }
  getRandomValues(array) { return nodeCrypto().getRandomValues(array); }
  randomUUID() { return nodeCrypto().randomUUID(); }
}
Object.defineProperty(Crypto.prototype, Symbol.toStringTag, {
  value: 'Crypto', configurable: true,
});

const webcrypto = Object.create(Crypto.prototype);

module.exports = { Crypto, CryptoKey, SubtleCrypto, subtle, webcrypto };
