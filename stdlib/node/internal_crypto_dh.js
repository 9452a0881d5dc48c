// Kiln standard library: node's key agreement classes for crypto.js:
// DiffieHellman (createDiffieHellman), DiffieHellmanGroup (getDiffieHellman,
// createDiffieHellmanGroup) and ECDH (createECDH, ECDH.convertKey), over the
// natives of stdlib/node/crypto_dh.c. Like node's, the classes are functions
// callable without `new`, and keep their OpenSSL object under kHandle.
'use strict';
const native = require('kiln:crypto_dh');
const {
  codedError, invalidArgType, invalidArgValue, callNative, validateInt32, validateString,
  isView, isAnyArrayBuffer,
  toBuffer, stateError,
} = require('kiln:internal_crypto_util');
const { Buffer } = require('buffer');

const kHandle = Symbol('kHandle');
const DH_GENERATOR = 2;
const POINT_CONVERSION_COMPRESSED = 2;
const POINT_CONVERSION_UNCOMPRESSED = 4;
const POINT_CONVERSION_HYBRID = 6;

function mustBeOneOf(name, value) {
  return invalidArgType(name, 'one of type number or string or an instance of ' +
                        'ArrayBuffer, Buffer, TypedArray, or DataView', value);
}

// A string in [encoding] as a Buffer; bytes as they are.
function toBuf(v, encoding) {
  if (typeof v === 'string') return Buffer.from(v, encoding === 'buffer' ? 'utf8' : encoding);
  return v;
}

function bufferOrView(v, name, encoding) {
  if (isAnyArrayBuffer(v)) return new Uint8Array(v);
  if (typeof v === 'string') return toBuf(v, encoding);
  if (!isView(v)) {
    throw invalidArgType(name, 'of type string or an instance of ArrayBuffer, Buffer, ' +
                         'TypedArray, or DataView', v);
  }
  return v;
}

function encode(bytes, encoding) {
  const buf = toBuffer(bytes);
  return encoding && encoding !== 'buffer' ? buf.toString(encoding) : buf;
}

// Native handles dressed as node's (inspect shows "DiffieHellman {
// verifyError: [Getter] }" under kHandle).
function handleClass(name) {
  return { [name]: function () {} }[name];
}
const handleClasses = {
  DiffieHellman: handleClass('DiffieHellman'),
  DiffieHellmanGroup: handleClass('DiffieHellmanGroup'),
  ECDH: handleClass('ECDH'),
};

function dressHandle(handle, name, verifyError) {
  Object.setPrototypeOf(handle, handleClasses[name].prototype);
  if (verifyError !== undefined) {
    Object.defineProperty(handle, 'verifyError', {
      get() { return verifyError; }, enumerable: true, configurable: true,
    });
  }
  return handle;
}

function setVerifyError(self, r) {
  self[kHandle] = dressHandle(r.handle, self instanceof DiffieHellman ? 'DiffieHellman'
    : 'DiffieHellmanGroup', r.verifyError);
  Object.defineProperty(self, 'verifyError', {
    value: r.verifyError, enumerable: true, writable: false, configurable: true,
  });
}

// ---- DiffieHellman ----------------------------------------------------------------

function DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding) {
  if (!(this instanceof DiffieHellman)) {
    return new DiffieHellman(sizeOrKey, keyEncoding, generator, genEncoding);
  }
  if (typeof sizeOrKey !== 'number' && typeof sizeOrKey !== 'string' &&
      !isView(sizeOrKey) && !isAnyArrayBuffer(sizeOrKey)) {
    throw mustBeOneOf('sizeOrKey', sizeOrKey);
  }
  if (typeof sizeOrKey === 'number') validateInt32(sizeOrKey, 'sizeOrKey', -2147483648, 2147483647);
  if (keyEncoding && !Buffer.isEncoding(keyEncoding) && keyEncoding !== 'buffer') {
    genEncoding = generator;
    generator = keyEncoding;
    keyEncoding = false;
  }
  if (typeof sizeOrKey !== 'number') sizeOrKey = toBuf(sizeOrKey, keyEncoding);
  if (isAnyArrayBuffer(sizeOrKey)) sizeOrKey = new Uint8Array(sizeOrKey);
  if (!generator) {
    generator = DH_GENERATOR;
  } else if (typeof generator === 'number') {
    validateInt32(generator, 'generator', -2147483648, 2147483647);
  } else if (typeof generator === 'string') {
    generator = toBuf(generator, genEncoding);
  } else if (isAnyArrayBuffer(generator)) {
    generator = new Uint8Array(generator);
  } else if (!isView(generator)) {
    throw mustBeOneOf('generator', generator);
  }
  setVerifyError(this, callNative(native.dhNew, sizeOrKey, generator));
}

function DiffieHellmanGroup(name) {
  if (!(this instanceof DiffieHellmanGroup)) return new DiffieHellmanGroup(name);
  if (typeof name !== 'string') {
    throw codedError(TypeError, 'ERR_INVALID_ARG_TYPE', 'Group name must be a string');
  }
  const r = native.dhGroup(name);
  if (r === undefined) throw codedError(Error, 'ERR_CRYPTO_UNKNOWN_DH_GROUP', 'Unknown DH group');
  setVerifyError(this, r);
}

function dhGet(self, what, encoding) {
  const bytes = native.dhGet(self[kHandle], what);
  if (bytes === undefined) {
    const e = stateError();
    throw codedError(Error, e.code, 'No ' + (what === 2 ? 'public' : 'private') +
                     ' key - did you forget to generate one?');
  }
  return encode(bytes, encoding);
}

const dhMethods = {
  generateKeys(encoding) {
    return encode(callNative(native.dhGenerateKeys, this[kHandle]), encoding);
  },
  computeSecret(key, inEnc, outEnc) {
    key = bufferOrView(key, 'key', inEnc);
    return encode(callNative(native.dhComputeSecret, this[kHandle], key), outEnc);
  },
  getPrime(encoding) { return dhGet(this, 0, encoding); },
  getGenerator(encoding) { return dhGet(this, 1, encoding); },
  getPublicKey(encoding) { return dhGet(this, 2, encoding); },
  getPrivateKey(encoding) { return dhGet(this, 3, encoding); },
};

function defineMethods(proto, methods) {
  for (const name of Object.keys(methods)) {
    Object.defineProperty(proto, name, {
      value: methods[name], writable: true, enumerable: true, configurable: true,
    });
  }
}

defineMethods(DiffieHellmanGroup.prototype, dhMethods);
defineMethods(DiffieHellman.prototype, dhMethods);
defineMethods(DiffieHellman.prototype, {
  setPublicKey(key, encoding) {
    native.dhSetKey(this[kHandle], bufferOrView(key, 'key', encoding), false);
    return this;
  },
  setPrivateKey(key, encoding) {
    native.dhSetKey(this[kHandle], bufferOrView(key, 'key', encoding), true);
    return this;
  },
});

// ---- ECDH ---------------------------------------------------------------------------

function getFormat(format) {
  if (format) {
    if (format === 'compressed') return POINT_CONVERSION_COMPRESSED;
    if (format === 'hybrid') return POINT_CONVERSION_HYBRID;
    if (format !== 'uncompressed') {
      throw codedError(TypeError, 'ERR_CRYPTO_ECDH_INVALID_FORMAT',
                       'Invalid ECDH format: ' + format);
    }
  }
  return POINT_CONVERSION_UNCOMPRESSED;
}

function invalidPublicKey() {
  return codedError(Error, 'ERR_CRYPTO_ECDH_INVALID_PUBLIC_KEY',
                    'Public key is not valid for specified curve');
}

function ECDH(curve) {
  if (!(this instanceof ECDH)) return new ECDH(curve);
  validateString(curve, 'curve');
  this[kHandle] = dressHandle(callNative(native.ecdhNew, curve), 'ECDH');
}

defineMethods(ECDH.prototype, {
  computeSecret(key, inEnc, outEnc) {
    key = bufferOrView(key, 'key', inEnc);
    const r = callNative(native.ecdhComputeSecret, this[kHandle], key);
    if (typeof r === 'string') throw invalidPublicKey();
    return encode(r, outEnc);
  },
  setPrivateKey(key, encoding) {
    callNative(native.ecdhSetPrivateKey, this[kHandle], bufferOrView(key, 'key', encoding));
    return this;
  },
  setPublicKey(key, encoding) {
    callNative(native.ecdhSetPublicKey, this[kHandle], bufferOrView(key, 'key', encoding));
    return this;
  },
  getPrivateKey(encoding) {
    return encode(callNative(native.ecdhGetKey, this[kHandle], 0), encoding);
  },
  generateKeys(encoding, format) {
    callNative(native.ecdhGenerateKeys, this[kHandle]);
    return this.getPublicKey(encoding, format);
  },
  getPublicKey(encoding, format) {
    const f = getFormat(format);
    return encode(callNative(native.ecdhGetKey, this[kHandle], f), encoding);
  },
});

ECDH.convertKey = function convertKey(key, curve, inEnc, outEnc, format) {
  validateString(curve, 'curve');
  key = bufferOrView(key, 'key', inEnc);
  const f = getFormat(format);
  return encode(callNative(native.ecdhConvertKey, key, curve, f), outEnc);
};

const DH_KEY_TYPES = ['dh', 'ec', 'x448', 'x25519'];

// diffieHellman({ privateKey, publicKey }) with KeyObjects: [keyBytes] gives
// a key's DER bytes (crypto.js's store).
function statelessDiffieHellman(options, KeyObject, keyBytes) {
  if (options === null || typeof options !== 'object') {
    throw invalidArgType('options', 'of type object', options);
  }
  const { privateKey, publicKey } = options;
  if (!(privateKey instanceof KeyObject)) {
    throw invalidArgValue('options.privateKey', privateKey, 'property');
  }
  if (!(publicKey instanceof KeyObject)) {
    throw invalidArgValue('options.publicKey', publicKey, 'property');
  }
  if (privateKey.type !== 'private') {
    throw codedError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object ' +
                     'type ' + privateKey.type + ', expected private.');
  }
  if (publicKey.type !== 'public' && publicKey.type !== 'private') {
    throw codedError(TypeError, 'ERR_CRYPTO_INVALID_KEY_OBJECT_TYPE', 'Invalid key object ' +
                     'type ' + publicKey.type + ', expected private or public.');
  }
  const privateType = privateKey.asymmetricKeyType;
  const publicType = publicKey.asymmetricKeyType;
  if (privateType !== publicType || !DH_KEY_TYPES.includes(privateType)) {
    throw codedError(Error, 'ERR_CRYPTO_INCOMPATIBLE_KEY', 'Incompatible key types for ' +
                     'Diffie-Hellman: ' + privateType + ' and ' + publicType);
  }
  return toBuffer(native.statelessDh(keyBytes(privateKey), keyBytes(publicKey),
                                     publicKey.type === 'private'));
}

module.exports = {
  DiffieHellman, DiffieHellmanGroup, ECDH, statelessDiffieHellman,
};
