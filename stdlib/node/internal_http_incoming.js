// SPDX-License-Identifier: MIT
//
// internal_http_incoming.js: node's http.IncomingMessage, the readable
// side of a request (server) or a response (client): the parser pushes the
// body into it; headers are built lazily from rawHeaders with node's rules
// for repeated names.
'use strict';

const { Readable } = require('stream');

const kHeaders = Symbol('kHeaders');
const kHeadersDistinct = Symbol('kHeadersDistinct');
const kHeadersCount = Symbol('kHeadersCount');
const kTrailers = Symbol('kTrailers');
const kTrailersDistinct = Symbol('kTrailersDistinct');
const kTrailersCount = Symbol('kTrailersCount');

function IncomingMessage(socket) {
  const streamOptions = socket ? { highWaterMark: socket.readableHighWaterMark } : undefined;
  Readable.call(this, streamOptions);
  this._readableState.readingMore = true;
  this.socket = socket;
  this.httpVersionMajor = null;
  this.httpVersionMinor = null;
  this.httpVersion = null;
  this.complete = false;
  this[kHeaders] = null;
  this[kHeadersCount] = 0;
  this.rawHeaders = [];
  this[kTrailers] = null;
  this[kTrailersCount] = 0;
  this.rawTrailers = [];
  this.joinDuplicateHeaders = false;
  this.aborted = false;
  this.upgrade = null;
  this.url = '';
  this.method = null;
  this.statusCode = null;
  this.statusMessage = null;
  this.client = socket;
  this._consuming = false;
  this._dumped = false;
}
Object.setPrototypeOf(IncomingMessage.prototype, Readable.prototype);
Object.setPrototypeOf(IncomingMessage, Readable);

function lazyHeaders(msg, key, raw, count, distinct) {
  if (!msg[key]) {
    const dst = {};
    const src = msg[raw];
    for (let n = 0; n < msg[count]; n += 2) {
      if (distinct) addDistinct(src[n], src[n + 1], dst);
      else msg._addHeaderLine(src[n], src[n + 1], dst);
    }
    msg[key] = dst;
  }
  return msg[key];
}

Object.defineProperties(IncomingMessage.prototype, {
  connection: {
    get() { return this.socket; },
    set(v) { this.socket = v; },
    configurable: true,
  },
  headers: {
    get() { return lazyHeaders(this, kHeaders, 'rawHeaders', kHeadersCount, false); },
    set(v) { this[kHeaders] = v; },
    configurable: true,
  },
  headersDistinct: {
    get() { return lazyHeaders(this, kHeadersDistinct, 'rawHeaders', kHeadersCount, true); },
    set(v) { this[kHeadersDistinct] = v; },
    configurable: true,
  },
  trailers: {
    get() { return lazyHeaders(this, kTrailers, 'rawTrailers', kTrailersCount, false); },
    set(v) { this[kTrailers] = v; },
    configurable: true,
  },
  trailersDistinct: {
    get() { return lazyHeaders(this, kTrailersDistinct, 'rawTrailers', kTrailersCount, true); },
    set(v) { this[kTrailersDistinct] = v; },
    configurable: true,
  },
});

IncomingMessage.prototype.setTimeout = function setTimeout(msecs, callback) {
  if (callback) this.on('timeout', callback);
  this.socket.setTimeout(msecs);
  return this;
};

IncomingMessage.prototype._read = function _read(n) {
  if (!this._consuming) {
    this._readableState.readingMore = false;
    this._consuming = true;
  }
  // The parser stops the socket when this stream's buffer is full.
  if (this.socket && this.socket.readable && this.socket._httpReadStopped) {
    this.socket._httpReadStopped = false;
    this.socket.resume();
  }
};

IncomingMessage.prototype._destroy = function _destroy(err, cb) {
  if (!this.readableEnded || !this.complete) {
    this.aborted = true;
    this.emit('aborted');
  }
  if (this.socket && !this.socket.destroyed && this.aborted) {
    this.socket.destroy(err);
    this.socket.once('close', () => process.nextTick(onError, this, err, cb));
  } else {
    process.nextTick(onError, this, err, cb);
  }
};

// As node: the error is emitted only when someone listens for it.
function onError(self, error, cb) {
  if (self.listenerCount('error') === 0) cb();
  else cb(error);
}

IncomingMessage.prototype._addHeaderLines = function _addHeaderLines(headers, n) {
  if (!headers || !headers.length) return;
  if (this.complete) {
    this.rawTrailers = headers;
    this[kTrailersCount] = n;
  } else {
    this.rawHeaders = headers;
    this[kHeadersCount] = n;
  }
};

// Node's rules for a repeated header: the fields below keep the first
// value; set-cookie collects an array; cookie joins with '; '; every other
// field joins with ', '.
const firstWins = new Set([
  'content-type', 'content-length', 'user-agent', 'referer', 'host', 'authorization',
  'proxy-authorization', 'if-modified-since', 'if-unmodified-since', 'from', 'location',
  'max-forwards', 'retry-after', 'etag', 'last-modified', 'server', 'age', 'expires',
]);

IncomingMessage.prototype._addHeaderLine = function _addHeaderLine(field, value, dest) {
  field = field.toLowerCase();
  if (field === 'set-cookie') {
    if (dest['set-cookie'] !== undefined) dest['set-cookie'].push(value);
    else dest['set-cookie'] = [value];
  } else if (firstWins.has(field) && !this.joinDuplicateHeaders) {
    if (dest[field] === undefined) dest[field] = value;
  } else if (typeof dest[field] === 'string') {
    dest[field] += (field === 'cookie' ? '; ' : ', ') + value;
  } else {
    dest[field] = value;
  }
};

function addDistinct(field, value, dest) {
  field = field.toLowerCase();
  if (!dest[field]) dest[field] = [value];
  else dest[field].push(value);
}

IncomingMessage.prototype._dump = function _dump() {
  if (!this._dumped) {
    this._dumped = true;
    this.removeAllListeners('data');
    this.resume();
  }
};

module.exports = { IncomingMessage };
