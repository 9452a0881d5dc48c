// SPDX-License-Identifier: MIT
//
// net.js: node's `net` module: TCP and Unix-socket servers and sockets over
// the libuv handles of require('kiln:net') (stdlib/node/net.c).
//
// A Socket is a Duplex of the stream module; the order of its events follows
// node's lib/net.js: 'connect' and 'ready' after the connection, 'data' and
// 'end' from reads, 'finish' after the shutdown, and 'close' (with hadError)
// from the handle's close callback, after an 'error' emitted on nextTick.
// A Server emits 'listening' and 'close' on nextTick, as node does.
'use strict';

const EventEmitter = require('events');
const stream = require('stream');
const { Buffer } = require('buffer');
const binding = require('kiln:net');
const {
  nodeError, invalidArgType, invalidArgValue, validateFunction, validateNumber,
  received,
} = require('kiln:internal_procutil');

binding.setBufferPrototype(Buffer.prototype);

const UV_EOF = -4095;
const UV_ENOTCONN = -107;

// --- addresses --------------------------------------------------------------------------

const v4Seg = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const v4Str = `(?:${v4Seg}\\.){3}${v4Seg}`;
const IPv4Reg = new RegExp(`^${v4Str}$`);
const v6Seg = '(?:[0-9a-fA-F]{1,4})';
const IPv6Reg = new RegExp('^(?:' +
  `(?:${v6Seg}:){7}(?:${v6Seg}|:)|` +
  `(?:${v6Seg}:){6}(?:${v4Str}|:${v6Seg}|:)|` +
  `(?:${v6Seg}:){5}(?::${v4Str}|(?::${v6Seg}){1,2}|:)|` +
  `(?:${v6Seg}:){4}(?:(?::${v6Seg}){0,1}:${v4Str}|(?::${v6Seg}){1,3}|:)|` +
  `(?:${v6Seg}:){3}(?:(?::${v6Seg}){0,2}:${v4Str}|(?::${v6Seg}){1,4}|:)|` +
  `(?:${v6Seg}:){2}(?:(?::${v6Seg}){0,3}:${v4Str}|(?::${v6Seg}){1,5}|:)|` +
  `(?:${v6Seg}:){1}(?:(?::${v6Seg}){0,4}:${v4Str}|(?::${v6Seg}){1,6}|:)|` +
  `(?::(?:(?::${v6Seg}){0,5}:${v4Str}|(?::${v6Seg}){1,7}|:))` +
')(?:%[0-9a-zA-Z-.:]{1,})?$');

function isIPv4(s) { return IPv4Reg.test(`${s}`); }
function isIPv6(s) { return IPv6Reg.test(`${s}`); }
function isIP(s) {
  if (isIPv4(s)) return 4;
  if (isIPv6(s)) return 6;
  return 0;
}

// --- errors -----------------------------------------------------------------------------

function errname(err) { return require('kiln:os').errname(err); }

// Node's ErrnoException: "connect ECONNREFUSED 127.0.0.1:80".
function errnoException(err, syscall, original) {
  const code = errname(err)[0];
  const message = original ? `${syscall} ${code} ${original}` : `${syscall} ${code}`;
  const ex = new Error(message);
  ex.errno = err;
  ex.code = code;
  ex.syscall = syscall;
  return ex;
}

function exceptionWithHostPort(err, syscall, address, port, additional) {
  let details;
  if (port && port > 0) details = `${address}:${port}`;
  else if (address) details = address;
  if (additional) details += ` - Local (${additional})`;
  const ex = errnoException(err, syscall, details);
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

// Node's UVExceptionWithHostPort: "listen EADDRINUSE: address already in use
// 127.0.0.1:80".
function uvExceptionWithHostPort(err, syscall, address, port) {
  const [code, uvmsg] = errname(err);
  let message = `${syscall} ${code}: ${uvmsg}`;
  let details = '';
  if (port && port > 0) details = ` ${address}:${port}`;
  else if (address) details = ` ${address}`;
  const ex = new Error(`${message}${details}`);
  ex.code = code;
  ex.errno = err;
  ex.syscall = syscall;
  ex.address = address;
  if (port) ex.port = port;
  return ex;
}

function badPort(name, port) {
  return nodeError(RangeError, 'ERR_SOCKET_BAD_PORT',
                   `${name} should be >= 0 and < 65536. ${received(port)}.`);
}

function validatePort(port, name = 'Port', allowZero = true) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) ||
      port > 0xFFFF ||
      (port === 0 && !allowZero)) {
    throw badPort(name, port);
  }
  return port | 0;
}

// --- arguments --------------------------------------------------------------------------

function toNumber(x) { return (x = Number(x)) >= 0 ? x : false; }
function isPipeName(s) { return typeof s === 'string' && toNumber(s) === false; }

// Node's normalizeArgs: [options, cb] from (port, host, cb), (path, cb),
// (options, cb).
function normalizeArgs(args) {
  if (args.length === 0) return [{}, null];
  const arg0 = args[0];
  let options = {};
  if (typeof arg0 === 'object' && arg0 !== null) {
    options = arg0;
  } else if (isPipeName(arg0)) {
    options.path = arg0;
  } else {
    options.port = arg0;
    if (args.length > 1 && typeof args[1] === 'string') options.host = args[1];
  }
  const cb = args[args.length - 1];
  return [options, typeof cb === 'function' ? cb : null];
}

// --- handles ----------------------------------------------------------------------------

// A native handle seen from JS: its id and what node keeps on its handle.
class Handle {
  constructor(id, isPipe) {
    this.id = id;
    this.isPipe = isPipe;
    this.reading = false;
    this.bytesRead = 0;
    this.bytesWritten = 0;
    this.owner = null;
  }

  close(cb, reset) {
    const id = this.id;
    if (id < 0) return 0;
    this.id = -1;
    return binding.close(id, cb, reset);
  }

  readStart() {
    return binding.readStart(this.id, (data) => onStreamRead(this, data));
  }

  readStop() { return binding.readStop(this.id); }
  ref() { if (this.id >= 0) binding.ref(this.id, true); }
  unref() { if (this.id >= 0) binding.ref(this.id, false); }
}

function newHandle(isPipe) {
  return new Handle(isPipe ? binding.pipe() : binding.tcp(), isPipe);
}

// --- Socket -----------------------------------------------------------------------------

const kTimeout = Symbol('timeout');
const kSetNoDelay = Symbol('kSetNoDelay');
const kSetKeepAlive = Symbol('kSetKeepAlive');
const kKeepAliveDelay = Symbol('kKeepAliveDelay');
const kBytesRead = Symbol('kBytesRead');
const kBytesWritten = Symbol('kBytesWritten');
const kLastWriteQueueSize = Symbol('lastWriteQueueSize');

function Socket(options) {
  if (!(this instanceof Socket)) return new Socket(options);
  if (options === undefined) options = {};
  else if (typeof options === 'number') options = { fd: options };
  else options = { ...options };
  this.connecting = false;
  this._hadError = false;
  this._handle = null;
  this._parent = null;
  this._host = null;
  this[kLastWriteQueueSize] = 0;
  this[kTimeout] = null;
  this[kSetNoDelay] = Boolean(options.noDelay);
  this[kSetKeepAlive] = Boolean(options.keepAlive);
  this[kKeepAliveDelay] = ~~(options.keepAliveInitialDelay / 1000);
  // Half-open sockets are off unless asked for; 'close' comes from the
  // handle, not from destroy().
  options.allowHalfOpen = Boolean(options.allowHalfOpen);
  options.emitClose = false;
  options.autoDestroy = true;
  options.decodeStrings = false;
  stream.Duplex.call(this, options);
  if (options.handle) {
    this._handle = options.handle;
    this._handle.owner = this;
  } else if (options.fd !== undefined) {
    throw nodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
                    'net.Socket({ fd }) is not supported by kiln');
  }
  this.on('end', onReadableStreamEnd);
  this._pendingData = null;
  this._pendingEncoding = '';
  this.server = null;
  this._server = null;
  this[kBytesRead] = 0;
  this[kBytesWritten] = 0;
  if (this._handle && options.readable !== false) {
    if (options.pauseOnCreate) {
      this._handle.reading = false;
      this._handle.readStop();
      this.readableFlowing = false;
    } else if (!options.manualStart) {
      this.read(0);
    }
  }
}
Object.setPrototypeOf(Socket.prototype, stream.Duplex.prototype);
Object.setPrototypeOf(Socket, stream.Duplex);

function onReadableStreamEnd() {
  if (!this.allowHalfOpen) {
    this.write = writeAfterFIN;
  }
}

function writeAfterFIN(chunk, encoding, cb) {
  if (!this.writableEnded) {
    return stream.Duplex.prototype.write.call(this, chunk, encoding, cb);
  }
  if (typeof encoding === 'function') {
    cb = encoding;
    encoding = null;
  }
  const er = new Error('This socket has been ended by the other party');
  er.code = 'EPIPE';
  if (typeof cb === 'function') process.nextTick(cb, er);
  this.destroy(er);
  return false;
}

function tryReadStart(socket) {
  socket._handle.reading = true;
  const err = socket._handle.readStart();
  if (err) socket.destroy(errnoException(err, 'read'));
}

// A read completed on [handle]: a Buffer, or a negative errno (UV_EOF).
function onStreamRead(handle, data) {
  const socket = handle.owner;
  if (!socket) return;
  socket._unrefTimer();
  if (typeof data !== 'number') {
    handle.bytesRead += data.length;
    if (socket.destroyed) return;
    if (!socket.push(data)) {
      handle.reading = false;
      if (!socket.destroyed) {
        const err = handle.readStop();
        if (err) socket.destroy(errnoException(err, 'read'));
      }
    }
    return;
  }
  handle.reading = false;
  if (data !== UV_EOF) {
    socket.destroy(errnoException(data, 'read'));
    return;
  }
  if (!socket._readableState.endEmitted) {
    socket.push(null);
    socket.read(0);
  }
}

Socket.prototype._unrefTimer = function _unrefTimer() {
  for (let s = this; s !== null; s = s._parent) {
    if (s[kTimeout]) s[kTimeout].refresh();
  }
};

Socket.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (this.destroyed) return this;
  this.timeout = msecs;
  validateNumber(msecs, 'msecs');
  if (msecs < 0 || !Number.isFinite(msecs)) {
    throw nodeError(RangeError, 'ERR_OUT_OF_RANGE',
                    'The value of "msecs" is out of range. It must be a non-negative ' +
                    `finite number. Received ${msecs}`);
  }
  clearTimeout(this[kTimeout]);
  this[kTimeout] = null;
  if (msecs === 0) {
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.removeListener('timeout', callback);
    }
  } else {
    const t = globalThis.setTimeout(() => this._onTimeout(), msecs);
    t.unref();
    this[kTimeout] = t;
    if (callback !== undefined) {
      validateFunction(callback, 'callback');
      this.once('timeout', callback);
    }
  }
  return this;
};

Socket.prototype._onTimeout = function _onTimeout() {
  const handle = this._handle;
  const last = this[kLastWriteQueueSize];
  if (last > 0 && handle) {
    const size = binding.writeQueueSize(handle.id);
    if (last !== size) {
      this[kLastWriteQueueSize] = size;
      this._unrefTimer();
      return;
    }
  }
  // An interval-like timeout: node re-arms it when refreshed; a fired one
  // stays fired until the next activity.
  this.emit('timeout');
};

Socket.prototype.setNoDelay = function setNoDelay(enable) {
  enable = Boolean(enable === undefined ? true : enable);
  if (!this._handle) {
    this[kSetNoDelay] = enable;
    return this;
  }
  if (this._handle.isPipe) return this;
  if (enable !== this[kSetNoDelay]) {
    this[kSetNoDelay] = enable;
    binding.setNoDelay(this._handle.id, enable);
  }
  return this;
};

Socket.prototype.setKeepAlive = function setKeepAlive(enable, initialDelayMsecs) {
  enable = Boolean(enable);
  const initialDelay = ~~(initialDelayMsecs / 1000);
  if (!this._handle) {
    this[kSetKeepAlive] = enable;
    this[kKeepAliveDelay] = initialDelay;
    return this;
  }
  if (this._handle.isPipe) return this;
  binding.setKeepAlive(this._handle.id, enable, initialDelay);
  return this;
};

Socket.prototype.address = function address() {
  return this._getsockname();
};

Object.defineProperty(Socket.prototype, '_connecting', {
  get() { return this.connecting; }, configurable: true,
});

Object.defineProperty(Socket.prototype, 'pending', {
  get() { return !this._handle || this.connecting; }, configurable: true,
});

Object.defineProperty(Socket.prototype, 'readyState', {
  get() {
    if (this.connecting) return 'opening';
    if (this.readable && this.writable) return 'open';
    if (this.readable && !this.writable) return 'readOnly';
    if (!this.readable && this.writable) return 'writeOnly';
    return 'closed';
  },
  configurable: true,
});

Object.defineProperty(Socket.prototype, 'bufferSize', {
  get() {
    if (this._handle) return this.writableLength;
    return undefined;
  },
  configurable: true,
});

Object.defineProperty(Socket.prototype, 'bytesRead', {
  get() { return this._handle ? this._handle.bytesRead : this[kBytesRead]; },
  configurable: true,
});

Object.defineProperty(Socket.prototype, 'bytesWritten', {
  get() {
    let bytes = this._handle ? this._handle.bytesWritten : this[kBytesWritten];
    const buffered = this.writableBuffer;
    if (!buffered) return undefined;
    for (const el of buffered) {
      bytes += el.chunk instanceof Buffer ? el.chunk.length
                                          : Buffer.byteLength(el.chunk, el.encoding);
    }
    const data = this._pendingData;
    if (Array.isArray(data)) {
      for (const el of data) {
        bytes += el.chunk instanceof Buffer ? el.chunk.length
                                            : Buffer.byteLength(el.chunk, el.encoding);
      }
    } else if (data) {
      bytes += data instanceof Buffer ? data.length
                                      : Buffer.byteLength(data, this._pendingEncoding);
    }
    return bytes;
  },
  configurable: true,
});

Socket.prototype._getpeername = function _getpeername() {
  if (!this._handle || this._handle.id < 0) return this._peername || {};
  if (!this._peername) {
    const r = binding.sockname(this._handle.id, true);
    if (!Array.isArray(r)) return {};
    this._peername = { address: r[0], family: r[1], port: r[2] };
  }
  return this._peername;
};

Socket.prototype._getsockname = function _getsockname() {
  if (!this._handle || this._handle.id < 0) return {};
  if (!this._sockname) {
    const r = binding.sockname(this._handle.id, false);
    if (typeof r === 'string') return r === '' ? {} : r;
    if (!Array.isArray(r)) return {};
    this._sockname = { address: r[0], family: r[1], port: r[2] };
  }
  return this._sockname;
};

function protoGetter(name, fn) {
  Object.defineProperty(Socket.prototype, name, {
    configurable: false, enumerable: true, get: fn,
  });
}
protoGetter('remoteAddress', function remoteAddress() { return this._getpeername().address; });
protoGetter('remoteFamily', function remoteFamily() { return this._getpeername().family; });
protoGetter('remotePort', function remotePort() { return this._getpeername().port; });
protoGetter('localAddress', function localAddress() { return this._getsockname().address; });
protoGetter('localPort', function localPort() { return this._getsockname().port; });
protoGetter('localFamily', function localFamily() { return this._getsockname().family; });

Socket.prototype._read = function _read(n) {
  if (this.connecting || !this._handle) {
    this.once('connect', () => this._read(n));
  } else if (!this._handle.reading) {
    tryReadStart(this);
  }
};

Socket.prototype.end = function end(data, encoding, callback) {
  stream.Duplex.prototype.end.call(this, data, encoding, callback);
  return this;
};

Socket.prototype.pause = function pause() {
  return stream.Duplex.prototype.pause.call(this);
};

Socket.prototype.resume = function resume() {
  return stream.Duplex.prototype.resume.call(this);
};

Socket.prototype.destroySoon = function destroySoon() {
  if (this.writable) this.end();
  if (this.writableFinished) this.destroy();
  else this.once('finish', this.destroy);
};

Socket.prototype._final = function _final(cb) {
  if (this.pending) {
    return this.once('connect', () => this._final(cb));
  }
  if (!this._handle) return cb();
  const err = binding.shutdown(this._handle.id, () => cb());
  if (err === UV_ENOTCONN) return cb();
  if (err !== 0) return cb(errnoException(err, 'shutdown'));
};

Socket.prototype._destroy = function _destroy(exception, cb) {
  this.connecting = false;
  for (let s = this; s !== null; s = s._parent) {
    clearTimeout(s[kTimeout]);
  }
  if (this._handle) {
    const isException = exception ? true : false;
    this[kBytesRead] = this._handle.bytesRead;
    this[kBytesWritten] = this._handle.bytesWritten;
    const handle = this._handle;
    handle.owner = null;
    if (this.resetAndClosing) {
      this.resetAndClosing = false;
      const err = handle.close(() => this.emit('close', isException), true);
      if (err) this.emit('error', errnoException(err, 'reset'));
    } else {
      handle.close(() => this.emit('close', isException));
    }
    this._handle = null;
    this._sockname = null;
    cb(exception);
  } else {
    cb(exception);
    process.nextTick(() => this.emit('close', !!exception));
  }
  if (this._server) {
    this._server._connections--;
    if (this._server._emitCloseIfDrained) this._server._emitCloseIfDrained();
  }
};

// Writes [data] (a Buffer or string, or with writev an array of
// {chunk, encoding}) and calls cb when the kernel has it.
Socket.prototype._writeGeneric = function _writeGeneric(writev, data, encoding, cb) {
  if (this.connecting) {
    this._pendingData = data;
    this._pendingEncoding = encoding;
    const onClose = () => {
      cb(nodeError(Error, 'ERR_SOCKET_CLOSED_BEFORE_CONNECTION',
                   'Socket closed before the connection was established'));
    };
    this.once('connect', function connect() {
      this.off('close', onClose);
      this._writeGeneric(writev, data, encoding, cb);
    });
    this.once('close', onClose);
    return;
  }
  this._pendingData = null;
  this._pendingEncoding = '';
  if (!this._handle) {
    cb(nodeError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'));
    return false;
  }
  this._unrefTimer();
  const chunks = [];
  if (writev) {
    for (let i = 0; i < data.length; i++) chunks.push(chunkBytes(data[i].chunk, data[i].encoding));
  } else {
    chunks.push(chunkBytes(data, encoding));
  }
  const handle = this._handle;
  const r = binding.write(handle.id, chunks, (status) => {
    // Node's onWriteComplete: a destroyed socket's writes just end.
    if (this.destroyed) return cb(null);
    if (status < 0) return cb(errnoException(status, 'write'));
    this._unrefTimer();
    this[kLastWriteQueueSize] = 0;
    cb(null);
  });
  if (typeof r !== 'number') {
    this.destroy(errnoException(r[0], 'write'));
    return;
  }
  if (r >= 0) {
    handle.bytesWritten += r;
    this[kLastWriteQueueSize] = 0;
    cb();
  } else {
    handle.bytesWritten += -1 - r;
    this[kLastWriteQueueSize] = -1 - r;
  }
};

// What binding.write takes: a Buffer/Uint8Array, or a string as UTF-8.
function chunkBytes(chunk, encoding) {
  if (typeof chunk !== 'string') return chunk;
  if (encoding === 'utf8' || encoding === 'utf-8' || encoding === undefined ||
      encoding === 'buffer') {
    return chunk;
  }
  return Buffer.from(chunk, encoding);
}

Socket.prototype._writev = function _writev(chunks, cb) {
  this._writeGeneric(true, chunks, '', cb);
};

Socket.prototype._write = function _write(data, encoding, cb) {
  this._writeGeneric(false, data, encoding, cb);
};

Socket.prototype.connect = function connect(...args) {
  let normalized;
  if (Array.isArray(args[0]) && args[0].normalized) normalized = args[0];
  else normalized = normalizeArgs(args);
  const options = normalized[0];
  const cb = normalized[1];
  if (this.write !== Socket.prototype.write) this.write = Socket.prototype.write;
  if (options.port === undefined && options.path == null) {
    throw nodeError(TypeError, 'ERR_MISSING_ARGS',
                    'The "options" or "port" or "path" argument must be specified');
  }
  if (this.destroyed) {
    this._handle = null;
    this._peername = null;
    this._sockname = null;
    this._undestroy();
    this.connecting = false;
  }
  const { path } = options;
  const pipe = !!path;
  if (!this._handle) {
    this._handle = newHandle(pipe);
    this._handle.owner = this;
  }
  if (cb !== null) this.once('connect', cb);
  this._unrefTimer();
  this.connecting = true;
  if (pipe) {
    if (typeof path !== 'string') throw invalidArgType('options.path', 'of type string', path);
    internalConnect(this, path);
  } else {
    lookupAndConnect(this, options);
  }
  return this;
};

function lookupAndConnect(self, options) {
  const { localAddress, localPort } = options;
  const host = options.host || 'localhost';
  let { port } = options;
  if (localAddress && !isIP(localAddress)) {
    throw nodeError(TypeError, 'ERR_INVALID_IP_ADDRESS', `Invalid IP address: ${localAddress}`);
  }
  if (localPort) validateNumber(localPort, 'options.localPort');
  if (typeof port !== 'undefined') {
    if (typeof port !== 'number' && typeof port !== 'string') {
      throw invalidArgType('options.port', 'one of type number or string', port);
    }
    validatePort(port);
  }
  port |= 0;
  const addressType = isIP(host);
  if (addressType) {
    process.nextTick(() => {
      if (self.connecting) internalConnect(self, host, port, addressType, localAddress, localPort);
    });
    return;
  }
  if (options.lookup != null) validateFunction(options.lookup, 'options.lookup');
  const dns = require('dns');
  const dnsopts = { family: socketToDnsFamily(options.family), hints: options.hints || 0 };
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && dnsopts.hints === 0) {
    dnsopts.hints = dns.ADDRCONFIG;
  }
  self._host = host;
  const lookup = options.lookup || dns.lookup;
  let { autoSelectFamily } = options;
  if (autoSelectFamily == null) autoSelectFamily = autoSelectFamilyDefault;
  if (dnsopts.family !== 4 && dnsopts.family !== 6 && !localAddress && autoSelectFamily) {
    dnsopts.all = true;
    lookupAndConnectMultiple(self, lookup, host, port, dnsopts, localAddress, localPort);
    return;
  }
  lookup(host, dnsopts, function emitLookup(err, ip, addressType) {
    self.emit('lookup', err, ip, addressType, host);
    if (!self.connecting) return;
    if (err) {
      process.nextTick(connectErrorNT, self, err);
    } else if (!isIP(ip)) {
      err = nodeError(TypeError, 'ERR_INVALID_IP_ADDRESS', `Invalid IP address: ${ip}`);
      process.nextTick(connectErrorNT, self, err);
    } else if (addressType !== 4 && addressType !== 6) {
      err = nodeError(TypeError, 'ERR_INVALID_ADDRESS_FAMILY',
                      `Invalid address family: ${addressType} ${options.host}:${options.port}`);
      process.nextTick(connectErrorNT, self, err);
    } else {
      self._unrefTimer();
      internalConnect(self, ip, port, addressType, localAddress, localPort);
    }
  });
}

// Node 20's autoSelectFamily: every address of the name, the families
// alternating; one address connects as usual. Kiln tries the others one
// after another (node races them 250 ms apart): the first that accepts wins.
function lookupAndConnectMultiple(self, lookup, host, port, dnsopts, localAddress, localPort) {
  lookup(host, dnsopts, function emitLookup(err, addresses) {
    if (!self.connecting) return;
    if (err) {
      self.emit('lookup', err, undefined, undefined, host);
      process.nextTick(connectErrorNT, self, err);
      return;
    }
    const valid = [[], []];
    let order;
    for (const { address: ip, family } of addresses) {
      self.emit('lookup', err, ip, family, host);
      if (!self.connecting) return;
      if (isIP(ip) && (family === 4 || family === 6)) {
        order ||= family === 6 ? { 6: 0, 4: 1 } : { 4: 0, 6: 1 };
        const list = valid[order[family]];
        if (!list.some((a) => a.address === ip)) list.push({ address: ip, family });
      }
    }
    const toAttempt = [];
    for (let i = 0; i < Math.max(valid[0].length, valid[1].length); i++) {
      if (i in valid[0]) toAttempt.push(valid[0][i]);
      if (i in valid[1]) toAttempt.push(valid[1][i]);
    }
    if (toAttempt.length === 0) {
      const e = nodeError(TypeError, 'ERR_INVALID_IP_ADDRESS',
                          `Invalid IP address: ${addresses[0] && addresses[0].address}`);
      process.nextTick(connectErrorNT, self, e);
      return;
    }
    self._unrefTimer();
    if (toAttempt.length === 1) {
      const { address, family } = toAttempt[0];
      internalConnect(self, address, port, family, localAddress, localPort);
      return;
    }
    self.autoSelectFamilyAttemptedAddresses = [];
    attemptNext(self, toAttempt, 0, port, []);
  });
}

function attemptNext(self, toAttempt, i, port, errors) {
  if (!self.connecting) return;
  if (i === toAttempt.length) {
    const ex = new AggregateError(errors, '');
    ex.code = errors[0].code;
    self.destroy(ex);
    return;
  }
  const { address, family } = toAttempt[i];
  self.autoSelectFamilyAttemptedAddresses.push(`${address}:${port}`);
  if (i > 0) {
    self._handle.close();
    self._handle = newHandle(false);
    self._handle.owner = self;
  }
  const handle = self._handle;
  const err = binding.connect(handle.id, address, port, (status) => {
    if (self.destroyed || self._handle !== handle) return;
    if (status === 0) {
      afterConnect(self, handle, 0, address, port);
      return;
    }
    errors.push(exceptionWithHostPort(status, 'connect', address, port));
    attemptNext(self, toAttempt, i + 1, port, errors);
  });
  if (err) {
    errors.push(exceptionWithHostPort(err, 'connect', address, port));
    process.nextTick(attemptNext, self, toAttempt, i + 1, port, errors);
  }
}

function socketToDnsFamily(family) {
  switch (family) {
    case 'IPv4': return 4;
    case 'IPv6': return 6;
  }
  return family;
}

function connectErrorNT(self, err) { self.destroy(err); }

function internalConnect(self, address, port, addressType, localAddress, localPort) {
  if (!self._handle) return;
  let err;
  if (localAddress || localPort) {
    err = binding.bind(self._handle.id, localAddress || (addressType === 6 ? '::' : '0.0.0.0'),
                       localPort || 0, false);
    if (err) {
      self.destroy(exceptionWithHostPort(err, 'bind', localAddress, localPort));
      return;
    }
  }
  const handle = self._handle;
  if (addressType === 4 || addressType === 6) {
    err = binding.connect(handle.id, address, port,
                          (status) => afterConnect(self, handle, status, address, port));
  } else {
    err = binding.connect(handle.id, address, 0,
                          (status) => afterConnect(self, handle, status, address));
  }
  if (err) {
    self.destroy(exceptionWithHostPort(err, 'connect', address, port));
  }
}

function afterConnect(self, handle, status, address, port) {
  if (self.destroyed || self._handle !== handle) return;
  self.connecting = false;
  self._sockname = null;
  if (status === 0) {
    self._unrefTimer();
    if (self[kSetNoDelay] && !handle.isPipe) binding.setNoDelay(handle.id, true);
    if (self[kSetKeepAlive] && !handle.isPipe) {
      binding.setKeepAlive(handle.id, true, self[kKeepAliveDelay]);
    }
    self.emit('connect');
    self.emit('ready');
    if (!self.isPaused()) self.read(0);
  } else {
    self.destroy(exceptionWithHostPort(status, 'connect', address, port));
  }
}

Socket.prototype.ref = function ref() {
  if (!this._handle) {
    this.once('connect', this.ref);
    return this;
  }
  this._handle.ref();
  return this;
};

Socket.prototype.unref = function unref() {
  if (!this._handle) {
    this.once('connect', this.unref);
    return this;
  }
  this._handle.unref();
  return this;
};

Socket.prototype.resetAndDestroy = function resetAndDestroy() {
  if (this._handle) {
    if (this._handle.isPipe) {
      throw nodeError(TypeError, 'ERR_INVALID_HANDLE_TYPE', 'This handle type cannot be sent');
    }
    if (this.connecting) {
      this.once('connect', () => this._reset());
    } else {
      this._reset();
    }
    return this;
  }
  this.destroy(nodeError(Error, 'ERR_SOCKET_CLOSED', 'Socket is closed'));
  return this;
};

Socket.prototype._reset = function _reset() {
  this.resetAndClosing = true;
  return this.destroy();
};

function connect(...args) {
  const normalized = normalizeArgs(args);
  const options = normalized[0];
  const socket = new Socket(options);
  if (options.timeout) socket.setTimeout(options.timeout);
  normalized.normalized = true;
  return socket.connect(normalized);
}

// --- Server ------------------------------------------------------------------------------

function Server(options, connectionListener) {
  if (!(this instanceof Server)) return new Server(options, connectionListener);
  EventEmitter.call(this);
  if (typeof options === 'function') {
    connectionListener = options;
    options = {};
    this.on('connection', connectionListener);
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
    if (typeof connectionListener === 'function') this.on('connection', connectionListener);
  } else {
    throw invalidArgType('options', 'of type object', options);
  }
  this._connections = 0;
  this._handle = null;
  this._usingWorkers = false;
  this._workers = [];
  this._unref = false;
  this._listeningId = 1;
  this.allowHalfOpen = options.allowHalfOpen || false;
  this.pauseOnConnect = !!options.pauseOnConnect;
  this.noDelay = Boolean(options.noDelay);
  this.keepAlive = Boolean(options.keepAlive);
  this.keepAliveInitialDelay = ~~(options.keepAliveInitialDelay / 1000);
  this.highWaterMark = options.highWaterMark ?? stream.getDefaultHighWaterMark();
}
Object.setPrototypeOf(Server.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Server, EventEmitter);

function createServerHandle(address, port, addressType, fd, flags) {
  const isPipe = addressType === -1;
  const handle = newHandle(isPipe);
  const err = isPipe ? binding.bind(handle.id, address)
                     : binding.bind(handle.id, address, port, (flags & 1) !== 0);
  if (err) {
    handle.close();
    return err;
  }
  return handle;
}

Server.prototype._listen2 = function setupListenHandle(address, port, addressType, backlog,
                                                       fd, flags) {
  // In a cluster worker the primary owns the listening socket: cluster.js
  // sets the hook when it loads in a worker.
  if (!this._handle && module.exports._clusterGetServer) {
    module.exports._clusterGetServer(this, address, port, addressType, backlog, fd, flags);
    return;
  }
  let rval = null;
  if (this._handle) {
    // listen() called again before the first one bound: the handle is reused.
    rval = this._handle;
  } else if (!address) {
    rval = createServerHandle('::', port, 6, fd, flags);
    if (typeof rval === 'number') {
      rval = null;
      address = '0.0.0.0';
      addressType = 4;
    } else {
      address = '::';
      addressType = 6;
    }
  }
  if (rval === null) rval = createServerHandle(address, port, addressType, fd, flags);
  if (typeof rval === 'number') {
    const error = uvExceptionWithHostPort(rval, 'listen', address, port);
    process.nextTick(emitErrorNT, this, error);
    return;
  }
  this._handle = rval;
  this._handle.owner = this;
  const handle = rval;
  const err = binding.listen(handle.id, backlog || 511,
                             (status, id) => onconnection(handle, status, id));
  if (err) {
    const ex = uvExceptionWithHostPort(err, 'listen', address, port);
    this._handle.close();
    this._handle = null;
    process.nextTick(emitErrorNT, this, ex);
    return;
  }
  this._connectionKey = addressType + ':' + address + ':' + port;
  if (this._unref) this.unref();
  process.nextTick(emitListeningNT, this);
};

function emitErrorNT(self, err) { self.emit('error', err); }
function emitListeningNT(self) { if (self._handle) self.emit('listening'); }

function onconnection(handle, status, id) {
  const self = handle.owner;
  if (!self) {
    if (id >= 0) binding.close(id);
    return;
  }
  if (status) {
    self.emit('error', errnoException(status, 'accept'));
    return;
  }
  const clientHandle = new Handle(id, handle.isPipe);
  if (self.maxConnections && self._connections >= self.maxConnections) {
    if (handle.isPipe) {
      self.emit('drop');
    } else {
      const data = Object.create(null);
      const local = binding.sockname(id, false);
      const remote = binding.sockname(id, true);
      if (Array.isArray(local)) {
        data.localAddress = local[0];
        data.localPort = local[2];
        data.localFamily = local[1];
      }
      if (Array.isArray(remote)) {
        data.remoteAddress = remote[0];
        data.remotePort = remote[2];
        data.remoteFamily = remote[1];
      }
      self.emit('drop', data);
    }
    clientHandle.close();
    return;
  }
  const socket = new Socket({
    handle: clientHandle,
    allowHalfOpen: self.allowHalfOpen,
    pauseOnCreate: self.pauseOnConnect,
    readable: true,
    writable: true,
    keepAlive: self.keepAlive,
    keepAliveInitialDelay: self.keepAliveInitialDelay,
    noDelay: self.noDelay,
  });
  if (self.noDelay && !handle.isPipe) binding.setNoDelay(id, true);
  if (self.keepAlive && !handle.isPipe) binding.setKeepAlive(id, true, self.keepAliveInitialDelay);
  self._connections++;
  socket.server = self;
  socket._server = self;
  self.emit('connection', socket);
}

Server.prototype.listen = function listen(...args) {
  const normalized = normalizeArgs(args);
  let options = normalized[0];
  const cb = normalized[1];
  if (this._handle) {
    throw nodeError(Error, 'ERR_SERVER_ALREADY_LISTEN',
                    'Listen method has been called more than once without closing.');
  }
  if (cb !== null) this.once('listening', cb);
  const flags = options.ipv6Only === true ? 1 : 0;
  if (options.signal) addServerAbortSignal(this, options.signal);
  const backlogFromArgs = toNumber(args.length > 1 && args[1]) ||
                          toNumber(args.length > 2 && args[2]);
  this._listenCalled = true;
  this._listeningId++;
  if (args.length === 0 || typeof args[0] === 'function' ||
      (typeof options.port === 'undefined' && 'port' in options) ||
      options.port === null) {
    options.port = 0;
  }
  let backlog;
  if (typeof options.port === 'number' || typeof options.port === 'string') {
    validatePort(options.port, 'options.port');
    backlog = options.backlog || backlogFromArgs;
    if (options.host) {
      lookupAndListen(this, options.port | 0, options.host, backlog, flags);
    } else {
      this._listen2(null, options.port | 0, 4, backlog, undefined, flags);
    }
    return this;
  }
  if (options.path && isPipeName(options.path)) {
    this._pipeName = options.path;
    backlog = options.backlog || backlogFromArgs;
    this._listen2(options.path, -1, -1, backlog);
    return this;
  }
  if (!('port' in options) && !('path' in options)) {
    throw invalidArgValue('options', options, 'must have the property "port" or "path"');
  }
  throw invalidArgValue('options', options);
};

// listen({ signal }): the server closes when the signal aborts.
function addServerAbortSignal(self, signal) {
  if (signal === null || typeof signal !== 'object' || !('aborted' in signal)) {
    throw invalidArgType('options.signal', 'an instance of AbortSignal', signal);
  }
  const onAborted = () => self.close();
  if (signal.aborted) {
    process.nextTick(onAborted);
  } else {
    signal.addEventListener('abort', onAborted, { once: true });
    self.once('close', () => signal.removeEventListener('abort', onAborted));
  }
}

function lookupAndListen(self, port, address, backlog, flags) {
  // A close() (or another listen()) before the lookup answers wins.
  const listeningId = self._listeningId;
  require('dns').lookup(address, function doListen(err, ip, addressType) {
    if (listeningId !== self._listeningId) return;
    if (err) {
      self.emit('error', err);
    } else {
      addressType = ip ? addressType : 4;
      self._listen2(ip, port, addressType, backlog, undefined, flags);
    }
  });
}

Object.defineProperty(Server.prototype, 'listening', {
  get() { return !!(this._handle && this._connectionKey); },
  configurable: true, enumerable: true,
});

Server.prototype.address = function address() {
  if (this._handle && this._handle.id >= 0) {
    const r = binding.sockname(this._handle.id, false);
    if (this._handle.isPipe) return this._pipeName;
    if (!Array.isArray(r)) throw errnoException(r, 'address');
    return { address: r[0], family: r[1], port: r[2] };
  } else if (this._pipeName) {
    return this._pipeName;
  }
  return null;
};

Server.prototype.getConnections = function getConnections(cb) {
  process.nextTick(cb, null, this._connections);
  return this;
};

Server.prototype.close = function close(cb) {
  this._listeningId++;
  if (typeof cb === 'function') {
    if (!this._handle) {
      this.once('close', function close() {
        cb(nodeError(Error, 'ERR_SERVER_NOT_RUNNING', 'Server is not running.'));
      });
    } else {
      this.once('close', cb);
    }
  }
  if (this._handle) {
    this._handle.owner = null;
    this._handle.close();
    this._handle = null;
  }
  this._emitCloseIfDrained();
  return this;
};

Server.prototype._emitCloseIfDrained = function _emitCloseIfDrained() {
  if (this._handle || this._connections) return;
  process.nextTick(emitCloseNT, this);
};

function emitCloseNT(self) { self.emit('close'); }

Server.prototype.ref = function ref() {
  this._unref = false;
  if (this._handle) this._handle.ref();
  return this;
};

Server.prototype.unref = function unref() {
  this._unref = true;
  if (this._handle) this._handle.unref();
  return this;
};

Server.prototype[Symbol.asyncDispose] = function asyncDispose() {
  if (!this._handle) return Promise.resolve();
  return new Promise((resolve, reject) => {
    this.close((err) => (err ? reject(err) : resolve()));
  });
};

function createServer(options, connectionListener) {
  return new Server(options, connectionListener);
}

// --- module -----------------------------------------------------------------------------

let autoSelectFamilyDefault = true;
let autoSelectFamilyAttemptTimeoutDefault = 250;

module.exports = {
  _createServerHandle: createServerHandle,
  _normalizeArgs: normalizeArgs,
  _setSimultaneousAccepts() {},
  get BlockList() { return require('kiln:internal_blocklist').BlockList; },
  get SocketAddress() { return require('kiln:internal_blocklist').SocketAddress; },
  connect,
  createConnection: connect,
  createServer,
  isIP,
  isIPv4,
  isIPv6,
  Server,
  Socket,
  Stream: Socket,
  getDefaultAutoSelectFamily() { return autoSelectFamilyDefault; },
  setDefaultAutoSelectFamily(value) { autoSelectFamilyDefault = Boolean(value); },
  getDefaultAutoSelectFamilyAttemptTimeout() { return autoSelectFamilyAttemptTimeoutDefault; },
  setDefaultAutoSelectFamilyAttemptTimeout(value) {
    autoSelectFamilyAttemptTimeoutDefault = value < 10 ? 10 : value;
  },
};

// For handles passed over an IPC channel (child_process.js, cluster.js):
// hidden, as node's exports have no such names. cluster.js sets the hook
// _clusterGetServer in a worker.
for (const [name, value] of Object.entries({
  _handleFromId(id, isPipe) { return new Handle(id, isPipe); },
  _isHandle(h) { return h instanceof Handle; },
  _onconnection: onconnection,
  _clusterGetServer: null,
})) {
  Object.defineProperty(module.exports, name, { value, writable: true, configurable: true });
}
