// Kiln standard library: node's crypto.X509Certificate over the natives of
// stdlib/node/crypto_x509.c. The certificate's texts are computed once, on
// first use; publicKey is a KeyObject made by crypto.js's createPublicKey.
'use strict';
const native = require('kiln:crypto_x509');
const {
  codedError, invalidArgType, invalidArgValue, callNative, validateString, isView,
  toBuffer,
} = require('kiln:internal_crypto_util');
const { Buffer } = require('buffer');

const kHandle = Symbol('kHandle');
const kInfo = Symbol('kInfo');
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

// X509_CHECK_FLAG_* of OpenSSL's x509v3.h.
const ALWAYS_CHECK_SUBJECT = 0x1;
const NO_WILDCARDS = 0x2;
const NO_PARTIAL_WILDCARDS = 0x4;
const MULTI_LABEL_WILDCARDS = 0x8;
const SINGLE_LABEL_SUBDOMAINS = 0x10;
const NEVER_CHECK_SUBJECT = 0x20;

function validateBoolean(v, name) {
  if (typeof v !== 'boolean') throw invalidArgType(name, 'of type boolean', v);
}

function checkFlags(options) {
  if (options === undefined) options = {};
  if (options === null || typeof options !== 'object') {
    throw invalidArgType('options', 'of type object', options);
  }
  const {
    subject = 'default', wildcards = true, partialWildcards = true,
    multiLabelWildcards = false, singleLabelSubdomains = false,
  } = { ...options };
  validateString(subject, 'options.subject');
  validateBoolean(wildcards, 'options.wildcards');
  validateBoolean(partialWildcards, 'options.partialWildcards');
  validateBoolean(multiLabelWildcards, 'options.multiLabelWildcards');
  validateBoolean(singleLabelSubdomains, 'options.singleLabelSubdomains');
  let flags = 0;
  if (subject === 'always') flags |= ALWAYS_CHECK_SUBJECT;
  else if (subject === 'never') flags |= NEVER_CHECK_SUBJECT;
  else if (subject !== 'default') throw invalidArgValue('options.subject', subject, 'property');
  if (!wildcards) flags |= NO_WILDCARDS;
  if (!partialWildcards) flags |= NO_PARTIAL_WILDCARDS;
  if (multiLabelWildcards) flags |= MULTI_LABEL_WILDCARDS;
  if (singleLabelSubdomains) flags |= SINGLE_LABEL_SUBDOMAINS;
  return flags;
}

function info(cert) {
  if (cert[kInfo] === undefined) cert[kInfo] = native.x509Info(cert[kHandle]);
  return cert[kInfo];
}

function KeyObjectClass() {
  return require('crypto').KeyObject;
}

function validateKey(pkey, type) {
  if (!(pkey instanceof KeyObjectClass())) {
    throw invalidArgType('pkey', 'an instance of KeyObject', pkey);
  }
  if (pkey.type !== type) throw invalidArgValue('pkey', pkey);
}

class X509Certificate {
  constructor(buffer) {
    if (typeof buffer === 'string') buffer = Buffer.from(buffer);
    if (!isView(buffer)) {
      throw invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, ' +
                           'or DataView', buffer);
    }
    Object.defineProperty(this, kHandle, { value: callNative(native.x509Parse, buffer) });
    Object.defineProperty(this, kInfo, { value: undefined, writable: true });
  }

  [inspectCustom](depth, options, inspect) {
    if (depth < 0) return this;
    const opts = { ...options, depth: options.depth == null ? null : options.depth - 1 };
    return 'X509Certificate ' + inspect({
      subject: this.subject,
      subjectAltName: this.subjectAltName,
      issuer: this.issuer,
      infoAccess: this.infoAccess,
      validFrom: this.validFrom,
      validTo: this.validTo,
      fingerprint: this.fingerprint,
      fingerprint256: this.fingerprint256,
      fingerprint512: this.fingerprint512,
      keyUsage: this.keyUsage,
      serialNumber: this.serialNumber,
    }, opts);
  }

  get subject() { return info(this).subject; }
  get subjectAltName() { return info(this).subjectAltName; }
  get issuer() { return info(this).issuer; }
  get issuerCertificate() { return undefined; }
  get infoAccess() { return info(this).infoAccess; }
  get validFrom() { return info(this).validFrom; }
  get validTo() { return info(this).validTo; }
  get fingerprint() { return info(this).fingerprint; }
  get fingerprint256() { return info(this).fingerprint256; }
  get fingerprint512() { return info(this).fingerprint512; }
  get keyUsage() {
    const k = info(this).keyUsage;
    return k === undefined ? undefined : k.slice();
  }
  get serialNumber() { return info(this).serialNumber; }
  get raw() { return toBuffer(info(this).raw); }
  get publicKey() {
    return require('crypto').createPublicKey({
      key: toBuffer(info(this).spki), format: 'der', type: 'spki',
    });
  }
  toString() { return info(this).pem; }
  toJSON() { return this.toString(); }
  get ca() { return info(this).ca; }

  checkHost(name, options) {
    validateString(name, 'name');
    return native.x509Check(this[kHandle], 0, name, checkFlags(options));
  }

  checkEmail(email, options) {
    validateString(email, 'email');
    return native.x509Check(this[kHandle], 1, email, checkFlags(options));
  }

  checkIP(ip) {
    validateString(ip, 'ip');
    const r = native.x509Check(this[kHandle], 2, ip, 0);
    if (r === null) throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE', 'Invalid IP');
    return r;
  }

  checkIssued(otherCert) {
    if (!(otherCert instanceof X509Certificate)) {
      throw invalidArgType('otherCert', 'an instance of X509Certificate', otherCert);
    }
    return native.x509CheckIssued(this[kHandle], otherCert[kHandle]);
  }

  checkPrivateKey(pkey) {
    validateKey(pkey, 'private');
    return native.x509CheckPrivateKey(this[kHandle],
                                      pkey.export({ format: 'der', type: 'pkcs8' }));
  }

  verify(pkey) {
    validateKey(pkey, 'public');
    return native.x509Verify(this[kHandle], pkey.export({ format: 'der', type: 'spki' }));
  }

  toLegacyObject() {
    const i = info(this);
    const o = { subject: nameObject(i.subjectParts), issuer: nameObject(i.issuerParts) };
    if (i.subjectAltName !== undefined) o.subjectaltname = i.subjectAltName;
    if (i.infoAccess !== undefined) o.infoAccess = infoAccessObject(i.infoAccess);
    o.ca = i.ca;
    const k = i.legacyKey;
    for (const name of ['modulus', 'bits', 'exponent', 'pubkey', 'asn1Curve', 'nistCurve']) {
      if (k[name] !== undefined) o[name] = name === 'pubkey' ? toBuffer(k[name]) : k[name];
    }
    o.valid_from = i.validFrom;
    o.valid_to = i.validTo;
    o.fingerprint = i.fingerprint;
    o.fingerprint256 = i.fingerprint256;
    o.fingerprint512 = i.fingerprint512;
    if (i.keyUsage !== undefined) o.ext_key_usage = i.keyUsage.slice();
    o.serialNumber = i.serialNumber;
    o.raw = toBuffer(i.raw);
    return o;
  }
}

// [name, value, ...] as a null-prototype object; a repeated name gets an array.
function nameObject(parts) {
  const o = Object.create(null);
  for (let i = 0; i < parts.length; i += 2) {
    const [k, v] = [parts[i], parts[i + 1]];
    if (o[k] === undefined) o[k] = v;
    else if (Array.isArray(o[k])) o[k].push(v);
    else o[k] = [o[k], v];
  }
  return o;
}

// "OCSP - URI:http://x\n" lines as { 'OCSP - URI': ['http://x'] }.
function infoAccessObject(text) {
  const o = Object.create(null);
  for (const line of text.split('\n')) {
    const at = line.indexOf(':');
    if (at < 0) continue;
    const k = line.slice(0, at);
    (o[k] || (o[k] = [])).push(line.slice(at + 1));
  }
  return o;
}

module.exports = { X509Certificate };
