// SPDX-License-Identifier: MIT
//
// tls.js: node's `tls` over OpenSSL (stdlib/node/tls.c). A TLSSocket is a
// net.Socket without a handle of its own: it wraps a plain net.Socket (made
// by tls.connect, accepted by tls.Server, or given as options.socket), feeds
// the bytes that socket reads to an SSL between memory BIOs and writes what
// the SSL produces back to it, so the event loop stays libuv's. Peer
// certificates are checked after the handshake as node does (the verify
// result, then checkServerIdentity), with node's codes and messages.
'use strict';

const net = require('net');
const { Buffer } = require('buffer');
const native = require('kiln:tls');
const {
  nodeError, invalidArgType, validateFunction,
} = require('kiln:internal_procutil');

const kRaw = Symbol('kiln.tls.raw');
const kConn = Symbol('kiln.tls.conn');
const kState = Symbol('kiln.tls.state');

const DEFAULT_MIN_VERSION = 'TLSv1.2';
const DEFAULT_MAX_VERSION = 'TLSv1.3';
const DEFAULT_CIPHERS = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:' +
  'TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:' +
  'ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:' +
  'ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:' +
  'DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:' +
  '!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';

function toBuffer(u) {
  return Buffer.from(u.buffer, u.byteOffset, u.byteLength);
}

// Node's codes for OpenSSL's SSL-library errors drop the OSSL_ part.
function sslError(e) {
  if (e && typeof e.code === 'string' && e.code.startsWith('ERR_OSSL_SSL_')) {
    e.code = 'ERR_SSL_' + e.code.slice(13);
  }
  return e;
}

// --- secure contexts ------------------------------------------------------------------------

function pemBytes(v, name) {
  if (typeof v === 'string') return Buffer.from(v);
  if (ArrayBuffer.isView(v)) return v;
  throw invalidArgType(name, 'of type string or an instance of Buffer, TypedArray, or DataView',
                       v);
}

function pemList(v, name) {
  if (v === undefined || v === null) return null;
  const list = Array.isArray(v) ? v : [v];
  return list.map((x) => pemBytes(x, name));
}

function alpnWire(protocols) {
  if (protocols === undefined || protocols === null) return null;
  if (ArrayBuffer.isView(protocols)) return protocols;
  if (!Array.isArray(protocols)) {
    throw invalidArgType('options.ALPNProtocols',
                         'an instance of Array, Buffer, TypedArray, or DataView', protocols);
  }
  const parts = [];
  for (const p of protocols) {
    const b = Buffer.from(p);
    if (b.length > 255) {
      throw nodeError(RangeError, 'ERR_OUT_OF_RANGE',
                      'The byte length of the protocol at index 0 exceeds the maximum length. ' +
                      `It must be <= 255. Received ${b.length}`);
    }
    parts.push(Buffer.from([b.length]), b);
  }
  return Buffer.concat(parts);
}

const VERSIONS = ['TLSv1', 'TLSv1.1', 'TLSv1.2', 'TLSv1.3'];

function checkVersion(v, name, which) {
  if (v === undefined) return undefined;
  if (typeof v !== 'string') throw invalidArgType(name, 'of type string', v);
  if (!VERSIONS.includes(v)) {
    throw nodeError(TypeError, 'ERR_TLS_INVALID_PROTOCOL_VERSION',
                    `${JSON.stringify(v)} is not a valid ${which} TLS protocol version`);
  }
  return v;
}

class SecureContext {
  constructor(options, isServer) {
    const o = options || {};
    const key = o.key === undefined || o.key === null ? null
      : pemBytes(Array.isArray(o.key) ? (o.key[0].pem || o.key[0]) : o.key, 'options.key');
    const cert = o.cert === undefined || o.cert === null ? null
      : Array.isArray(o.cert) ? Buffer.concat(o.cert.map((c) => Buffer.from(pemBytes(c, 'options.cert'))))
        : pemBytes(o.cert, 'options.cert');
    const minVersion = checkVersion(o.minVersion, 'options.minVersion', 'minimum') || DEFAULT_MIN_VERSION;
    const maxVersion = checkVersion(o.maxVersion, 'options.maxVersion', 'maximum') || DEFAULT_MAX_VERSION;
    if (o.ciphers !== undefined && typeof o.ciphers !== 'string') {
      throw invalidArgType('options.ciphers', 'of type string', o.ciphers);
    }
    try {
      this.context = native.createContext(
        !!isServer, key, typeof o.passphrase === 'string' ? o.passphrase : null, cert,
        pemList(o.ca, 'options.ca'), minVersion, maxVersion,
        isServer ? alpnWire(o.ALPNProtocols) : null, o.ciphers || DEFAULT_CIPHERS);
    } catch (e) {
      throw sslError(e);
    }
  }
}

function createSecureContext(options) {
  return new SecureContext(options, !!(options && options.isServer));
}

// --- server identity ---------------------------------------------------------------------------

function unfqdn(host) { return host.replace(/[.]$/, ''); }
function splitHost(host) { return unfqdn(host).toLowerCase().split('.'); }

function matchesPattern(hostParts, pattern, wildcards) {
  if (!pattern) return false;
  const patternParts = splitHost(pattern);
  if (hostParts.length !== patternParts.length) return false;
  if (patternParts.includes('')) return false;
  if (patternParts.some((s) => /[^\u0021-\u007F]/u.test(s))) return false;
  for (let i = hostParts.length - 1; i > 0; i--) {
    if (hostParts[i] !== patternParts[i]) return false;
  }
  const host0 = hostParts[0];
  const pat0 = patternParts[0];
  const stars = pat0.split('*');
  if (stars.length === 1 || pat0.includes('xn--')) return host0 === pat0;
  if (!wildcards || stars.length > 2 || patternParts.length <= 2) return false;
  const [prefix, suffix] = stars;
  return prefix.length + suffix.length <= host0.length && host0.startsWith(prefix) &&
    host0.endsWith(suffix);
}

function canonicalIP(ip) {
  if (net.isIPv4(ip)) return ip;
  if (!net.isIPv6(ip)) return ip;
  try {
    return new URL(`http://[${ip}]/`).hostname.slice(1, -1);
  } catch {
    return ip;
  }
}

function splitAltNames(altNames) {
  if (!altNames.includes('"')) return altNames.split(', ');
  const out = [];
  let cur = '';
  let quoted = false;
  for (let i = 0; i < altNames.length; i++) {
    const c = altNames[i];
    if (quoted) {
      if (c === '\\' && i + 1 < altNames.length) cur += altNames[++i];
      else if (c === '"') quoted = false;
      else cur += c;
    } else if (c === '"') {
      quoted = true;
    } else if (c === ',' && altNames[i + 1] === ' ') {
      out.push(cur);
      cur = '';
      i++;
    } else {
      cur += c;
    }
  }
  out.push(cur);
  return out;
}

function checkServerIdentity(hostname, cert) {
  const subject = cert.subject;
  const altNames = cert.subjectaltname;
  const dnsNames = [];
  const ips = [];
  hostname = '' + hostname;
  if (altNames) {
    for (const name of splitAltNames(altNames)) {
      if (name.startsWith('DNS:')) dnsNames.push(name.slice(4));
      else if (name.startsWith('IP Address:')) ips.push(canonicalIP(name.slice(11)));
    }
  }
  let valid = false;
  let reason = 'Unknown reason';
  hostname = unfqdn(hostname);
  if (net.isIP(hostname)) {
    valid = ips.includes(canonicalIP(hostname));
    if (!valid) reason = `IP: ${hostname} is not in the cert's list: ` + ips.join(', ');
  } else if (dnsNames.length > 0 || (subject && subject.CN)) {
    const hostParts = splitHost(hostname);
    const wildcard = (pattern) => matchesPattern(hostParts, pattern, true);
    if (dnsNames.length > 0) {
      valid = dnsNames.some(wildcard);
      if (!valid) reason = `Host: ${hostname}. is not in the cert's altnames: ${altNames}`;
    } else {
      const cn = subject.CN;
      if (Array.isArray(cn)) valid = cn.some(wildcard);
      else if (cn) valid = wildcard(cn);
      if (!valid) reason = `Host: ${hostname}. is not cert's CN: ${cn}`;
    }
  } else {
    reason = 'Cert does not contain a DNS name';
  }
  if (valid) return undefined;
  const err = nodeError(Error, 'ERR_TLS_CERT_ALTNAME_INVALID',
                        `Hostname/IP does not match certificate's altnames: ${reason}`);
  err.reason = reason;
  err.host = hostname;
  err.cert = cert;
  return err;
}

// --- certificates as node describes them ---------------------------------------------------------

function legacyCert(der) {
  const { X509Certificate } = require('kiln:internal_crypto_x509');
  return new X509Certificate(toBuffer(der)).toLegacyObject();
}

function peerCertificate(conn, detailed) {
  const ders = native.peerCertificates(conn);
  if (!ders.length) return null;
  const certs = ders.map(legacyCert);
  if (!detailed) return certs[0];
  for (let i = 0; i < certs.length; i++) {
    const c = certs[i];
    const issuerName = JSON.stringify(c.issuer);
    let issuer = certs.slice(i + 1).find((x) => JSON.stringify(x.subject) === issuerName);
    if (!issuer && JSON.stringify(c.subject) === issuerName) issuer = c;
    if (issuer) c.issuerCertificate = issuer;
  }
  return certs[0];
}

// --- TLSSocket -------------------------------------------------------------------------------

function TLSSocket(socket, opts) {
  if (!(this instanceof TLSSocket)) return new TLSSocket(socket, opts);
  const tlsOptions = { ...opts };
  const raw = socket instanceof net.Socket ? socket
    : socket === undefined || socket === null ? new net.Socket() : socket;
  net.Socket.call(this, {
    allowHalfOpen: raw.allowHalfOpen,
    readable: true, writable: true,
  });
  this._tlsOptions = tlsOptions;
  this._secureEstablished = false;
  this._securePending = false;
  this._newSessionPending = false;
  this._controlReleased = false;
  this.secureConnecting = true;
  this._SNICallback = null;
  this.servername = null;
  this.alpnProtocol = null;
  this.authorized = false;
  this.authorizationError = null;
  this.encrypted = true;
  this.connecting = !!raw.connecting;
  this[kRaw] = raw;
  this._parent = null;
  const isServer = !!tlsOptions.isServer;
  let ctx = tlsOptions.secureContext;
  if (!ctx) ctx = new SecureContext(tlsOptions, isServer);
  const servername = !isServer && tlsOptions.servername ? String(tlsOptions.servername) : null;
  const alpn = isServer ? null : alpnWire(tlsOptions.ALPNProtocols);
  this[kConn] = native.newConnection(ctx.context, isServer, servername, alpn,
                                     !!tlsOptions.requestCert);
  this[kState] = { queued: [], ended: false, closed: false, finalCb: null };
  wireRaw(this, raw);
  if (!raw.connecting && !raw.destroyed) process.nextTick(startHandshake, this);
}
Object.setPrototypeOf(TLSSocket.prototype, net.Socket.prototype);
Object.setPrototypeOf(TLSSocket, net.Socket);

function wireRaw(self, raw) {
  raw.on('connect', () => {
    self.connecting = false;
    self.emit('connect');
    startHandshake(self);
  });
  raw.on('data', (d) => onRawData(self, d));
  raw.on('end', () => onRawEnd(self));
  raw.on('error', (e) => {
    if (!self._secureEstablished && self._tlsOptions.isServer) {
      self.destroy(e);
      return;
    }
    self.destroy(e);
  });
  raw.on('close', () => {
    self[kState].closed = true;
    if (!self.destroyed) self.destroy();
    else if (self[kState].closeCb) self[kState].closeCb();
  });
  raw.on('timeout', () => self._onTimeout());
}

function flush(self, cb) {
  const out = native.pending(self[kConn]);
  const raw = self[kRaw];
  if (out === null || raw.destroyed) {
    if (cb) cb();
    return;
  }
  if (cb) raw.write(toBuffer(out), cb);
  else raw.write(toBuffer(out));
}

function startHandshake(self) {
  if (self.destroyed || self._secureEstablished) return;
  // The client speaks first: its ClientHello is in the output at once.
  handshakeStep(self);
}

function handshakeStep(self) {
  let done;
  try {
    done = native.handshake(self[kConn]);
  } catch (e) {
    flush(self);
    onHandshakeError(self, sslError(e));
    return false;
  }
  // A client emits 'secureConnect' (or rejects the server's certificate)
  // before its Finished message leaves, as node: one that destroys the socket
  // there leaves the server with a connection that ended mid-handshake.
  if (done && !self._tlsOptions.isServer) {
    verifyServer(self);
    onHandshakeDone(self);
    if (!self.destroyed) flush(self);
    return !self.destroyed;
  }
  flush(self);
  if (done) onHandshakeDone(self);
  return done;
}

// The client's check of the server: the error it rejects with, or null.
function verifyServer(self) {
  const opts = self._tlsOptions;
  let verifyError = null;
  const ve = native.verifyError(self[kConn]);
  if (ve) {
    verifyError = new Error(ve[1]);
    verifyError.code = ve[0];
  } else {
    const hostname = opts.servername || opts.host || 'localhost';
    const cert = self.getPeerCertificate(true);
    verifyError = (opts.checkServerIdentity || checkServerIdentity)(hostname, cert) || null;
  }
  self[kState].verifyError = verifyError;
}

function onHandshakeError(self, err) {
  if (self._tlsOptions.isServer && self.server) {
    self.server.emit('tlsClientError', err, self);
    self.destroy();
    return;
  }
  self.destroy(err);
}

function onHandshakeDone(self) {
  self._secureEstablished = true;
  self.secureConnecting = false;
  const info = native.info(self[kConn]);
  self.alpnProtocol = info.alpn;
  const opts = self._tlsOptions;
  if (opts.isServer) {
    self.servername = info.servername;
    if (opts.requestCert) {
      const ve = native.verifyError(self[kConn]);
      if (ve) {
        self.authorizationError = ve[0];
      } else if (native.peerCertificates(self[kConn]).length === 0) {
        self.authorizationError = 'UNABLE_TO_GET_ISSUER_CERT';
      } else {
        self.authorized = true;
      }
      if (!self.authorized && opts.rejectUnauthorized) {
        self.destroy();
        return;
      }
    }
    self.emit('secure');
    if (self.server) self.server.emit('secureConnection', self);
  } else {
    self.servername = info.servername;
    const verifyError = self[kState].verifyError;
    if (verifyError) {
      self.authorized = false;
      self.authorizationError = verifyError.code || verifyError.message;
      if (opts.rejectUnauthorized !== false) {
        self.destroy(verifyError);
        return;
      }
    } else {
      self.authorized = true;
    }
    self.emit('secureConnect');
  }
  // Writes made before the handshake end go out now.
  const q = self[kState].queued;
  self[kState].queued = [];
  for (const w of q) self._write(w.data, w.encoding, w.cb);
  if (self[kState].finalCb) {
    const cb = self[kState].finalCb;
    self[kState].finalCb = null;
    self._final(cb);
  }
  readPlain(self);
}

function onRawData(self, d) {
  if (self.destroyed) return;
  self._unrefTimer();
  native.feed(self[kConn], d);
  if (!self._secureEstablished) {
    if (!handshakeStep(self)) return;
  }
  readPlain(self);
}

function readPlain(self) {
  const raw = self[kRaw];
  for (;;) {
    if (self.destroyed) return;
    let chunk;
    try {
      chunk = native.read(self[kConn]);
    } catch (e) {
      flush(self);
      self.destroy(sslError(e));
      return;
    }
    if (chunk === null) break;
    if (chunk === 0) {
      flush(self);
      if (!self[kState].ended) {
        self[kState].ended = true;
        self.push(null);
      }
      break;
    }
    if (!self.push(toBuffer(chunk))) raw.pause();
  }
  flush(self);
}

function onRawEnd(self) {
  if (!self._secureEstablished) {
    const opts = self._tlsOptions;
    let err;
    if (opts.isServer) {
      err = nodeError(Error, 'ECONNRESET', 'socket hang up');
    } else {
      err = nodeError(Error, 'ECONNRESET',
                      'Client network socket disconnected before secure TLS connection ' +
                      'was established');
      err.path = undefined;
      err.host = opts.host;
      err.port = opts.port;
      err.localAddress = undefined;
    }
    onHandshakeError(self, err);
    return;
  }
  if (!self[kState].ended) {
    self[kState].ended = true;
    self.push(null);
  }
}

TLSSocket.prototype._read = function _read() {
  const raw = this[kRaw];
  if (raw && raw.isPaused()) raw.resume();
};

TLSSocket.prototype._write = function _write(data, encoding, cb) {
  if (!this._secureEstablished) {
    this[kState].queued.push({ data, encoding, cb });
    return;
  }
  const bytes = typeof data === 'string' ? Buffer.from(data, encoding) : data;
  try {
    native.write(this[kConn], bytes);
  } catch (e) {
    cb(sslError(e));
    return;
  }
  this._unrefTimer();
  flush(this, (err) => cb(err));
};

TLSSocket.prototype._writev = function _writev(chunks, cb) {
  const bufs = chunks.map((c) => (typeof c.chunk === 'string' ? Buffer.from(c.chunk, c.encoding)
                                                               : c.chunk));
  this._write(Buffer.concat(bufs), 'buffer', cb);
};

TLSSocket.prototype._final = function _final(cb) {
  if (!this._secureEstablished) {
    this[kState].finalCb = cb;
    return;
  }
  native.shutdown(this[kConn]);
  flush(this);
  const raw = this[kRaw];
  if (!raw.destroyed) raw.end();
  cb();
};

TLSSocket.prototype._destroy = function _destroy(exception, cb) {
  this.connecting = false;
  clearTimeout(this[Object.getOwnPropertySymbols(this).find((s) => s.description === 'timeout')]);
  const raw = this[kRaw];
  const state = this[kState];
  const emitClose = () => {
    state.closeCb = null;
    process.nextTick(() => {
      if (this[kConn]) {
        native.free(this[kConn]);
        this[kConn] = null;
      }
      this.emit('close', !!exception);
    });
  };
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
  cb(exception);
  if (raw && !state.closed) {
    state.closeCb = emitClose;
    raw.destroy();
  } else {
    emitClose();
  }
};

TLSSocket.prototype._getpeername = function _getpeername() {
  return this[kRaw]._getpeername();
};
TLSSocket.prototype._getsockname = function _getsockname() {
  return this[kRaw]._getsockname();
};
TLSSocket.prototype.setNoDelay = function setNoDelay(enable) {
  this[kRaw].setNoDelay(enable);
  return this;
};
TLSSocket.prototype.setKeepAlive = function setKeepAlive(enable, delay) {
  this[kRaw].setKeepAlive(enable, delay);
  return this;
};
TLSSocket.prototype.ref = function ref() {
  this[kRaw].ref();
  return this;
};
TLSSocket.prototype.unref = function unref() {
  this[kRaw].unref();
  return this;
};
TLSSocket.prototype.connect = function connect(...args) {
  this.connecting = true;
  this[kRaw].connect(...args);
  return this;
};

Object.defineProperty(TLSSocket.prototype, 'pending', {
  get() { return this.connecting; }, configurable: true,
});
Object.defineProperty(TLSSocket.prototype, 'bytesRead', {
  get() { return this[kRaw].bytesRead; }, configurable: true,
});

TLSSocket.prototype.getPeerCertificate = function getPeerCertificate(detailed) {
  if (!this[kConn]) return null;
  return peerCertificate(this[kConn], detailed) || {};
};

TLSSocket.prototype.getCertificate = function getCertificate() {
  if (!this[kConn]) return null;
  const der = native.ownCertificate(this[kConn]);
  return der ? legacyCert(der) : {};
};

TLSSocket.prototype.getPeerX509Certificate = function getPeerX509Certificate() {
  if (!this[kConn]) return undefined;
  const ders = native.peerCertificates(this[kConn]);
  if (!ders.length) return undefined;
  const { X509Certificate } = require('kiln:internal_crypto_x509');
  return new X509Certificate(toBuffer(ders[0]));
};

TLSSocket.prototype.getX509Certificate = function getX509Certificate() {
  if (!this[kConn]) return undefined;
  const der = native.ownCertificate(this[kConn]);
  if (!der) return undefined;
  const { X509Certificate } = require('kiln:internal_crypto_x509');
  return new X509Certificate(toBuffer(der));
};

TLSSocket.prototype.getProtocol = function getProtocol() {
  if (!this[kConn] || !this._secureEstablished) return null;
  return native.info(this[kConn]).protocol;
};

TLSSocket.prototype.getCipher = function getCipher() {
  if (!this[kConn] || !this._secureEstablished) return undefined;
  const i = native.info(this[kConn]);
  return { name: i.cipher, standardName: i.standardName, version: i.cipherVersion };
};

TLSSocket.prototype.isSessionReused = function isSessionReused() {
  return !!this[kConn] && native.info(this[kConn]).reused;
};

TLSSocket.prototype.getSession = function getSession() { return undefined; };
TLSSocket.prototype.getTLSTicket = function getTLSTicket() { return undefined; };
TLSSocket.prototype.getEphemeralKeyInfo = function getEphemeralKeyInfo() { return {}; };
TLSSocket.prototype.getSharedSigalgs = function getSharedSigalgs() { return []; };
TLSSocket.prototype.setMaxSendFragment = function setMaxSendFragment() { return true; };
TLSSocket.prototype.disableRenegotiation = function disableRenegotiation() {};
TLSSocket.prototype.setServername = function setServername(name) {
  if (typeof name !== 'string') throw invalidArgType('name', 'of type string', name);
  if (this._tlsOptions.isServer) {
    throw nodeError(Error, 'ERR_TLS_SNI_FROM_SERVER',
                    'Cannot issue SNI from a TLS server-side socket');
  }
};

// --- tls.connect ---------------------------------------------------------------------------

function normalizeConnectArgs(listArgs) {
  const args = net._normalizeArgs(listArgs);
  const options = args[0];
  const cb = args[1];
  if (listArgs[1] !== null && typeof listArgs[1] === 'object') Object.assign(options, listArgs[1]);
  else if (listArgs[2] !== null && typeof listArgs[2] === 'object') {
    Object.assign(options, listArgs[2]);
  }
  return cb ? [options, cb] : [options];
}

function connect(...args) {
  args = normalizeConnectArgs(args);
  let options = args[0];
  const cb = args[1];
  const allowUnauthorized = process.env.NODE_TLS_REJECT_UNAUTHORIZED === '0';
  options = {
    rejectUnauthorized: !allowUnauthorized,
    ciphers: DEFAULT_CIPHERS,
    checkServerIdentity,
    minDHSize: 1024,
    ...options,
  };
  if (!options.keepAlive) options.singleUse = true;
  if (options.checkServerIdentity !== undefined) {
    validateFunction(options.checkServerIdentity, 'options.checkServerIdentity');
  }
  const context = options.secureContext || createSecureContext(options);
  const host = options.host || 'localhost';
  if (!options.servername && !net.isIP(host)) options.servername = host;
  if (options.servername !== undefined && net.isIP(options.servername)) {
    options.servername = undefined;
  }
  let raw = options.socket;
  if (!raw) {
    raw = new net.Socket({ allowHalfOpen: options.allowHalfOpen });
  }
  const tlssock = new TLSSocket(raw, {
    ...options,
    secureContext: context,
    isServer: false,
    host,
  });
  tlssock._tlsOptions.host = host;
  if (cb) tlssock.once('secureConnect', cb);
  if (!options.socket) {
    const connectOpt = {
      path: options.path,
      port: options.port,
      host: options.host,
      family: options.family,
      localAddress: options.localAddress,
      localPort: options.localPort,
      lookup: options.lookup,
    };
    tlssock.connect(connectOpt);
  }
  if (options.timeout) tlssock.setTimeout(options.timeout);
  return tlssock;
}

// --- tls.Server ----------------------------------------------------------------------------

function Server(options, listener) {
  if (!(this instanceof Server)) return new Server(options, listener);
  if (typeof options === 'function') {
    listener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
  } else {
    throw invalidArgType('options', 'of type object', options);
  }
  this._contexts = [];
  this.requestCert = options.requestCert === true;
  this.rejectUnauthorized = options.rejectUnauthorized !== false;
  this.ALPNProtocols = options.ALPNProtocols;
  this.setSecureContext(options);
  net.Server.call(this, options, (raw) => onServerConnection(this, raw));
  if (listener) this.on('secureConnection', listener);
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

Server.prototype.setSecureContext = function setSecureContext(options) {
  this._options = options;
  this._sharedCreds = options.secureContext ||
    new SecureContext({ ...options, isServer: true }, true);
};

Server.prototype.addContext = function addContext() {};

Server.prototype.setTicketKeys = function setTicketKeys() {};
Server.prototype.getTicketKeys = function getTicketKeys() { return Buffer.alloc(48); };

function onServerConnection(server, raw) {
  const opts = server._options;
  const s = new TLSSocket(raw, {
    ...opts,
    secureContext: server._sharedCreds,
    isServer: true,
    requestCert: server.requestCert,
    rejectUnauthorized: server.rejectUnauthorized,
  });
  s.server = server;
  s._server = null;
  if (opts.handshakeTimeout !== 0) {
    const ms = opts.handshakeTimeout || 120000;
    const t = setTimeout(() => {
      if (s._secureEstablished || s.destroyed) return;
      const e = nodeError(Error, 'ERR_TLS_HANDSHAKE_TIMEOUT', 'TLS handshake timeout');
      server.emit('tlsClientError', e, s);
      s.destroy();
    }, ms);
    t.unref();
    s.once('secure', () => clearTimeout(t));
    s.once('close', () => clearTimeout(t));
  }
  s.on('error', (e) => {
    if (!s._secureEstablished) server.emit('tlsClientError', e, s);
  });
}

function createServer(options, listener) {
  return new Server(options, listener);
}

// --- the rest -------------------------------------------------------------------------------

let cipherNames = null;
function getCiphers() {
  if (cipherNames === null) {
    // Node lists every TLS 1.3 suite, also those OpenSSL leaves disabled.
    const names = native.ciphers().concat(['TLS_AES_128_CCM_8_SHA256', 'TLS_AES_128_CCM_SHA256']);
    cipherNames = Array.from(new Set(names.map((c) => c.toLowerCase()))).sort();
  }
  return cipherNames.slice();
}

// The system's trust store (Debian's ca-certificates: Mozilla's roots, as
// node bundles), which is also what a context without `ca` trusts.
let roots = null;
function rootCertificates() {
  if (roots === null) {
    let text = '';
    try {
      text = require('fs').readFileSync('/etc/ssl/certs/ca-certificates.crt', 'latin1');
    } catch {
      text = '';
    }
    const found = text.match(/-----BEGIN CERTIFICATE-----[^-]+-----END CERTIFICATE-----/g);
    roots = Object.freeze(found || []);
  }
  return roots;
}

function convertALPNProtocols(protocols, out) {
  out.ALPNProtocols = alpnWire(protocols);
}

module.exports = {
  CLIENT_RENEG_LIMIT: 3,
  CLIENT_RENEG_WINDOW: 600,
  DEFAULT_CIPHERS,
  DEFAULT_ECDH_CURVE: 'auto',
  DEFAULT_MIN_VERSION,
  DEFAULT_MAX_VERSION,
  getCiphers,
  rootCertificates: null,
  convertALPNProtocols,
  checkServerIdentity,
  createSecureContext,
  SecureContext,
  TLSSocket,
  Server,
  createServer,
  connect,
  createSecurePair() {
    throw nodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
                    'tls.createSecurePair is not supported by kiln');
  },
};
Object.defineProperty(module.exports, 'rootCertificates', {
  get: rootCertificates, enumerable: true, configurable: false,
});
