// SPDX-License-Identifier: MIT
//
// internal_http_outgoing.js: node's http.OutgoingMessage, the writable
// side shared by ServerResponse and ClientRequest: the header list
// (setHeader/getHeader/...), the header block with node's automatic
// Date/Connection/Keep-Alive/Content-Length/Transfer-Encoding lines, chunked
// framing, and the queue of output kept while no socket is attached (a
// pipelined response waits for the one before it).
'use strict';

const Stream = require('stream');
const { Buffer } = require('buffer');
const {
  validateHeaderName, validateHeaderValue, checkInvalidHeaderChar, headersSentError,
  nodeError, invalidArgType,
} = require('kiln:internal_http_common');

const kOutHeaders = Symbol('kOutHeaders');
const kNeedDrain = Symbol('kNeedDrain');
const kCorked = Symbol('corked');
const kHighWaterMark = Symbol('kHighWaterMark');
const kErrored = Symbol('errored');
const kUniqueHeaders = Symbol('kUniqueHeaders');
const kBytesWritten = Symbol('kBytesWritten');

const crlf = '\r\n';

function nop() {}

function OutgoingMessage(options) {
  Stream.call(this);
  this.outputData = [];
  this.outputSize = 0;
  this.writable = true;
  this.destroyed = false;
  this._last = false;
  this.chunkedEncoding = false;
  this.shouldKeepAlive = true;
  this.maxRequestsOnConnectionReached = false;
  this._defaultKeepAlive = true;
  this.useChunkedEncodingByDefault = true;
  this.sendDate = false;
  this._removedConnection = false;
  this._removedContLen = false;
  this._removedTE = false;
  this.strictContentLength = false;
  this[kBytesWritten] = 0;
  this._contentLength = null;
  this._hasBody = true;
  this._trailer = '';
  this[kNeedDrain] = false;
  this.finished = false;
  this._headerSent = false;
  this[kCorked] = 0;
  this._closed = false;
  this.socket = null;
  this._header = null;
  this[kOutHeaders] = null;
  this._keepAliveTimeout = 0;
  this._onPendingData = nop;
  this[kErrored] = null;
  this[kHighWaterMark] = (options && options.highWaterMark) || 16384;
}
Object.setPrototypeOf(OutgoingMessage.prototype, Stream.prototype);
Object.setPrototypeOf(OutgoingMessage, Stream);

Object.defineProperties(OutgoingMessage.prototype, {
  errored: { get() { return this[kErrored]; }, configurable: true },
  closed: { get() { return this._closed; }, configurable: true },
  writableFinished: {
    get() {
      return this.finished && this.outputSize === 0 &&
        (!this.socket || this.socket.writableLength === 0);
    },
    configurable: true,
  },
  writableObjectMode: { get() { return false; }, configurable: true },
  writableLength: {
    get() { return this.outputSize + (this.socket ? this.socket.writableLength : 0); },
    configurable: true,
  },
  writableHighWaterMark: {
    get() { return this.socket ? this.socket.writableHighWaterMark : this[kHighWaterMark]; },
    configurable: true,
  },
  writableCorked: { get() { return this[kCorked]; }, configurable: true },
  writableEnded: { get() { return this.finished; }, configurable: true },
  writableNeedDrain: { get() { return !this.destroyed && !this.finished && this[kNeedDrain]; }, configurable: true },
  connection: {
    get() { return this.socket; },
    set(v) { this.socket = v; },
    configurable: true,
  },
  headersSent: { get() { return !!this._header; }, configurable: true },
});

OutgoingMessage.prototype.cork = function cork() {
  if (this.socket) this.socket.cork();
  else this[kCorked]++;
};

OutgoingMessage.prototype.uncork = function uncork() {
  if (this.socket) this.socket.uncork();
  else if (this[kCorked]) this[kCorked]--;
};

OutgoingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  if (!this.socket) this.once('socket', (socket) => socket.setTimeout(msecs));
  else this.socket.setTimeout(msecs);
  return this;
};

OutgoingMessage.prototype.destroy = function destroy(error) {
  if (this.destroyed) return this;
  this.destroyed = true;
  this[kErrored] = error;
  if (this.socket) this.socket.destroy(error);
  else this.once('socket', (socket) => socket.destroy(error));
  return this;
};

// --- the header list -----------------------------------------------------------------

OutgoingMessage.prototype.setHeader = function setHeader(name, value) {
  if (this._header) throw headersSentError('set');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  let headers = this[kOutHeaders];
  if (headers === null) this[kOutHeaders] = headers = { __proto__: null };
  headers[name.toLowerCase()] = [name, value];
  return this;
};

OutgoingMessage.prototype.appendHeader = function appendHeader(name, value) {
  if (this._header) throw headersSentError('append');
  validateHeaderName(name);
  validateHeaderValue(name, value);
  const field = name.toLowerCase();
  const headers = this[kOutHeaders];
  if (headers === null || !headers[field]) return this.setHeader(name, value);
  if (!Array.isArray(headers[field][1])) headers[field][1] = [headers[field][1]];
  const existing = headers[field][1];
  if (Array.isArray(value)) existing.push(...value);
  else existing.push(value);
  return this;
};

OutgoingMessage.prototype.setHeaders = function setHeaders(headers) {
  if (this._header) throw headersSentError('set');
  if (!headers || Array.isArray(headers) || typeof headers.keys !== 'function' ||
      typeof headers.get !== 'function') {
    throw invalidArgType('headers', ['Headers', 'Map'], headers);
  }
  for (const key of headers.keys()) this.setHeader(key, headers.get(key));
  return this;
};

OutgoingMessage.prototype.getHeader = function getHeader(name) {
  if (typeof name !== 'string') throw invalidArgType('name', 'string', name);
  const headers = this[kOutHeaders];
  if (headers === null) return undefined;
  const entry = headers[name.toLowerCase()];
  return entry && entry[1];
};

OutgoingMessage.prototype.getHeaderNames = function getHeaderNames() {
  return this[kOutHeaders] !== null ? Object.keys(this[kOutHeaders]) : [];
};

OutgoingMessage.prototype.getRawHeaderNames = function getRawHeaderNames() {
  const headers = this[kOutHeaders];
  if (headers === null) return [];
  return Object.values(headers).map((e) => e[0]);
};

OutgoingMessage.prototype.getHeaders = function getHeaders() {
  const headers = this[kOutHeaders];
  const ret = { __proto__: null };
  if (headers) {
    for (const key of Object.keys(headers)) ret[key] = headers[key][1];
  }
  return ret;
};

OutgoingMessage.prototype.hasHeader = function hasHeader(name) {
  if (typeof name !== 'string') throw invalidArgType('name', 'string', name);
  return this[kOutHeaders] !== null && !!this[kOutHeaders][name.toLowerCase()];
};

OutgoingMessage.prototype.removeHeader = function removeHeader(name) {
  if (typeof name !== 'string') throw invalidArgType('name', 'string', name);
  if (this._header) throw headersSentError('remove');
  const key = name.toLowerCase();
  if (key === 'connection') this._removedConnection = true;
  else if (key === 'content-length') this._removedContLen = true;
  else if (key === 'transfer-encoding') this._removedTE = true;
  else if (key === 'date') this.sendDate = false;
  if (this[kOutHeaders] !== null) delete this[kOutHeaders][key];
};

OutgoingMessage.prototype._implicitHeader = function _implicitHeader() {
  throw nodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED',
                  'The _implicitHeader() method is not implemented');
};

// --- the header block ---------------------------------------------------------------

let dateCache = '';
function utcDate() {
  if (!dateCache) {
    dateCache = new Date().toUTCString();
    setTimeout(() => { dateCache = ''; }, 1000 - new Date().getMilliseconds()).unref();
  }
  return dateCache;
}

// Adds "name: value" lines to state.header and notes the fields that
// change what node adds itself.
function processHeader(self, state, key, value, validate) {
  if (validate) validateHeaderName(key);
  if (Array.isArray(value)) {
    if (value.length < 2 || key.toLowerCase() !== 'cookie') {
      for (let i = 0; i < value.length; i++) storeHeader(self, state, key, value[i], validate);
      return;
    }
    value = value.join('; ');
  }
  storeHeader(self, state, key, value, validate);
}

function storeHeader(self, state, key, value, validate) {
  if (validate) validateHeaderValue(key, value);
  state.header += key + ': ' + value + crlf;
  switch (key.length) {
    case 4:
      if (key.toLowerCase() === 'date') state.date = true;
      break;
    case 6:
      if (key.toLowerCase() === 'expect') state.expect = true;
      break;
    case 7:
      if (key.toLowerCase() === 'trailer') state.trailer = true;
      else if (key.toLowerCase() === 'upgrade') state.upgrade = true;
      break;
    case 10:
      if (key.toLowerCase() === 'connection') {
        state.connection = true;
        self._removedConnection = false;
        if (/(?:^|\W)close(?:$|\W)/i.test(value)) self._last = true;
        else self.shouldKeepAlive = true;
      }
      break;
    case 14:
      if (key.toLowerCase() === 'content-length') {
        state.contLen = true;
        self._contentLength = +value;
        self._removedContLen = false;
      }
      break;
    case 17:
      if (key.toLowerCase() === 'transfer-encoding') {
        state.te = true;
        self._removedTE = false;
        if (/(?:^|\W)chunked(?:$|\W)/i.test(value)) self.chunkedEncoding = true;
      }
      break;
  }
}

OutgoingMessage.prototype._storeHeader = function _storeHeader(firstLine, headers) {
  const state = {
    connection: false, contLen: false, te: false, date: false, expect: false,
    trailer: false, upgrade: false, header: firstLine,
  };
  if (headers) {
    if (headers === this[kOutHeaders]) {
      for (const key in headers) processHeader(this, state, headers[key][0], headers[key][1], false);
    } else if (Array.isArray(headers)) {
      if (headers.length && Array.isArray(headers[0])) {
        for (const [k, v] of headers) processHeader(this, state, k, v, true);
      } else {
        if (headers.length % 2 !== 0) {
          throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                          "The argument 'headers' is invalid. Received " +
                          require('kiln:internal').inspect(headers));
        }
        for (let n = 0; n < headers.length; n += 2) {
          processHeader(this, state, headers[n], headers[n + 1], true);
        }
      }
    } else {
      for (const key in headers) {
        if (Object.prototype.hasOwnProperty.call(headers, key)) {
          processHeader(this, state, key, headers[key], true);
        }
      }
    }
  }
  let header = state.header;
  if (this.sendDate && !state.date) header += 'Date: ' + utcDate() + crlf;
  if (this.chunkedEncoding && (this.statusCode === 204 || this.statusCode === 304)) {
    this._last = true;  // RFC 9110: no body, so no chunked framing
    this.chunkedEncoding = false;
  }
  if (!state.connection && !this._removedConnection) {
    const shouldSendKeepAlive = this.shouldKeepAlive &&
      (state.contLen || this.useChunkedEncodingByDefault || this.agent);
    if (shouldSendKeepAlive && this.maxRequestsOnConnectionReached) {
      header += 'Connection: close\r\n';
    } else if (shouldSendKeepAlive) {
      header += 'Connection: keep-alive\r\n';
      if (this._keepAliveTimeout && this._defaultKeepAlive) {
        header += 'Keep-Alive: timeout=' + Math.floor(this._keepAliveTimeout / 1000);
        if (this._maxRequestsPerSocket) header += ', max=' + this._maxRequestsPerSocket;
        header += crlf;
      }
    } else {
      this._last = true;
      header += 'Connection: close\r\n';
    }
  }
  if (!state.contLen && !state.te) {
    if (!this._hasBody) {
      this.chunkedEncoding = false;
    } else if (!this.useChunkedEncodingByDefault) {
      this._last = true;
    } else if (!state.trailer && !this._removedContLen &&
               typeof this._contentLength === 'number') {
      header += 'Content-Length: ' + this._contentLength + crlf;
    } else if (!this._removedTE) {
      header += 'Transfer-Encoding: chunked\r\n';
      this.chunkedEncoding = true;
    } else {
      this._last = true;
    }
  }
  if (this.chunkedEncoding !== true && state.trailer) {
    throw nodeError(Error, 'ERR_HTTP_TRAILER_INVALID',
                    'Trailers are invalid with this transfer encoding');
  }
  this._header = header + crlf;
  this._headerSent = false;
  if (state.expect) this._send('');
};

// --- writing ---------------------------------------------------------------------------

// Writes data after the header block (not yet sent: both go together).
OutgoingMessage.prototype._send = function _send(data, encoding, callback, byteLength) {
  if (!this._headerSent && this._header !== null) {
    if (typeof data === 'string' && (encoding === 'utf8' || encoding === 'latin1' || !encoding)) {
      data = this._header + data;
    } else {
      this.outputData.unshift({ data: this._header, encoding: 'latin1', callback: null });
      this.outputSize += this._header.length;
      this._onPendingData(this._header.length);
    }
    this._headerSent = true;
  }
  return this._writeRaw(data, encoding, callback, byteLength);
};

OutgoingMessage.prototype._writeRaw = function _writeRaw(data, encoding, callback) {
  const conn = this.socket;
  if (conn && conn.destroyed) return false;
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (conn && conn._httpMessage === this && conn.writable) {
    if (this.outputData.length) this._flushOutput(conn);
    return conn.write(data, encoding, callback);
  }
  this.outputData.push({ data, encoding, callback });
  this.outputSize += data.length;
  this._onPendingData(data.length);
  return this.outputSize < this[kHighWaterMark];
};

function byteLength(chunk, encoding) {
  return typeof chunk === 'string' ? Buffer.byteLength(chunk, encoding) : chunk.length;
}

// As node: nothing once destroyed; the callback, then 'error' unless the
// message was destroyed in between.
function onError(msg, err, callback) {
  if (msg.destroyed) return;
  process.nextTick(() => {
    if (typeof callback === 'function') callback(err);
    if (!msg.destroyed) msg.emit('error', err);
  });
}

function checkChunk(chunk) {
  if (chunk === null) {
    throw nodeError(TypeError, 'ERR_STREAM_NULL_VALUES', 'May not write null values to stream');
  }
  if (typeof chunk !== 'string' && !(chunk instanceof Uint8Array)) {
    throw invalidArgType('chunk', ['string', 'Buffer', 'Uint8Array'], chunk);
  }
}

function writeAfterEnd() {
  return nodeError(Error, 'ERR_STREAM_WRITE_AFTER_END', 'write after end');
}

function write_(msg, chunk, encoding, callback, fromEnd) {
  if (typeof callback !== 'function') callback = nop;
  if (chunk === null || chunk === undefined || (typeof chunk !== 'string' &&
      !(chunk instanceof Uint8Array))) {
    checkChunk(chunk === undefined ? 0 : chunk);
  }
  if (msg.finished) {
    onError(msg, writeAfterEnd(), callback);
    return true;
  }
  if (msg.destroyed) {
    onError(msg, nodeError(Error, 'ERR_STREAM_DESTROYED',
                           'Cannot call write after a stream was destroyed'), callback);
    return false;
  }
  const len = byteLength(chunk, encoding);
  checkContentLength(msg, len, fromEnd);
  if (!msg._header) {
    if (fromEnd) msg._contentLength = len;
    msg._implicitHeader();
  }
  if (!msg._hasBody) {
    process.nextTick(callback);
    return true;
  }
  if (!fromEnd && msg.socket && !msg.socket.writableCorked) {
    msg.socket.cork();
    process.nextTick(connectionCorkNT, msg.socket);
  }
  let ret;
  if (msg.chunkedEncoding && chunk.length !== 0) {
    msg._send(len.toString(16), 'latin1', null);
    msg._send(crlf, null, null);
    msg._send(chunk, encoding, null, len);
    ret = msg._send(crlf, null, callback);
  } else {
    ret = msg._send(chunk, encoding, callback, len);
  }
  if (!ret) msg[kNeedDrain] = true;
  return ret;
}

function checkContentLength(msg, len, fromEnd) {
  msg[kBytesWritten] += len;
  if (!msg.strictContentLength || !msg._header || msg.chunkedEncoding || !msg._hasBody) return;
  const expected = msg._contentLength;
  if (typeof expected === 'number' && (msg[kBytesWritten] > expected ||
                                        (fromEnd && msg[kBytesWritten] !== expected))) {
    throw contentLengthMismatch(msg[kBytesWritten], expected);
  }
}

function contentLengthMismatch(actual, expected) {
  return nodeError(Error, 'ERR_HTTP_CONTENT_LENGTH_MISMATCH',
                   "Response body's content-length of " + actual +
                   ' byte(s) does not match the content-length of ' + expected +
                   ' byte(s) set in header');
}

function connectionCorkNT(conn) { conn.uncork(); }

OutgoingMessage.prototype.write = function write(chunk, encoding, callback) {
  if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  const ret = write_(this, chunk, encoding, callback, false);
  if (!ret) this[kNeedDrain] = true;
  return ret;
};

OutgoingMessage.prototype.addTrailers = function addTrailers(headers) {
  this._trailer = '';
  const keys = Object.keys(headers);
  const isArray = Array.isArray(headers);
  for (let i = 0; i < keys.length; i++) {
    let field, value;
    if (isArray) {
      field = headers[keys[i]][0];
      value = headers[keys[i]][1];
    } else {
      field = keys[i];
      value = headers[field];
    }
    validateHeaderName(field, 'Trailer name');
    if (Array.isArray(value) && value.length > 1 && field.toLowerCase() === 'cookie') {
      value = value.join('; ');
    }
    if (Array.isArray(value)) {
      for (const v of value) {
        if (checkInvalidHeaderChar(v)) {
          throw nodeError(TypeError, 'ERR_INVALID_CHAR',
                          'Invalid character in trailer content ["' + field + '"]');
        }
        this._trailer += field + ': ' + v + crlf;
      }
    } else {
      if (checkInvalidHeaderChar(String(value))) {
        throw nodeError(TypeError, 'ERR_INVALID_CHAR',
                        'Invalid character in trailer content ["' + field + '"]');
      }
      this._trailer += field + ': ' + value + crlf;
    }
  }
};

function onFinish(msg) {
  if (msg && msg.socket && msg.socket._hadError) return;
  msg.emit('finish');
}

OutgoingMessage.prototype.end = function end(chunk, encoding, callback) {
  if (typeof chunk === 'function') {
    callback = chunk;
    chunk = null;
    encoding = null;
  } else if (typeof encoding === 'function') {
    callback = encoding;
    encoding = null;
  }
  if (chunk) {
    if (this.finished) {
      onError(this, writeAfterEnd(), typeof callback === 'function' ? callback : nop);
      return this;
    }
    if (this.socket) this.socket.cork();
    write_(this, chunk, encoding, null, true);
  } else if (this.finished) {
    if (typeof callback === 'function') {
      if (!this.writableFinished) this.on('finish', callback);
      else callback(nodeError(Error, 'ERR_STREAM_ALREADY_FINISHED',
                              'Cannot call end after a stream was finished'));
    }
    return this;
  } else if (!this._header) {
    if (this.socket) this.socket.cork();
    this._contentLength = 0;
    this._implicitHeader();
  }
  if (typeof callback === 'function') this.once('finish', callback);
  if (this.strictContentLength && this._hasBody && !this.chunkedEncoding &&
      typeof this._contentLength === 'number' && this[kBytesWritten] !== this._contentLength) {
    throw contentLengthMismatch(this[kBytesWritten], this._contentLength);
  }
  const finish = onFinish.bind(undefined, this);
  if (this._hasBody && this.chunkedEncoding) {
    this._send('0\r\n' + this._trailer + '\r\n', 'latin1', finish);
  } else if (!this._headerSent || this.writableLength || chunk) {
    this._send('', 'latin1', finish);
  } else {
    process.nextTick(finish);
  }
  if (this.socket) {
    this.socket._writableState.corked = 1;
    this.socket.uncork();
  }
  this[kCorked] = 0;
  this.finished = true;
  if (this.outputData.length === 0 && this.socket && this.socket._httpMessage === this) {
    this._finish();
  }
  return this;
};

OutgoingMessage.prototype._finish = function _finish() {
  this.emit('prefinish');
};

// Writes what was queued while no socket was attached.
OutgoingMessage.prototype._flush = function _flush() {
  const socket = this.socket;
  if (socket && socket.writable) {
    const ret = this._flushOutput(socket);
    if (this.finished) {
      this._finish();
    } else if (ret && this[kNeedDrain]) {
      this[kNeedDrain] = false;
      this.emit('drain');
    }
  }
};

OutgoingMessage.prototype._flushOutput = function _flushOutput(socket) {
  while (this[kCorked]) {
    this[kCorked]--;
    socket.cork();
  }
  const outputLength = this.outputData.length;
  if (outputLength <= 0) return undefined;
  const outputData = this.outputData;
  socket.cork();
  let ret;
  for (let i = 0; i < outputLength; i++) {
    const { data, encoding, callback } = outputData[i];
    outputData[i].data = null;
    ret = socket.write(data, encoding, callback);
  }
  socket.uncork();
  this.outputData = [];
  this._onPendingData(-this.outputSize);
  this.outputSize = 0;
  return ret;
};

OutgoingMessage.prototype.flushHeaders = function flushHeaders() {
  if (!this._header) this._implicitHeader();
  this._send('');
};

OutgoingMessage.prototype.pipe = function pipe() {
  this.emit('error', nodeError(Error, 'ERR_STREAM_CANNOT_PIPE', 'Cannot pipe, not readable'));
};

module.exports = { OutgoingMessage, kOutHeaders, kUniqueHeaders, kNeedDrain };
