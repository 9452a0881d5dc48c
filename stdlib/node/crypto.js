// Kiln standard library: Node's `crypto` module over OpenSSL 3's libcrypto
// (natives in stdlib/node/crypto.c, reached as require('kiln:crypto')).
//
// Implements: createHash/Hash (copy, XOF outputLength), createHmac/Hmac,
// getHashes, getCiphers, getCipherInfo, randomBytes, randomFill(Sync),
// randomInt, randomUUID, getRandomValues, timingSafeEqual, pbkdf2(Sync),
// scrypt(Sync), hkdf(Sync), createCipheriv/createDecipheriv (CBC, CTR, ECB,
// GCM, CCM, chacha20-poly1305 and the other OpenSSL ciphers), constants,
// webcrypto (getRandomValues, randomUUID, subtle: digest, HMAC, AES).
// Messages and error codes follow Node 20. Validation is here; the OpenSSL
// work is in C. The async forms run on libuv's thread pool.
// createSecretKey/generateKey(Sync)/KeyObject for secret keys, usable as
// HMAC, cipher and HKDF keys; asymmetric keys (generateKeyPair(Sync),
// createPrivateKey/createPublicKey from PEM, DER and JWK, export),
// createSign/createVerify, sign/verify, publicEncrypt & co., getCurves.
// Hash, Hmac, Cipheriv and Decipheriv are Transform streams made lazily.
// DiffieHellman/DiffieHellmanGroup/ECDH and diffieHellman() live in
// internal_crypto_dh.js, X509Certificate in internal_crypto_x509.js,
// webcrypto in internal_crypto_webcrypto.js; generatePrime/checkPrime and
// generateKeyPair run on the thread pool (dh key pairs: on the loop thread,
// the callback from setImmediate).
// Not implemented: dsa/rsa-pss key generation, Certificate (SPKAC),
// subtle with asymmetric keys.
'use strict';
const native = require('kiln:crypto');

const {
  describeReceived,
  codedError,
  invalidArgType,
  nodeError,
  addSeparators,
  outOfRange,
  stateError,
  domException,
  validateString,
  validateFunction,
  validateNumber,
  validateInt32,
  validateUint32,
  isView,
  isAnyArrayBuffer,
  toBuffer,
  normalizeEncoding,
  bytesOf,
  validateEncoding,
  output,
  validateData,
  binaryLike,
} = require('kiln:internal_crypto_util');
const { Buffer } = require('buffer');
const { Transform, Writable } = require('stream');

function byteLength(v) {
  return v.byteLength;
}

// ---- KeyObject -----------------------------------------------------------------

const kKeyType = Symbol('kKeyType');
const kKeyBytes = Symbol('kKeyBytes');
const kMakeKey = {};  // the handle only this module can pass

class KeyObject {
  constructor(type, handle) {
    if (type !== 'secret' && type !== 'public' && type !== 'private') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
                       "The argument 'type' is invalid. Received '" + type + "'");
    }
    if (handle !== kMakeKey) throw invalidArgType('handle', 'of type object', handle);
    this[kKeyType] = type;
  }

  get type() { return this[kKeyType]; }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
      throw invalidArgType('otherKeyObject', 'an instance of KeyObject', otherKeyObject);
    }
    const a = this[kKeyBytes];
    const b = otherKeyObject[kKeyBytes];
    return otherKeyObject.type === this.type && a.length === b.length && timingSafeEqual(a, b);
  }
}
Object.defineProperty(KeyObject.prototype, Symbol.toStringTag, {
  value: 'KeyObject', configurable: true,
});

class SecretKeyObject extends KeyObject {
  constructor(bytes) {
    super('secret', kMakeKey);
    // Not enumerable: inspect shows only the key type, as node's does.
    Object.defineProperty(this, kKeyBytes, { value: bytes, writable: true });
  }

  get symmetricKeySize() { return this[kKeyBytes].length; }

  export(options) {
    if (options !== undefined && (options === null || typeof options !== 'object')) {
      throw invalidArgType('options', 'of type object', options);
    }
    const format = options ? options.format : undefined;
    if (format === 'jwk') return { kty: 'oct', k: native.encode(this[kKeyBytes], 'base64url') };
    if (format !== undefined && format !== 'buffer') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The property 'options.format' " +
                       "must be one of: undefined, 'buffer', 'jwk'. Received " +
                       (typeof format === 'string' ? "'" + format + "'" : String(format)));
    }
    return toBuffer(this[kKeyBytes].slice().buffer);
  }
}

function createSecretKey(key, encoding) {
  let bytes;
  if (typeof key === 'string') {
    bytes = bytesOf(key, encoding);
  } else if (isView(key)) {
    bytes = new Uint8Array(key.buffer, key.byteOffset, key.byteLength).slice();
  } else if (isAnyArrayBuffer(key)) {
    bytes = new Uint8Array(key).slice();
  } else {
    throw invalidArgType('key', 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView',
                         key);
  }
  return new SecretKeyObject(bytes);
}

// generateKey(Sync)('hmac' | 'aes', { length }): a random secret key of
// length bits (hmac: 8 .. 2^31-1, whole bytes; aes: 128, 192 or 256).
function secretKeyLength(type, options) {
  validateString(type, 'type');
  if (options === null || typeof options !== 'object') {
    throw invalidArgType('options', 'of type object', options);
  }
  const { length } = options;
  if (type === 'hmac') {
    validateInt32(length, 'options.length', 8, 2 ** 31 - 1);
  } else if (type === 'aes') {
    if (length !== 128 && length !== 192 && length !== 256) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
                       "The property 'options.length' must be one of: 128, 192, 256. " +
                       'Received ' + (typeof length === 'string' ? "'" + length + "'"
                                                                  : String(length)));
    }
  } else {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
                     "The argument 'type' must be a supported key type. Received '" +
                     type + "'");
  }
  return Math.floor(length / 8);
}

function generateKeySync(type, options) {
  const n = secretKeyLength(type, options);
  const bytes = new Uint8Array(n);
  native.randomFill(bytes, 0, n);
  return new SecretKeyObject(bytes);
}

function generateKey(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const n = secretKeyLength(type, options);
  const bytes = new Uint8Array(n);
  native.randomFill(bytes, 0, n, (err) => {
    if (err) callback(err);
    else callback(null, new SecretKeyObject(bytes));
  });
}

// ---- asymmetric keys, Sign and Verify ------------------------------------------------
//
// A public or private KeyObject keeps its key as DER bytes (SPKI / PKCS#8);
// the natives decode them per operation. Not done: DSA and RSA-PSS key
// generation.

const kAsymmetricKeyType = Symbol('kAsymmetricKeyType');
const kAsymmetricKeyDetails = Symbol('kAsymmetricKeyDetails');
const kKeyInfo = Symbol('kKeyInfo');

function keyDetails(d) {
  if (d.exponent !== undefined) {
    return { modulusLength: d.bits, publicExponent: BigInt(d.exponent) };
  }
  if (d.curve !== undefined) return { namedCurve: d.curve };
  return {};
}

class AsymmetricKeyObject extends KeyObject {
  constructor(type, d) {
    super(type, kMakeKey);
    // Node reads the type and details from its handle on first use and then
    // keeps them as (enumerable) properties, which inspect shows.
    Object.defineProperty(this, kKeyInfo, { value: { type: d.type, details: keyDetails(d) } });
    Object.defineProperty(this, kKeyBytes, { value: d.der, writable: true });
  }

  get asymmetricKeyType() {
    if (this[kAsymmetricKeyType] === undefined) this[kAsymmetricKeyType] = this[kKeyInfo].type;
    return this[kAsymmetricKeyType];
  }

  get asymmetricKeyDetails() {
    const type = this.asymmetricKeyType;
    if (type !== 'rsa' && type !== 'rsa-pss' && type !== 'dsa' && type !== 'ec') return {};
    if (this[kAsymmetricKeyDetails] === undefined) {
      this[kAsymmetricKeyDetails] = this[kKeyInfo].details;
    }
    return { ...this[kAsymmetricKeyDetails] };
  }

  export(options) {
    if (options === undefined || options === null || typeof options !== 'object') {
      throw invalidArgType('options', 'of type object', options);
    }
    const priv = this.type === 'private';
    const { format, type, cipher, passphrase } = options;
    if (format === 'jwk') return exportJwk(this, priv);
    if (format !== 'pem' && format !== 'der') {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The property 'options.format' " +
                       "must be one of: 'pem', 'der', 'jwk'. Received " + inspectArg(format));
    }
    const types = priv ? ['pkcs1', 'pkcs8', 'sec1'] : ['pkcs1', 'spki'];
    if (!types.includes(type)) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The property 'options.type' " +
                       'is invalid. Received ' + inspectArg(type));
    }
    const pass = passphrase === undefined ? undefined
      : typeof passphrase === 'string' ? passphrase : Buffer.from(passphrase).toString('latin1');
    const r = native.keyExport(this[kKeyBytes], priv, format === 'pem', type, cipher, pass);
    return typeof r === 'string' ? r : toBuffer(r);
  }

  equals(otherKeyObject) {
    if (!(otherKeyObject instanceof KeyObject)) {
      throw invalidArgType('otherKeyObject', 'an instance of KeyObject', otherKeyObject);
    }
    const a = this[kKeyBytes];
    const b = otherKeyObject[kKeyBytes];
    return otherKeyObject.type === this.type && a.length === b.length &&
           Buffer.compare(toBuffer(a), toBuffer(b)) === 0;
  }
}

const JWK_CURVES = { prime256v1: 'P-256', secp384r1: 'P-384', secp521r1: 'P-521',
                     secp256k1: 'secp256k1' };

// export({ format: 'jwk' }) of an asymmetric key, members in node's order.
function exportJwk(key, priv) {
  const type = key.asymmetricKeyType;
  const b64 = (bytes) => native.encode(bytes, 'base64url');
  const raw = native.keyJwk(key[kKeyBytes], priv);
  if (type === 'rsa') {
    const jwk = { kty: 'RSA', n: b64(raw.n), e: b64(raw.e) };
    if (priv) {
      for (const k of ['d', 'p', 'q', 'dp', 'dq', 'qi']) jwk[k] = b64(raw[k]);
    }
    return jwk;
  }
  if (type === 'ec') {
    const curve = key[kKeyInfo].details.namedCurve;
    const crv = JWK_CURVES[curve];
    if (crv === undefined) {
      throw codedError(Error, 'ERR_CRYPTO_JWK_UNSUPPORTED_CURVE',
                       'Unsupported JWK EC curve: ' + curve + '.');
    }
    const jwk = { kty: 'EC', x: b64(raw.x), y: b64(raw.y), crv };
    if (priv) jwk.d = b64(raw.d);
    return jwk;
  }
  const crv = { ed25519: 'Ed25519', ed448: 'Ed448', x25519: 'X25519', x448: 'X448' }[type];
  if (crv === undefined) {
    throw codedError(Error, 'ERR_CRYPTO_JWK_UNSUPPORTED_KEY_TYPE', 'Unsupported JWK Key Type.');
  }
  const jwk = { crv };
  if (priv) jwk.d = b64(raw.d);
  jwk.x = b64(raw.x);
  jwk.kty = 'OKP';
  return jwk;
}

class PublicKeyObject extends AsymmetricKeyObject {
  constructor(d) { super('public', d); }
}

class PrivateKeyObject extends AsymmetricKeyObject {
  constructor(d) { super('private', d); }
}

function inspectArg(v) {
  return typeof v === 'string' ? "'" + v + "'" : String(v);
}

// The key argument of createPrivateKey/createPublicKey/sign/verify:
// { data, pem, passphrase, options } from a string, a buffer or an object.
function keyInput(key, name) {
  let options = {};
  let data = key;
  if (key !== null && typeof key === 'object' && !isView(key) && !isAnyArrayBuffer(key) &&
      !(key instanceof KeyObject)) {
    options = key;
    data = key.key;
  }
  if (data instanceof KeyObject) return { keyObject: data, options };
  const format = options.format === undefined ? 'pem' : options.format;
  if (format === 'jwk') return { jwk: data, options };
  if (typeof data === 'string') {
    data = bytesOf(data, options.encoding || 'utf8');
  } else if (!isView(data) && !isAnyArrayBuffer(data)) {
    throw invalidArgType(name, 'of type string or an instance of ArrayBuffer, Buffer, ' +
                         'TypedArray, DataView, KeyObject, or CryptoKey', key);
  }
  if (isAnyArrayBuffer(data)) data = new Uint8Array(data);
  const { passphrase } = options;
  const pass = passphrase === undefined || passphrase === null ? undefined
    : typeof passphrase === 'string' ? passphrase : Buffer.from(passphrase).toString('latin1');
  return { data, pem: format === 'pem', passphrase: pass, options };
}

// A key from a JWK object ({ key: jwk, format: 'jwk' }); a private JWK
// gives a public key when one is asked for.
function importJwk(jwk, priv) {
  if (jwk === null || typeof jwk !== 'object') throw invalidArgType('key.key', 'of type object', jwk);
  const oneOf = (name, list, v) => codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
    "The property '" + name + "' must be one of: " + list.map((x) => "'" + x + "'").join(', ') +
    '. Received ' + inspectArg(v));
  const { kty } = jwk;
  if (kty !== 'RSA' && kty !== 'EC' && kty !== 'OKP') throw oneOf('key.kty', ['RSA', 'EC', 'OKP'], kty);
  const isPriv = priv || jwk.d !== undefined;
  const names = kty === 'RSA' ? (isPriv ? ['n', 'e', 'd', 'p', 'q', 'dp', 'dq', 'qi'] : ['n', 'e'])
              : kty === 'EC' ? (isPriv ? ['x', 'y', 'd'] : ['x', 'y']) : (isPriv ? ['d'] : ['x']);
  let crv = '';
  if (kty === 'EC') {
    const curves = { 'P-256': 'prime256v1', secp256k1: 'secp256k1', 'P-384': 'secp384r1',
                     'P-521': 'secp521r1' };
    if (!Object.prototype.hasOwnProperty.call(curves, jwk.crv)) {
      throw oneOf('key.crv', Object.keys(curves), jwk.crv);
    }
    crv = curves[jwk.crv];
  } else if (kty === 'OKP') {
    const curves = ['Ed25519', 'Ed448', 'X25519', 'X448'];
    if (!curves.includes(jwk.crv)) throw oneOf('key.crv', curves, jwk.crv);
    crv = jwk.crv.toUpperCase();
  }
  const parts = {};
  for (const n of (kty === 'OKP' ? ['x'] : []).concat(names)) {
    if (typeof jwk[n] !== 'string') throw invalidArgType('key.' + n, 'of type string', jwk[n]);
    parts[n] = native.decode(jwk[n], 'base64url');
  }
  const d = native.keyFromJwk(kty, crv, parts, isPriv);
  if (d === undefined) {
    throw codedError(TypeError, 'ERR_CRYPTO_INVALID_JWK', 'Invalid JWK ' +
                     (kty === 'RSA' ? 'RSA' : kty === 'EC' ? 'EC' : 'OKP') + ' key');
  }
  if (priv) return new PrivateKeyObject(d);
  return new PublicKeyObject(isPriv ? { ...d, der: d.pub } : d);
}

function importKey(input, priv) {
  if (input.keyObject) return input.keyObject;
  if (input.jwk !== undefined) return importJwk(input.jwk, priv);
  const d = native.keyImport(input.data, input.pem, priv, input.passphrase);
  return priv ? new PrivateKeyObject(d) : new PublicKeyObject(d);
}

function createPrivateKey(key) {
  const k = importKey(keyInput(key, 'key'), true);
  if (k.type !== 'private') {
    throw codedError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
                     "Invalid key object type " + k.type + ', expected private.');
  }
  return k;
}

function createPublicKey(key) {
  const input = keyInput(key, 'key');
  if (input.keyObject) {
    const k = input.keyObject;
    if (k.type === 'private') {
      const d = native.keyImport(k[kKeyBytes], false, true, undefined);
      return new PublicKeyObject({ ...d, der: d.pub });
    }
    if (k.type !== 'public') {
      throw codedError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
                       'Invalid key object type ' + k.type + ', expected private.');
    }
    return k;
  }
  return importKey(input, false);
}

// The DER and signing options of a sign()/verify() key argument.
function signingKey(key, priv) {
  const input = keyInput(key, priv ? 'key' : 'key');
  let k;
  if (input.keyObject) {
    k = input.keyObject;
    if (k.type === 'secret' || (priv && k.type !== 'private')) {
      throw codedError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE',
                       'Invalid key object type ' + k.type + ', expected ' +
                       (priv ? 'private.' : 'public.'));
    }
  } else {
    k = priv ? importKey(input, true) : createPublicKey(key);
  }
  const o = input.options;
  const padding = o.padding === undefined ? 0 : o.padding;
  const saltLength = o.saltLength === undefined ? -2 : o.saltLength;
  const dsa = o.dsaEncoding === undefined ? 'der' : o.dsaEncoding;
  if (dsa !== 'der' && dsa !== 'ieee-p1363') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The property 'options.dsaEncoding'" +
                     ' is invalid. Received ' + inspectArg(dsa));
  }
  return { der: k[kKeyBytes], priv: k.type === 'private', padding, saltLength,
           p1363: dsa === 'ieee-p1363' };
}

function signBytes(algorithm, data, key) {
  const k = signingKey(key, true);
  return toBuffer(native.signVerify(k.der, true, algorithm || '', data, k.padding,
                                    k.saltLength, k.p1363, undefined));
}

function verifyBytes(algorithm, data, key, signature) {
  const k = signingKey(key, false);
  return native.signVerify(k.der, k.priv, algorithm || '', data, k.padding, k.saltLength,
                           k.p1363, signature);
}

function sign(algorithm, data, key, callback) {
  if (algorithm !== null && algorithm !== undefined) validateString(algorithm, 'algorithm');
  if (!isView(data)) {
    throw invalidArgType('data', 'an instance of Buffer, TypedArray, or DataView', data);
  }
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
    let r;
    try { r = signBytes(algorithm, data, key); } catch (e) {
      process.nextTick(callback, e);
      return;
    }
    process.nextTick(callback, null, r);
    return;
  }
  return signBytes(algorithm, data, key);
}

function verify(algorithm, data, key, signature, callback) {
  if (algorithm !== null && algorithm !== undefined) validateString(algorithm, 'algorithm');
  if (!isView(data)) {
    throw invalidArgType('data', 'an instance of ArrayBuffer, Buffer, TypedArray, or DataView',
                         data);
  }
  if (!isView(signature)) {
    throw invalidArgType('signature', 'an instance of ArrayBuffer, Buffer, TypedArray, or ' +
                         'DataView', signature);
  }
  if (callback !== undefined) {
    validateFunction(callback, 'callback');
    let r;
    try { r = verifyBytes(algorithm, data, key, signature); } catch (e) {
      process.nextTick(callback, e);
      return;
    }
    process.nextTick(callback, null, r);
    return;
  }
  return verifyBytes(algorithm, data, key, signature);
}

const kSignState = Symbol('kSignState');

function Sign(algorithm, options) {
  if (!(this instanceof Sign)) return new Sign(algorithm, options);
  initSigner(this, algorithm, options);
}

function initSigner(self, algorithm, options) {
  validateString(algorithm, 'algorithm');
  if (native.digestSize(algorithm) < 0) {
    throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest');
  }
  Object.defineProperty(self, kSignState, { value: { algorithm, chunks: [] } });
  Writable.call(self, options);
}
Object.setPrototypeOf(Sign.prototype, Writable.prototype);
Object.setPrototypeOf(Sign, Writable);

Sign.prototype._write = function _write(chunk, encoding, callback) {
  this.update(chunk, encoding);
  callback();
};

Sign.prototype.update = function update(data, encoding) {
  validateData(data, 'data');
  validateEncoding(data, encoding);
  const b = bytesOf(data, encoding);
  this[kSignState].chunks.push(Buffer.from(b.buffer, b.byteOffset, b.byteLength));
  return this;
};

Sign.prototype.sign = function signMethod(privateKey, outputEncoding) {
  const st = this[kSignState];
  const sig = signBytes(st.algorithm, Buffer.concat(st.chunks), privateKey);
  const e = normalizeEncoding(outputEncoding);
  return e && outputEncoding !== 'buffer' ? sig.toString(e) : sig;
};

function Verify(algorithm, options) {
  if (!(this instanceof Verify)) return new Verify(algorithm, options);
  initSigner(this, algorithm, options);
}
Object.setPrototypeOf(Verify.prototype, Writable.prototype);
Object.setPrototypeOf(Verify, Writable);
Verify.prototype._write = Sign.prototype._write;
Verify.prototype.update = Sign.prototype.update;

Verify.prototype.verify = function verifyMethod(object, signature, sigEncoding) {
  const st = this[kSignState];
  const sig = typeof signature === 'string' ? bytesOf(signature, sigEncoding || 'utf8')
                                            : signature;
  return verifyBytes(st.algorithm, Buffer.concat(st.chunks), object, sig);
};

function createSign(algorithm, options) { return new Sign(algorithm, options); }
function createVerify(algorithm, options) { return new Verify(algorithm, options); }

function keyPairArgs(type, options) {
  validateString(type, 'type');
  const types = ['rsa', 'rsa-pss', 'dsa', 'ec', 'ed25519', 'ed448', 'x25519', 'x448', 'dh'];
  if (!types.includes(type) || type === 'rsa-pss' || type === 'dsa') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'type' must be a " +
                     "supported key type. Received '" + type + "'");
  }
  const o = options === undefined ? {} : options;
  if (o === null || typeof o !== 'object') throw invalidArgType('options', 'of type object', o);
  if (type === 'rsa') {
    validateUint32(o.modulusLength, 'options.modulusLength');
    if (o.publicExponent !== undefined) validateUint32(o.publicExponent, 'options.publicExponent');
  } else if (type === 'ec') {
    validateString(o.namedCurve, 'options.namedCurve');
  } else if (type === 'dh') {
    return dhKeyPairArgs(options);
  }
  return o;
}

function incompatiblePair(a, b) {
  return codedError(TypeError, 'ERR_INCOMPATIBLE_OPTION_PAIR',
                    'Option "' + a + '" cannot be used in combination with option "' + b + '"');
}

// generateKeyPair('dh', { group } | { prime | primeLength, generator }):
// the options with dhSpec (group name, prime bytes or length) and dhGenerator.
function dhKeyPairArgs(o) {
  if (o === undefined || o === null || typeof o !== 'object') {
    throw invalidArgType('options', 'of type object', o);
  }
  const { group, primeLength, prime, generator } = o;
  if (group !== undefined && group !== null) {
    if (prime != null) throw incompatiblePair('group', 'prime');
    if (primeLength != null) throw incompatiblePair('group', 'primeLength');
    if (generator != null) throw incompatiblePair('group', 'generator');
    validateString(group, 'options.group');
    if (!/^modp(1|2|5|14|15|16|17|18)$/.test(group)) {
      throw codedError(Error, 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
    }
    return { ...o, dhSpec: group };
  }
  let dhSpec;
  if (prime != null) {
    if (primeLength != null) throw incompatiblePair('prime', 'primeLength');
    if (!isView(prime)) {
      throw invalidArgType('options.prime', 'an instance of Buffer, TypedArray, or DataView',
                           prime);
    }
    dhSpec = prime;
  } else if (primeLength != null) {
    validateInt32(primeLength, 'options.primeLength', 0, 2147483647);
    dhSpec = primeLength;
  } else {
    throw codedError(TypeError, 'ERR_MISSING_OPTION',
                     'At least one of the group, prime, or primeLength options is required');
  }
  if (generator != null) validateInt32(generator, 'options.generator', 0, 2147483647);
  return { ...o, dhSpec, dhGenerator: generator == null ? 2 : generator };
}

function encodingError(name, e) {
  return codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The property '" + name +
                    "' is invalid. Received " + inspectArg(e));
}

function encodeKeyPair(d, o) {
  const pub = new PublicKeyObject({ ...d, der: d.pub });
  const priv = new PrivateKeyObject(d);
  const enc = (key, e, name) => {
    if (e === undefined) return key;
    if (e === null || typeof e !== 'object') throw encodingError(name, e);
    return key.export(e);
  };
  return { publicKey: enc(pub, o.publicKeyEncoding, 'options.publicKeyEncoding'),
           privateKey: enc(priv, o.privateKeyEncoding, 'options.privateKeyEncoding') };
}

function keyGenerateArgs(type, o) {
  return [type, o.modulusLength, o.publicExponent === undefined ? 65537 : o.publicExponent,
          o.namedCurve, o.dhSpec, o.dhGenerator];
}

function generateKeyPairSync(type, options) {
  const o = keyPairArgs(type, options);
  let d;
  try {
    d = native.keyGenerate(...keyGenerateArgs(type, o));
  } catch (e) {
    throw nodeError(e);
  }
  return encodeKeyPair(d, o);
}

// The key is made on libuv's thread pool (dh keys: at once, the callback
// from setImmediate); bad options and an unknown curve throw at once.
function generateKeyPair(type, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  const o = keyPairArgs(type, options);
  for (const name of ['publicKeyEncoding', 'privateKeyEncoding']) {
    const e = o[name];
    if (e !== undefined && (e === null || typeof e !== 'object')) {
      throw encodingError('options.' + name, e);
    }
  }
  const done = (err, d) => {
    if (err) return callback(err);
    let pair;
    try {
      pair = encodeKeyPair(d, o);
    } catch (e) {
      return callback(e);
    }
    callback(null, pair.publicKey, pair.privateKey);
  };
  if (type === 'dh') {
    let d;
    try {
      d = native.keyGenerate(...keyGenerateArgs(type, o));
    } catch (e) {
      setImmediate(done, e);
      return;
    }
    setImmediate(done, null, d);
    return;
  }
  try {
    native.keyGenerate(...keyGenerateArgs(type, o), done);
  } catch (e) {
    throw nodeError(e);
  }
}

// ---- primes -------------------------------------------------------------------------

function bigintBytes(v, name) {
  if (v < 0n) throw outOfRange(name, '>= 0', String(v) + 'n');
  const hex = v.toString(16);
  return native.decode(hex.length % 2 ? '0' + hex : hex, 'hex');
}

function primeBytes(v, name) {
  if (typeof v === 'bigint') return bigintBytes(v, name);
  if (isAnyArrayBuffer(v)) return new Uint8Array(v);
  if (!isView(v)) {
    throw invalidArgType(name, 'of type bigint or an instance of ArrayBuffer, TypedArray, ' +
                         'Buffer, or DataView', v);
  }
  return v;
}

function bytesToBigInt(bytes) {
  const hex = native.encode(bytes, 'hex');
  return hex ? BigInt('0x' + hex) : 0n;
}

function primeArgs(size, options) {
  validateInt32(size, 'size', 1, 2147483647);
  if (options === null || typeof options !== 'object') {
    throw invalidArgType('options', 'of type object', options);
  }
  const { safe = false, bigint = false } = options;
  let { add, rem } = options;
  if (typeof safe !== 'boolean') throw invalidArgType('options.safe', 'of type boolean', safe);
  if (typeof bigint !== 'boolean') {
    throw invalidArgType('options.bigint', 'of type boolean', bigint);
  }
  if (add !== undefined) add = primeBytes(add, 'options.add');
  if (rem !== undefined) rem = primeBytes(rem, 'options.rem');
  return { safe, bigint, add, rem };
}

function primeResult(bytes, bigint) {
  return bigint ? bytesToBigInt(bytes) : bytes.buffer;
}

// A job error as node reports it: only the OpenSSL message.
function jobError(e) {
  return e && e.library !== undefined ? new Error(e.message) : nodeError(e);
}

function generatePrimeSync(size, options = {}) {
  const o = primeArgs(size, options);
  try {
    return primeResult(native.generatePrime(size, o.safe, o.add, o.rem), o.bigint);
  } catch (e) {
    throw jobError(e);
  }
}

function generatePrime(size, options, callback) {
  validateInt32(size, 'size', 1, 2147483647);
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  const o = primeArgs(size, options);
  try {
    native.generatePrime(size, o.safe, o.add, o.rem, (err, bytes) => {
      if (err) callback(jobError(err));
      else callback(undefined, primeResult(bytes, o.bigint));
    });
  } catch (e) {
    throw nodeError(e);
  }
}

function checkPrimeChecks(options) {
  if (options === null || typeof options !== 'object') {
    throw invalidArgType('options', 'of type object', options);
  }
  const { checks = 0 } = options;
  validateInt32(checks, 'options.checks', 0, 2147483647);
  return checks;
}

function checkPrimeSync(candidate, options = {}) {
  const bytes = primeBytes(candidate, 'candidate');
  const checks = checkPrimeChecks(options);
  try {
    return native.checkPrime(bytes, checks)[0] === 1;
  } catch (e) {
    throw jobError(e);
  }
}

function checkPrime(candidate, options = {}, callback) {
  const bytes = primeBytes(candidate, 'candidate');
  if (typeof options === 'function') {
    callback = options;
    options = {};
  }
  validateFunction(callback, 'callback');
  const checks = checkPrimeChecks(options);
  native.checkPrime(bytes, checks, (err, r) => {
    if (err) callback(jobError(err));
    else callback(undefined, r[0] === 1);
  });
}

// publicEncrypt & co.: RSA with OAEP (sha1 by default) or PKCS#1 v1.5 padding.
function rsaCipher(op, priv, defaultPadding) {
  return function rsaCrypt(key, buffer) {
    const input = keyInput(key, 'key');
    let k;
    if (input.keyObject) {
      k = input.keyObject;
    } else if (priv) {
      k = importKey(input, true);
    } else {
      // A public operation takes a private key too (its public half).
      k = createPublicKey(key);
    }
    const o = input.options;
    const padding = o.padding === undefined ? defaultPadding : o.padding;
    if (op === 1 && padding === 1) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', 'RSA_PKCS1_PADDING is no longer ' +
                       'supported for private decryption, this can be reverted with ' +
                       '--security-revert=CVE-2023-46809');
    }
    const oaepHash = o.oaepHash === undefined ? 'sha1' : o.oaepHash;
    if (typeof oaepHash !== 'string') {
      throw invalidArgType('key.oaepHash', 'of type string', oaepHash);
    }
    const label = o.oaepLabel === undefined ? undefined : binaryLike(o.oaepLabel, 'key.oaepLabel');
    const data = binaryLike(buffer, 'buffer');
    return toBuffer(native.rsaCrypt(k[kKeyBytes], k.type === 'private', op, data, padding,
                                    oaepHash, label));
  };
}
const publicEncrypt = rsaCipher(0, false, 4);
const privateDecrypt = rsaCipher(1, true, 4);
const privateEncrypt = rsaCipher(2, true, 1);
const publicDecrypt = rsaCipher(3, false, 1);

// The bytes of a secret KeyObject given as a key, else [v] itself.
function keyMaterial(v) {
  return v instanceof SecretKeyObject ? v[kKeyBytes] : v;
}

// ---- streams ------------------------------------------------------------------

// Hash, Hmac and the ciphers are Transform streams whose stream state is
// made on first use, so that plain update()/digest() pay nothing for it
// (node's LazyTransform).
function LazyTransform(options) {
  this._options = options;
}
Object.setPrototypeOf(LazyTransform.prototype, Transform.prototype);
Object.setPrototypeOf(LazyTransform, Transform);

for (const name of ['_readableState', '_writableState']) {
  Object.defineProperty(LazyTransform.prototype, name, {
    get() {
      Transform.call(this, this._options);
      this._writableState.decodeStrings = false;
      return this[name];
    },
    set(value) {
      Object.defineProperty(this, name, {
        value, enumerable: true, configurable: true, writable: true,
      });
    },
    enumerable: true,
    configurable: true,
  });
}

// ---- Hash and Hmac -----------------------------------------------------------

const kHandle = Symbol('kHandle');
const kState = Symbol('kState');

function Hash(algorithm, options) {
  if (!(this instanceof Hash)) return new Hash(algorithm, options);
  let xofLen = -1;
  if (algorithm instanceof Hash) {
    // copy(): the handle is made by Hash.prototype.copy.
    this[kHandle] = options;
    this[kState] = { finalized: false };
    LazyTransform.call(this, undefined);
    return;
  }
  validateString(algorithm, 'algorithm');
  if (options && options.outputLength !== undefined) {
    validateUint32(options.outputLength, 'options.outputLength');
    xofLen = options.outputLength;
  }
  const handle = native.hashNew(algorithm, xofLen);
  if (handle === undefined) throw new Error('Digest method not supported');
  this[kHandle] = handle;
  this[kState] = { finalized: false };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hash.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hash, LazyTransform);

Hash.prototype.copy = function copy(options) {
  if (this[kState].finalized) {
    throw codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
  }
  let xofLen = -1;
  if (options && options.outputLength !== undefined) {
    validateUint32(options.outputLength, 'options.outputLength');
    xofLen = options.outputLength;
  }
  return new Hash(this, native.hashCopy(this[kHandle], xofLen));
};

Hash.prototype._transform = function _transform(chunk, encoding, callback) {
  native.hashUpdate(this[kHandle], bytesOf(chunk, encoding));
  callback();
};

// The stream's digest stays for a later digest() call (node caches it);
// an Hmac's later digest() is empty.
Hash.prototype._flush = function _flush(callback) {
  const bytes = native.hashDigest(this[kHandle]);
  if (this instanceof Hmac) this[kState].finalized = true;
  else this[kState].cached = bytes;
  this.push(toBuffer(bytes));
  callback();
};

Hash.prototype.update = function update(data, encoding) {
  if (this[kState].finalized) {
    throw codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
  }
  validateData(data, 'data');
  validateEncoding(data, encoding);
  native.hashUpdate(this[kHandle], bytesOf(data, encoding));
  return this;
};

Hash.prototype.digest = function digest(outputEncoding) {
  if (this[kState].finalized) {
    throw codedError(Error, 'ERR_CRYPTO_HASH_FINALIZED', 'Digest already called');
  }
  const state = this[kState];
  state.finalized = true;
  if (state.cached) return output(state.cached, outputEncoding);
  return output(native.hashDigest(this[kHandle]), outputEncoding);
};

function Hmac(hmac, key, options) {
  if (!(this instanceof Hmac)) return new Hmac(hmac, key, options);
  validateString(hmac, 'hmac');
  const k = binaryLike(keyMaterial(key), 'key', 'DataView, KeyObject, or CryptoKey');
  const handle = native.hmacNew(hmac, k);
  if (handle === undefined) {
    throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: ' + hmac);
  }
  this[kHandle] = handle;
  this[kState] = { finalized: false };
  LazyTransform.call(this, options);
}
Object.setPrototypeOf(Hmac.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Hmac, LazyTransform);

Hmac.prototype.update = Hash.prototype.update;
Hmac.prototype._transform = Hash.prototype._transform;
Hmac.prototype._flush = Hash.prototype._flush;

// A second digest() of an Hmac gives an empty result, as in node.
Hmac.prototype.digest = function digest(outputEncoding) {
  const state = this[kState];
  if (state.finalized) return output(new ArrayBuffer(0), outputEncoding);
  state.finalized = true;
  return output(native.hashDigest(this[kHandle]), outputEncoding);
};

function createHash(algorithm, options) {
  return new Hash(algorithm, options);
}

function createHmac(hmac, key, options) {
  return new Hmac(hmac, key, options);
}

// hash(algorithm, data[, outputEncoding]): a one-shot digest, hex by default.
function hash(algorithm, input, outputEncoding = 'hex') {
  validateString(algorithm, 'algorithm');
  if (typeof input !== 'string' && !isView(input)) {
    throw invalidArgType('input', 'of type string or an instance of Buffer, ' +
                         'TypedArray, or DataView', input);
  }
  let enc = outputEncoding;
  if (outputEncoding !== 'buffer') {
    validateString(outputEncoding, 'outputEncoding');
    enc = normalizeEncoding(outputEncoding);
    if (enc === undefined) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', "The argument 'outputEncoding' " +
                       "is invalid. Received '" + outputEncoding + "'");
    }
  }
  const h = native.hashNew(algorithm, -1);
  if (h === undefined) throw new Error('Digest method ' + algorithm + ' is not supported');
  native.hashUpdate(h, bytesOf(input, 'utf8'));
  return output(native.hashDigest(h), enc);
}

const HASHES = [
  'RSA-MD5', 'RSA-RIPEMD160', 'RSA-SHA1', 'RSA-SHA1-2', 'RSA-SHA224', 'RSA-SHA256',
  'RSA-SHA3-224', 'RSA-SHA3-256', 'RSA-SHA3-384', 'RSA-SHA3-512', 'RSA-SHA384',
  'RSA-SHA512', 'RSA-SHA512/224', 'RSA-SHA512/256', 'RSA-SM3', 'blake2b512',
  'blake2s256', 'id-rsassa-pkcs1-v1_5-with-sha3-224',
  'id-rsassa-pkcs1-v1_5-with-sha3-256', 'id-rsassa-pkcs1-v1_5-with-sha3-384',
  'id-rsassa-pkcs1-v1_5-with-sha3-512', 'md5', 'md5-sha1', 'md5WithRSAEncryption',
  'ripemd', 'ripemd160', 'ripemd160WithRSA', 'rmd160', 'sha1',
  'sha1WithRSAEncryption', 'sha224', 'sha224WithRSAEncryption', 'sha256',
  'sha256WithRSAEncryption', 'sha3-224', 'sha3-256', 'sha3-384', 'sha3-512',
  'sha384', 'sha384WithRSAEncryption', 'sha512', 'sha512-224',
  'sha512-224WithRSAEncryption', 'sha512-256', 'sha512-256WithRSAEncryption',
  'sha512WithRSAEncryption', 'shake128', 'shake256', 'sm3', 'sm3WithRSAEncryption',
  'ssl3-md5', 'ssl3-sha1',
];

// Node's list (OpenSSL 3.0's names), filtered by what this libcrypto has.
let hashList;
function getHashes() {
  if (!hashList) hashList = HASHES.filter((n) => native.digestSize(n) >= 0);
  return hashList.slice();
}

const CIPHERS = (
  'aes-128-cbc aes-128-cbc-hmac-sha1 aes-128-cbc-hmac-sha256 aes-128-ccm ' +
  'aes-128-cfb aes-128-cfb1 aes-128-cfb8 aes-128-ctr aes-128-ecb aes-128-gcm ' +
  'aes-128-ocb aes-128-ofb aes-128-xts aes-192-cbc aes-192-ccm aes-192-cfb ' +
  'aes-192-cfb1 aes-192-cfb8 aes-192-ctr aes-192-ecb aes-192-gcm aes-192-ocb ' +
  'aes-192-ofb aes-256-cbc aes-256-cbc-hmac-sha1 aes-256-cbc-hmac-sha256 ' +
  'aes-256-ccm aes-256-cfb aes-256-cfb1 aes-256-cfb8 aes-256-ctr aes-256-ecb ' +
  'aes-256-gcm aes-256-ocb aes-256-ofb aes-256-xts aes128 aes128-wrap aes192 ' +
  'aes192-wrap aes256 aes256-wrap aria-128-cbc aria-128-ccm aria-128-cfb ' +
  'aria-128-cfb1 aria-128-cfb8 aria-128-ctr aria-128-ecb aria-128-gcm ' +
  'aria-128-ofb aria-192-cbc aria-192-ccm aria-192-cfb aria-192-cfb1 ' +
  'aria-192-cfb8 aria-192-ctr aria-192-ecb aria-192-gcm aria-192-ofb ' +
  'aria-256-cbc aria-256-ccm aria-256-cfb aria-256-cfb1 aria-256-cfb8 ' +
  'aria-256-ctr aria-256-ecb aria-256-gcm aria-256-ofb aria128 aria192 aria256 ' +
  'camellia-128-cbc camellia-128-cfb camellia-128-cfb1 camellia-128-cfb8 ' +
  'camellia-128-ctr camellia-128-ecb camellia-128-ofb camellia-192-cbc ' +
  'camellia-192-cfb camellia-192-cfb1 camellia-192-cfb8 camellia-192-ctr ' +
  'camellia-192-ecb camellia-192-ofb camellia-256-cbc camellia-256-cfb ' +
  'camellia-256-cfb1 camellia-256-cfb8 camellia-256-ctr camellia-256-ecb ' +
  'camellia-256-ofb camellia128 camellia192 camellia256 chacha20 ' +
  'chacha20-poly1305 des-ede des-ede-cbc des-ede-cfb des-ede-ecb des-ede-ofb ' +
  'des-ede3 des-ede3-cbc des-ede3-cfb des-ede3-cfb1 des-ede3-cfb8 des-ede3-ecb ' +
  'des-ede3-ofb des3 des3-wrap id-aes128-CCM id-aes128-GCM id-aes128-wrap ' +
  'id-aes128-wrap-pad id-aes192-CCM id-aes192-GCM id-aes192-wrap ' +
  'id-aes192-wrap-pad id-aes256-CCM id-aes256-GCM id-aes256-wrap ' +
  'id-aes256-wrap-pad id-smime-alg-CMS3DESwrap sm4 sm4-cbc sm4-cfb sm4-ctr ' +
  'sm4-ecb sm4-ofb').split(' ');

// The elliptic curves node 20 lists (OpenSSL 3's built-in curves).
const CURVES = [
  'Oakley-EC2N-3', 'Oakley-EC2N-4', 'SM2', 'brainpoolP160r1', 'brainpoolP160t1',
  'brainpoolP192r1', 'brainpoolP192t1', 'brainpoolP224r1', 'brainpoolP224t1',
  'brainpoolP256r1', 'brainpoolP256t1', 'brainpoolP320r1', 'brainpoolP320t1',
  'brainpoolP384r1', 'brainpoolP384t1', 'brainpoolP512r1', 'brainpoolP512t1', 'c2pnb163v1',
  'c2pnb163v2', 'c2pnb163v3', 'c2pnb176v1', 'c2pnb208w1', 'c2pnb272w1', 'c2pnb304w1',
  'c2pnb368w1', 'c2tnb191v1', 'c2tnb191v2', 'c2tnb191v3', 'c2tnb239v1', 'c2tnb239v2',
  'c2tnb239v3', 'c2tnb359v1', 'c2tnb431r1', 'prime192v1', 'prime192v2', 'prime192v3',
  'prime239v1', 'prime239v2', 'prime239v3', 'prime256v1', 'secp112r1', 'secp112r2',
  'secp128r1', 'secp128r2', 'secp160k1', 'secp160r1', 'secp160r2', 'secp192k1',
  'secp224k1', 'secp224r1', 'secp256k1', 'secp384r1', 'secp521r1', 'sect113r1',
  'sect113r2', 'sect131r1', 'sect131r2', 'sect163k1', 'sect163r1', 'sect163r2',
  'sect193r1', 'sect193r2', 'sect233k1', 'sect233r1', 'sect239k1', 'sect283k1',
  'sect283r1', 'sect409k1', 'sect409r1', 'sect571k1', 'sect571r1',
  'wap-wsg-idm-ecid-wtls1', 'wap-wsg-idm-ecid-wtls10', 'wap-wsg-idm-ecid-wtls11',
  'wap-wsg-idm-ecid-wtls12', 'wap-wsg-idm-ecid-wtls3', 'wap-wsg-idm-ecid-wtls4',
  'wap-wsg-idm-ecid-wtls5', 'wap-wsg-idm-ecid-wtls6', 'wap-wsg-idm-ecid-wtls7',
  'wap-wsg-idm-ecid-wtls8', 'wap-wsg-idm-ecid-wtls9',
];
function getCurves() { return CURVES.slice(); }

let cipherList;
function getCiphers() {
  if (!cipherList) cipherList = CIPHERS.filter((n) => native.cipherInfo(n) !== undefined);
  return cipherList.slice();
}

function getCipherInfo(nameOrNid, options) {
  if (typeof nameOrNid !== 'string') {
    throw invalidArgType('nameOrNid', 'of type string or number', nameOrNid);
  }
  const info = native.cipherInfo(nameOrNid);
  if (info === undefined) return undefined;
  if (options !== undefined) {
    if (options === null || typeof options !== 'object') {
      throw invalidArgType('options', 'of type object', options);
    }
    if (options.keyLength !== undefined && options.keyLength !== info[0]) return undefined;
    if (options.ivLength !== undefined && options.ivLength !== info[1]) return undefined;
  }
  const out = { mode: info[2], name: info[5].toLowerCase(), nid: info[4],
                blockSize: info[3] };
  if (info[1] > 0) out.ivLength = info[1];
  out.keyLength = info[0];
  return out;
}

// ---- ciphers --------------------------------------------------------------

function isAuthMode(mode) {
  return mode === 'gcm' || mode === 'ccm' || mode === 'ocb' || mode === 'chacha20-poly1305';
}

function validTagLength(mode, n) {
  if (mode === 'gcm') return n === 4 || n === 8 || (n >= 12 && n <= 16);
  if (mode === 'ccm') return n >= 4 && n <= 16 && n % 2 === 0;
  return n >= 1 && n <= 16;
}

function invalidTagLength(n) {
  return codedError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG',
                    'Invalid authentication tag length: ' + n);
}

function initCipher(self, cipher, key, iv, options, encrypt) {
  validateString(cipher, 'cipher');
  const k = binaryLike(keyMaterial(key), 'key', 'DataView, KeyObject, or CryptoKey');
  let v = null;
  if (iv !== null) {
    if (typeof iv !== 'string' && !isView(iv) && !isAnyArrayBuffer(iv)) {
      throw invalidArgType('iv', 'of type string or an instance of ArrayBuffer, ' +
                           'Buffer, TypedArray, or DataView', iv);
    }
    v = binaryLike(iv, 'iv');
  }
  const info = native.cipherInfo(cipher);
  if (info === undefined) throw codedError(Error, 'ERR_CRYPTO_UNKNOWN_CIPHER', 'Unknown cipher');
  const [keyLength, ivLength, mode] = info;
  const auth = isAuthMode(mode);
  let tagLength = 16;
  if (options && options.authTagLength !== undefined) {
    validateUint32(options.authTagLength, 'options.authTagLength');
    tagLength = options.authTagLength;
    if (auth && !validTagLength(mode, tagLength)) throw invalidTagLength(tagLength);
  } else if (mode === 'ccm') {
    throw codedError(TypeError, 'ERR_CRYPTO_INVALID_AUTH_TAG',
                     'authTagLength required for ' + cipher);
  }
  if (byteLength(k) !== keyLength && mode !== 'xts') {
    throw codedError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  }
  const ivLen = v === null ? -1 : byteLength(v);
  const ivOk = auth ? ivLen > 0 && (mode !== 'ccm' || (ivLen >= 7 && ivLen <= 13)) &&
                          (mode !== 'chacha20-poly1305' || ivLen <= 12)
                    : ivLength === 0 ? ivLen <= 0 : ivLen === ivLength;
  if (!ivOk) {
    throw codedError(TypeError, 'ERR_CRYPTO_INVALID_IV', 'Invalid initialization vector');
  }
  self[kHandle] = native.cipherNew(cipher, k, ivLength === 0 ? null : v, encrypt, tagLength);
  self[kState] = { mode, auth, tagLength, finalized: false, tag: undefined, tagSet: false,
                   decoder: undefined };
  self._decoder = null;
  LazyTransform.call(self, options);
}

function cipherTransform(chunk, encoding, callback) {
  this.push(cipherUpdate.call(this, chunk, encoding));
  callback();
}

function cipherFlush(callback) {
  try {
    this.push(cipherFinal.call(this));
  } catch (e) {
    callback(e);
    return;
  }
  callback();
}

function cipherUpdate(data, inputEncoding, outputEncoding) {
  const state = this[kState];
  if (typeof data === 'string') {
    validateEncoding(data, inputEncoding);
    data = bytesOf(data, inputEncoding);
  } else if (!isView(data)) {
    throw invalidArgType('data', 'of type string or an instance of Buffer, ' +
                         'TypedArray, or DataView', data);
  }
  const outEnc = checkOutputEncoding(outputEncoding);
  if (state.finalized) throw new Error('Trying to add data in unsupported state');
  let ab;
  if (state.mode === 'ccm' && !state.encrypt) {
    // CCM checks the tag in update(); node reports the failure from final().
    try {
      ab = native.cipherUpdate(this[kHandle], data);
    } catch (e) {
      state.authFailed = true;
      ab = new ArrayBuffer(0);
    }
  } else {
    ab = native.cipherUpdate(this[kHandle], data);
  }
  return cipherOutput(this, ab, outEnc);
}

function checkOutputEncoding(enc) {
  if (enc === undefined || enc === null || enc === 'buffer') return undefined;
  const e = normalizeEncoding(enc);
  if (!e) throw codedError(TypeError, 'ERR_UNKNOWN_ENCODING', 'Unknown encoding: ' + enc);
  return e;
}

// String output across update() calls holds back what does not make a
// whole unit yet, as node's StringDecoder does: an incomplete UTF-8
// character, base64's bytes past a multiple of 3, utf16le's odd byte.
function cipherOutput(self, ab, enc) {
  if (enc === undefined) return toBuffer(ab);
  if (enc === 'hex' || enc === 'latin1' || enc === 'ascii') return native.encode(ab, enc);
  const state = self[kState];
  let bytes = ab;
  if (state.decoder && state.decoder.length) {
    const joined = new Uint8Array(state.decoder.length + bytes.length);
    joined.set(state.decoder, 0);
    joined.set(bytes, state.decoder.length);
    bytes = joined;
  }
  let cut = bytes.length;
  if (enc === 'base64' || enc === 'base64url') {
    cut -= bytes.length % 3;
  } else if (enc === 'utf16le') {
    cut -= bytes.length % 2;
  } else {
    for (let i = bytes.length - 1, seen = 0; i >= 0 && seen < 4; i--, seen++) {
      const b = bytes[i];
      if ((b & 0xc0) === 0x80) continue;
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      if (bytes.length - i < need) cut = i;
      break;
    }
  }
  state.decoder = bytes.slice(cut);
  return native.encode(bytes.subarray(0, cut), enc);
}

function cipherFinal(outputEncoding) {
  const state = this[kState];
  const outEnc = checkOutputEncoding(outputEncoding);
  if (state.finalized) throw stateError();
  state.finalized = true;
  const handle = this[kHandle];
  const ab = state.authFailed ? null : native.cipherFinal(handle);
  if (ab === null) {
    native.cipherFree(handle);
    throw new Error(state.encrypt ? 'Unsupported state'
                                  : 'Unsupported state or unable to authenticate data');
  }
  if (state.auth && state.encrypt) state.tag = native.cipherGetTag(handle);
  native.cipherFree(handle);
  if (outEnc !== undefined) {
    const out = cipherOutput(this, ab, outEnc);
    const rest = state.decoder && state.decoder.length ? native.encode(state.decoder, outEnc)
                                                       : '';
    state.decoder = undefined;
    return out + rest;
  }
  return cipherOutput(this, ab, outEnc);
}

function cipherSetAutoPadding(ap) {
  if (this[kState].finalized) throw stateError('setAutoPadding');
  native.cipherSetPadding(this[kHandle], ap === undefined ? true : !!ap);
  return this;
}

function cipherSetAAD(aadbuf, options) {
  const state = this[kState];
  const buf = binaryLike(aadbuf, 'buffer');
  let plaintextLength = -1;
  if (options && options.plaintextLength !== undefined) {
    validateInt32(options.plaintextLength, 'options.plaintextLength', 0, 2147483647);
    plaintextLength = options.plaintextLength;
  }
  if (state.finalized || !state.auth ||
      !native.cipherSetAAD(this[kHandle], buf, plaintextLength)) {
    throw stateError('setAAD');
  }
  return this;
}

function Cipheriv(cipher, key, iv, options) {
  if (!(this instanceof Cipheriv)) return new Cipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, true);
  this[kState].encrypt = true;
}

Object.setPrototypeOf(Cipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Cipheriv, LazyTransform);
Cipheriv.prototype._transform = cipherTransform;
Cipheriv.prototype._flush = cipherFlush;
Cipheriv.prototype.update = cipherUpdate;
Cipheriv.prototype.final = cipherFinal;
Cipheriv.prototype.setAutoPadding = cipherSetAutoPadding;
Cipheriv.prototype.getAuthTag = function getAuthTag() {
  const state = this[kState];
  if (!state.finalized || state.tag === undefined) throw stateError('getAuthTag');
  return toBuffer(state.tag);
};
Cipheriv.prototype.setAAD = cipherSetAAD;

function Decipheriv(cipher, key, iv, options) {
  if (!(this instanceof Decipheriv)) return new Decipheriv(cipher, key, iv, options);
  initCipher(this, cipher, key, iv, options, false);
  this[kState].encrypt = false;
}

Object.setPrototypeOf(Decipheriv.prototype, LazyTransform.prototype);
Object.setPrototypeOf(Decipheriv, LazyTransform);
Decipheriv.prototype._transform = cipherTransform;
Decipheriv.prototype._flush = cipherFlush;
Decipheriv.prototype.update = cipherUpdate;
Decipheriv.prototype.final = cipherFinal;
Decipheriv.prototype.setAutoPadding = cipherSetAutoPadding;
Decipheriv.prototype.setAuthTag = function setAuthTag(tagbuf, encoding) {
  const state = this[kState];
  const tag = typeof tagbuf === 'string' ? bytesOf(tagbuf, encoding) : tagbuf;
  if (!isView(tag) && !isAnyArrayBuffer(tag)) {
    throw invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', tagbuf);
  }
  if (!state.auth || state.finalized || state.tagSet) throw stateError('setAuthTag');
  const n = byteLength(tag);
  if (!validTagLength(state.mode, n) ||
      (this._options && this._options.authTagLength !== undefined &&
       n !== state.tagLength)) {
    throw invalidTagLength(n);
  }
  if (!native.cipherSetTag(this[kHandle], tag)) throw stateError('setAuthTag');
  state.tagSet = true;
  return this;
};
Decipheriv.prototype.setAAD = cipherSetAAD;

function createCipheriv(cipher, key, iv, options) {
  return new Cipheriv(cipher, key, iv, options);
}

function createDecipheriv(cipher, key, iv, options) {
  return new Decipheriv(cipher, key, iv, options);
}

// ---- random -------------------------------------------------------------------

const kMaxLength = 2147483647;

function assertSize(size) {
  validateNumber(size, 'size');
  if (!(size >= 0 && size <= kMaxLength)) {
    throw outOfRange('size', '>= 0 && <= ' + kMaxLength, size);
  }
  return size >>> 0;
}

function randomBytes(size, callback) {
  size = assertSize(size);
  if (callback !== undefined) validateFunction(callback, 'callback');
  const buf = Buffer.alloc(size);
  if (callback === undefined) {
    native.randomFill(buf, 0, size);
    return buf;
  }
  native.randomFill(buf, 0, size, (err) => callback.call(undefined, err, buf));
}

function validateFillBuffer(buf) {
  if (!isView(buf) && !isAnyArrayBuffer(buf)) {
    throw invalidArgType('buf', 'an instance of ArrayBuffer or ArrayBufferView', buf);
  }
}

function fillRange(buf, offset, size) {
  const elementSize = buf.BYTES_PER_ELEMENT || 1;
  const total = byteLength(buf);
  if (offset === undefined) offset = 0;
  validateNumber(offset, 'offset');
  offset *= elementSize;
  const maxLength = total;
  if (!(offset >= 0 && offset <= maxLength)) {
    throw outOfRange('offset', '>= 0 && <= ' + maxLength, offset);
  }
  if (size === undefined) {
    size = total - offset;
  } else {
    validateNumber(size, 'size');
    size *= elementSize;
    if (!(size >= 0 && size <= kMaxLength)) {
      throw outOfRange('size', '>= 0 && <= ' + kMaxLength, size);
    }
    if (size + offset > total) {
      throw outOfRange('size + offset', '<= ' + total, size + offset);
    }
  }
  return [Math.floor(offset), Math.floor(size)];
}

function randomFillSync(buf, offset, size) {
  validateFillBuffer(buf);
  const [off, n] = fillRange(buf, offset, size);
  native.randomFill(buf, off, n);
  return buf;
}

function randomFill(buf, offset, size, callback) {
  validateFillBuffer(buf);
  if (typeof offset === 'function') {
    callback = offset;
    offset = undefined;
    size = undefined;
  } else if (typeof size === 'function') {
    callback = size;
    size = undefined;
  }
  validateFunction(callback, 'callback');
  const [off, n] = fillRange(buf, offset, size);
  native.randomFill(buf, off, n, (err) => callback.call(undefined, err, buf));
}

const RAND_MAX = 0xFFFFFFFFFFFF;  // 2^48 - 1

// randomInt([min, ]max[, callback]): uniform in [min, max) by rejection
// sampling 48-bit values, like node.
function randomInt(min, max, callback) {
  const minNotSpecified = typeof max === 'undefined' || typeof max === 'function';
  if (minNotSpecified) {
    callback = max;
    max = min;
    min = 0;
  }
  const isSync = typeof callback === 'undefined';
  if (!isSync) validateFunction(callback, 'callback');
  if (!Number.isSafeInteger(min)) {
    throw invalidArgType('min', 'a safe integer', min);
  }
  if (!Number.isSafeInteger(max)) {
    throw invalidArgType('max', 'a safe integer', max);
  }
  if (max <= min) {
    throw codedError(RangeError, 'ERR_OUT_OF_RANGE',
                     'The value of "max" is out of range. It must be greater than ' +
                     'the value of "min" (' + min + '). Received ' + max);
  }
  const range = max - min;
  if (!(range <= RAND_MAX)) {
    throw outOfRange('max' + (minNotSpecified ? '' : ' - min'), '<= ' + RAND_MAX, range);
  }
  const limit = RAND_MAX - (RAND_MAX % range);
  const pick = () => {
    const b = new Uint8Array(6);
    for (;;) {
      native.randomFill(b, 0, 6);
      const x = b[0] * 2 ** 40 + b[1] * 2 ** 32 + b[2] * 2 ** 24 + b[3] * 2 ** 16 +
                b[4] * 2 ** 8 + b[5];
      if (x < limit) return min + (x % range);
    }
  };
  if (isSync) return pick();
  const b = new Uint8Array(0);
  native.randomFill(b, 0, 0, () => callback(undefined, pick()));
}

function randomUUID(options) {
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw invalidArgType('options', 'of type object', options);
  }
  if (options && options.disableEntropyCache !== undefined &&
      typeof options.disableEntropyCache !== 'boolean') {
    throw invalidArgType('options.disableEntropyCache', 'of type boolean',
                         options.disableEntropyCache);
  }
  const b = new Uint8Array(16);
  native.randomFill(b, 0, 16);
  b[6] = (b[6] & 0x0f) | 0x40;
  b[8] = (b[8] & 0x3f) | 0x80;
  const h = native.encode(b, 'hex');
  return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' +
         h.slice(16, 20) + '-' + h.slice(20);
}

function isIntegerTypedArray(v) {
  return v instanceof Int8Array || v instanceof Uint8Array ||
         v instanceof Uint8ClampedArray || v instanceof Int16Array ||
         v instanceof Uint16Array || v instanceof Int32Array ||
         v instanceof Uint32Array ||
         (typeof BigInt64Array === 'function' && v instanceof BigInt64Array) ||
         (typeof BigUint64Array === 'function' && v instanceof BigUint64Array);
}

function getRandomValues(data) {
  if (!isIntegerTypedArray(data)) {
    throw domException('The data argument must be an integer-type TypedArray',
                       'TypeMismatchError', 17);
  }
  if (data.byteLength > 65536) {
    throw domException('The requested length exceeds 65,536 bytes', 'QuotaExceededError', 22);
  }
  native.randomFill(data, 0, data.byteLength);
  return data;
}

function timingSafeEqual(buf1, buf2) {
  if (!isView(buf1) && !isAnyArrayBuffer(buf1)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "buf1" argument must be an ' +
                     'instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
  }
  if (!isView(buf2) && !isAnyArrayBuffer(buf2)) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'The "buf2" argument must be an ' +
                     'instance of ArrayBuffer, Buffer, TypedArray, or DataView.');
  }
  if (byteLength(buf1) !== byteLength(buf2)) {
    throw codedError(RangeError, 'ERR_CRYPTO_TIMING_SAFE_EQUAL_LENGTH',
                     'Input buffers must have the same byte length');
  }
  const a = isView(buf1) ? new Uint8Array(buf1.buffer, buf1.byteOffset, buf1.byteLength)
                         : new Uint8Array(buf1);
  const b = isView(buf2) ? new Uint8Array(buf2.buffer, buf2.byteOffset, buf2.byteLength)
                         : new Uint8Array(buf2);
  let diff = 0;
  for (let i = 0; i < a.length; i++) diff |= a[i] ^ b[i];
  return diff === 0;
}

// ---- key derivation -------------------------------------------------------

function kdfBytes(v, name) {
  return binaryLike(v, name);
}

function pbkdf2Args(password, salt, iterations, keylen, digest) {
  validateString(digest, 'digest');
  const p = kdfBytes(password, 'password');
  const s = kdfBytes(salt, 'salt');
  validateInt32(iterations, 'iterations', 1, kMaxLength);
  validateInt32(keylen, 'keylen', 0, kMaxLength);
  if (native.digestSize(digest) < 0) {
    throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: ' + digest);
  }
  return [p, s];
}

function pbkdf2Sync(password, salt, iterations, keylen, digest) {
  const [p, s] = pbkdf2Args(password, salt, iterations, keylen, digest);
  return toBuffer(native.pbkdf2(p, s, iterations, keylen, digest));
}

function pbkdf2(password, salt, iterations, keylen, digest, callback) {
  if (typeof digest === 'function') {
    callback = digest;
    digest = undefined;
  }
  const [p, s] = pbkdf2Args(password, salt, iterations, keylen, digest);
  validateFunction(callback, 'callback');
  native.pbkdf2(p, s, iterations, keylen, digest, (err, ab) => {
    if (err) return callback.call(undefined, err);
    callback.call(undefined, null, toBuffer(ab));
  });
}

const scryptDefaults = { N: 16384, r: 8, p: 1, maxmem: 32 << 20 };

function scryptParams(options) {
  let { N, r, p, maxmem } = scryptDefaults;
  if (options && options !== scryptDefaults) {
    const has = (v) => v !== undefined;
    const pick = (a, b, name, bname) => {
      if (has(a) && has(b)) {
        throw codedError(Error, 'ERR_CRYPTO_SCRYPT_INVALID_PARAMETER',
                         'Invalid scrypt parameter');
      }
      const v = has(a) ? a : b;
      const n = has(a) ? name : bname;
      if (has(v)) validateUint32(v, n);
      return v;
    };
    const n1 = pick(options.N, options.cost, 'N', 'cost');
    if (n1 !== undefined) N = n1;
    const r1 = pick(options.r, options.blockSize, 'r', 'blockSize');
    if (r1 !== undefined) r = r1;
    const p1 = pick(options.p, options.parallelization, 'p', 'parallelization');
    if (p1 !== undefined) p = p1;
    if (options.maxmem !== undefined) {
      maxmem = options.maxmem;
      validateNumber(maxmem, 'maxmem');
      if (!Number.isSafeInteger(maxmem) || maxmem < 0) {
        throw outOfRange('maxmem', '>= 0 && <= 9007199254740991', maxmem);
      }
    }
    if (N === 0) N = scryptDefaults.N;
    if (r === 0) r = scryptDefaults.r;
    if (p === 0) p = scryptDefaults.p;
    if (maxmem === 0) maxmem = scryptDefaults.maxmem;
  }
  const problem = native.scryptCheck(N, r, p, maxmem);
  if (problem !== '' || N < 2 || (N & (N - 1)) !== 0) {
    throw codedError(RangeError, 'ERR_CRYPTO_INVALID_SCRYPT_PARAMS',
                     'Invalid scrypt params' + (problem ? ': ' + problem : ''));
  }
  return { N, r, p, maxmem };
}

function scryptArgs(password, salt, keylen, options) {
  const pw = kdfBytes(password, 'password');
  const s = kdfBytes(salt, 'salt');
  validateInt32(keylen, 'keylen', 0, kMaxLength);
  return [pw, s, scryptParams(options)];
}

function scryptSync(password, salt, keylen, options) {
  const [pw, s, o] = scryptArgs(password, salt, keylen, options);
  return toBuffer(native.scrypt(pw, s, keylen, o.N, o.r, o.p, o.maxmem));
}

function scrypt(password, salt, keylen, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  const [pw, s, o] = scryptArgs(password, salt, keylen, options);
  validateFunction(callback, 'callback');
  native.scrypt(pw, s, keylen, o.N, o.r, o.p, o.maxmem, (err, ab) => {
    if (err) return callback.call(undefined, err);
    callback.call(undefined, null, toBuffer(ab));
  });
}

function hkdfBytes(v, name) {
  if (typeof v !== 'string' && !isView(v) && !isAnyArrayBuffer(v)) {
    throw invalidArgType(name, 'of type string or an instance of ArrayBuffer, ' +
                         'TypedArray, DataView, or Buffer', v);
  }
  return binaryLike(v, name);
}

function hkdfArgs(digest, ikm, salt, info, keylen) {
  validateString(digest, 'digest');
  ikm = keyMaterial(ikm);
  if (typeof ikm !== 'string' && !isView(ikm) && !isAnyArrayBuffer(ikm)) {
    throw invalidArgType('ikm', 'of type string or an instance of SecretKeyObject, ' +
                         'ArrayBuffer, TypedArray, DataView, or Buffer', ikm);
  }
  const k = binaryLike(ikm, 'ikm');
  const s = hkdfBytes(salt, 'salt');
  const i = hkdfBytes(info, 'info');
  validateInt32(keylen, 'length', 0, 4294967296);
  if (byteLength(i) > 1024) {
    throw outOfRange('info', 'must not contain more than 1024 bytes', byteLength(i));
  }
  const size = native.digestSize(digest);
  if (size < 0) {
    throw codedError(TypeError, 'ERR_CRYPTO_INVALID_DIGEST', 'Invalid digest: ' + digest);
  }
  if (keylen > 255 * size) {
    throw codedError(RangeError, 'ERR_CRYPTO_INVALID_KEYLEN', 'Invalid key length');
  }
  return [k, s, i];
}

function hkdfSync(digest, ikm, salt, info, keylen) {
  const [k, s, i] = hkdfArgs(digest, ikm, salt, info, keylen);
  if (keylen === 0) return new ArrayBuffer(0);
  return native.hkdf(digest, k, s, i, keylen).buffer;
}

function hkdf(digest, ikm, salt, info, keylen, callback) {
  const [k, s, i] = hkdfArgs(digest, ikm, salt, info, keylen);
  validateFunction(callback, 'callback');
  if (keylen === 0) {
    native.randomFill(new Uint8Array(0), 0, 0, () => callback(null, new ArrayBuffer(0)));
    return;
  }
  native.hkdf(digest, k, s, i, keylen, (err, ab) => {
    if (err) return callback.call(undefined, err);
    callback.call(undefined, null, ab.buffer);
  });
}

// ---- Diffie-Hellman and ECDH (stdlib/node/internal_crypto_dh.js) --------------------

const dhModule = require('kiln:internal_crypto_dh');
const { DiffieHellman, DiffieHellmanGroup, ECDH } = dhModule;

function createDiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
}

function createDiffieHellmanGroup(name) { return new DiffieHellmanGroup(name); }

function createECDH(curve) { return new ECDH(curve); }

function diffieHellman(options) {
  return dhModule.statelessDiffieHellman(options, KeyObject, (key) => key[kKeyBytes]);
}

const { X509Certificate } = require('kiln:internal_crypto_x509');

// ---- webcrypto (stdlib/node/internal_crypto_webcrypto.js) ----------------------------

const { subtle, webcrypto } =
  require('kiln:internal_crypto_webcrypto');

// ---- constants ------------------------------------------------------------------

const constants = Object.create(null);
Object.assign(constants, {
  OPENSSL_VERSION_NUMBER: 805306672,
  SSL_OP_ALL: 2147485776,
  SSL_OP_ALLOW_NO_DHE_KEX: 1024,
  SSL_OP_ALLOW_UNSAFE_LEGACY_RENEGOTIATION: 262144,
  SSL_OP_CIPHER_SERVER_PREFERENCE: 4194304,
  SSL_OP_CISCO_ANYCONNECT: 32768,
  SSL_OP_COOKIE_EXCHANGE: 8192,
  SSL_OP_CRYPTOPRO_TLSEXT_BUG: 2147483648,
  SSL_OP_DONT_INSERT_EMPTY_FRAGMENTS: 2048,
  SSL_OP_LEGACY_SERVER_CONNECT: 4,
  SSL_OP_NO_COMPRESSION: 131072,
  SSL_OP_NO_ENCRYPT_THEN_MAC: 524288,
  SSL_OP_NO_QUERY_MTU: 4096,
  SSL_OP_NO_RENEGOTIATION: 1073741824,
  SSL_OP_NO_SESSION_RESUMPTION_ON_RENEGOTIATION: 65536,
  SSL_OP_NO_SSLv2: 0,
  SSL_OP_NO_SSLv3: 33554432,
  SSL_OP_NO_TICKET: 16384,
  SSL_OP_NO_TLSv1: 67108864,
  SSL_OP_NO_TLSv1_1: 268435456,
  SSL_OP_NO_TLSv1_2: 134217728,
  SSL_OP_NO_TLSv1_3: 536870912,
  SSL_OP_PRIORITIZE_CHACHA: 2097152,
  SSL_OP_TLS_ROLLBACK_BUG: 8388608,
  ENGINE_METHOD_RSA: 1,
  ENGINE_METHOD_DSA: 2,
  ENGINE_METHOD_DH: 4,
  ENGINE_METHOD_RAND: 8,
  ENGINE_METHOD_EC: 2048,
  ENGINE_METHOD_CIPHERS: 64,
  ENGINE_METHOD_DIGESTS: 128,
  ENGINE_METHOD_PKEY_METHS: 512,
  ENGINE_METHOD_PKEY_ASN1_METHS: 1024,
  ENGINE_METHOD_ALL: 65535,
  ENGINE_METHOD_NONE: 0,
  DH_CHECK_P_NOT_SAFE_PRIME: 2,
  DH_CHECK_P_NOT_PRIME: 1,
  DH_UNABLE_TO_CHECK_GENERATOR: 4,
  DH_NOT_SUITABLE_GENERATOR: 8,
  RSA_PKCS1_PADDING: 1,
  RSA_NO_PADDING: 3,
  RSA_PKCS1_OAEP_PADDING: 4,
  RSA_X931_PADDING: 5,
  RSA_PKCS1_PSS_PADDING: 6,
  RSA_PSS_SALTLEN_DIGEST: -1,
  RSA_PSS_SALTLEN_MAX_SIGN: -2,
  RSA_PSS_SALTLEN_AUTO: -2,
  defaultCoreCipherList: 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:' +
    'TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:' +
    'ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:' +
    'ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:' +
    'ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:' +
    'DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:' +
    '!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA',
  TLS1_VERSION: 769,
  TLS1_1_VERSION: 770,
  TLS1_2_VERSION: 771,
  TLS1_3_VERSION: 772,
  POINT_CONVERSION_COMPRESSED: 2,
  POINT_CONVERSION_UNCOMPRESSED: 4,
  POINT_CONVERSION_HYBRID: 6,
});
let defaultCipherList = constants.defaultCoreCipherList;
Object.defineProperty(constants, 'defaultCipherList', {
  get() { return defaultCipherList; },
  set(v) { defaultCipherList = v; },
  enumerable: true, configurable: true,
});

module.exports = {
  createCipheriv,
  createDecipheriv,
  createDiffieHellman,
  createDiffieHellmanGroup,
  createECDH,
  createHash,
  createHmac,
  createPrivateKey,
  createPublicKey,
  createSign,
  createVerify,
  createSecretKey,
  getCiphers,
  getCipherInfo,
  generateKey,
  generateKeyPair,
  generateKeyPairSync,
  generateKeySync,
  checkPrime,
  checkPrimeSync,
  generatePrime,
  generatePrimeSync,
  getCurves,
  getDiffieHellman: createDiffieHellmanGroup,
  getHashes,
  diffieHellman,
  hkdf,
  hkdfSync,
  pbkdf2,
  pbkdf2Sync,
  privateDecrypt,
  privateEncrypt,
  publicDecrypt,
  publicEncrypt,
  randomBytes,
  randomFill,
  randomFillSync,
  randomInt,
  randomUUID,
  scrypt,
  scryptSync,
  sign,
  timingSafeEqual,
  verify,
  getFips() { return 0; },
  hash,
  Cipheriv,
  Decipheriv,
  DiffieHellman,
  DiffieHellmanGroup,
  ECDH,
  X509Certificate,
  Hash,
  Hmac,
  Sign,
  Verify,
  KeyObject,
  constants,
  webcrypto,
  subtle,
  getRandomValues,
};

// Deprecated aliases of randomBytes, not enumerable (as in node).
for (const name of ['prng', 'pseudoRandomBytes', 'rng']) {
  let value = randomBytes;
  Object.defineProperty(module.exports, name, {
    get() { return value; },
    set(v) { value = v; },
    enumerable: false, configurable: true,
  });
}
