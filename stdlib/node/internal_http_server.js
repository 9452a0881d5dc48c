// SPDX-License-Identifier: MIT
//
// internal_http_server.js: node's http.Server and ServerResponse on top of
// net.Server: one llhttp parser per connection, pipelined requests answered
// in order (a response waits, buffered, until the one before has finished),
// keep-alive with keepAliveTimeout, 'Expect: 100-continue', 'upgrade' and
// 'connect', node's 400/431/408 answers to bad requests, headersTimeout and
// requestTimeout checked every connectionsCheckingInterval.
'use strict';

const net = require('net');
const { IncomingMessage } = require('kiln:internal_http_incoming');
const { OutgoingMessage, kOutHeaders, kNeedDrain } = require('kiln:internal_http_outgoing');
const {
  HTTPParser, REQUEST, STATUS_CODES, checkInvalidHeaderChar, headersSentError, nodeError,
  invalidArgType,
} = require('kiln:internal_http_common');

const kIncomingMessage = Symbol('IncomingMessage');
const kServerResponse = Symbol('ServerResponse');
const kConnections = Symbol('http.server.connections');
const kConnectionsCheckingInterval = Symbol('http.server.connectionsCheckingInterval');

// --- ServerResponse ----------------------------------------------------------------------

function ServerResponse(req, options) {
  OutgoingMessage.call(this, options);
  if (req.method === 'HEAD') this._hasBody = false;
  this.req = req;
  this.sendDate = true;
  this._sent100 = false;
  this._expect_continue = false;
  this.statusCode = 200;
  this.statusMessage = undefined;
  if (req.httpVersionMajor < 1 || req.httpVersionMinor < 1) {
    this.useChunkedEncodingByDefault = /(?:^|\W)chunked(?:$|\W)/i.test(req.headers.te);
    this.shouldKeepAlive = false;
  }
}
Object.setPrototypeOf(ServerResponse.prototype, OutgoingMessage.prototype);
Object.setPrototypeOf(ServerResponse, OutgoingMessage);

ServerResponse.prototype._finish = function _finish() {
  OutgoingMessage.prototype._finish.call(this);
};

function onServerResponseClose() {
  if (this._httpMessage) emitCloseNT(this._httpMessage);
}

function emitCloseNT(self) {
  if (!self._closed) {
    self.destroyed = true;
    self._closed = true;
    self.emit('close');
  }
}

ServerResponse.prototype.assignSocket = function assignSocket(socket) {
  if (socket._httpMessage) {
    throw nodeError(Error, 'ERR_HTTP_SOCKET_ASSIGNED',
                    'ServerResponse has an already assigned socket');
  }
  socket._httpMessage = this;
  socket.on('close', onServerResponseClose);
  this.socket = socket;
  this.emit('socket', socket);
  this._flush();
};

ServerResponse.prototype.detachSocket = function detachSocket(socket) {
  socket.removeListener('close', onServerResponseClose);
  socket._httpMessage = null;
  this.socket = null;
};

ServerResponse.prototype.writeContinue = function writeContinue(cb) {
  this._writeRaw('HTTP/1.1 100 Continue\r\n\r\n', 'ascii', cb);
  this._sent100 = true;
};

ServerResponse.prototype.writeProcessing = function writeProcessing(cb) {
  this._writeRaw('HTTP/1.1 102 Processing\r\n\r\n', 'ascii', cb);
};

ServerResponse.prototype.writeEarlyHints = function writeEarlyHints(hints, cb) {
  let head = 'HTTP/1.1 103 Early Hints\r\n';
  for (const key of Object.keys(hints)) {
    const v = hints[key];
    head += key + ': ' + (Array.isArray(v) ? v.join(', ') : v) + '\r\n';
  }
  this._writeRaw(head + '\r\n', 'ascii', cb);
};

ServerResponse.prototype._implicitHeader = function _implicitHeader() {
  this.writeHead(this.statusCode);
};

ServerResponse.prototype.writeHead = function writeHead(statusCode, reason, obj) {
  if (this._header) throw headersSentError('write');
  const originalStatusCode = statusCode;
  statusCode |= 0;
  if (statusCode < 100 || statusCode > 999) {
    throw nodeError(RangeError, 'ERR_HTTP_INVALID_STATUS_CODE',
                    'Invalid status code: ' + originalStatusCode);
  }
  if (typeof reason === 'string') {
    this.statusMessage = reason;
  } else {
    this.statusMessage ||= STATUS_CODES[statusCode] || 'unknown';
    obj ??= reason;
  }
  this.statusCode = statusCode;
  let headers;
  if (this[kOutHeaders]) {
    if (obj) {
      if (Array.isArray(obj)) {
        for (let n = 0; n < obj.length; n += 2) this.setHeader(obj[n], obj[n + 1]);
      } else {
        for (const k of Object.keys(obj)) if (k) this.setHeader(k, obj[k]);
      }
    }
    headers = this[kOutHeaders];
  } else {
    headers = obj;
  }
  if (checkInvalidHeaderChar(this.statusMessage)) {
    throw nodeError(TypeError, 'ERR_INVALID_CHAR',
                    'Invalid character in statusMessage');
  }
  const statusLine = 'HTTP/1.1 ' + statusCode + ' ' + this.statusMessage + '\r\n';
  if (statusCode === 204 || statusCode === 304 || (statusCode >= 100 && statusCode <= 199)) {
    this._hasBody = false;
  }
  if (this._expect_continue && !this._sent100) this.shouldKeepAlive = false;
  this._storeHeader(statusLine, headers);
  return this;
};

ServerResponse.prototype.writeHeader = ServerResponse.prototype.writeHead;

// --- Server ------------------------------------------------------------------------------

function Server(options, requestListener) {
  if (!(this instanceof Server)) return new Server(options, requestListener);
  if (typeof options === 'function') {
    requestListener = options;
    options = {};
  } else if (options == null || typeof options === 'object') {
    options = { ...options };
  } else {
    throw invalidArgType('options', 'object', options);
  }
  net.Server.call(this, {
    allowHalfOpen: true,
    noDelay: options.noDelay ?? true,
    keepAlive: options.keepAlive,
    keepAliveInitialDelay: options.keepAliveInitialDelay,
  });
  setupHttpServer(this, options, requestListener, 'connection');
}

// What an http.Server adds to its net.Server, also used by https.Server
// (stdlib/node/https.js) over a tls.Server, whose [event] is 'secureConnection'.
function setupHttpServer(server, options, requestListener, event) {
  server[kIncomingMessage] = options.IncomingMessage || IncomingMessage;
  server[kServerResponse] = options.ServerResponse || ServerResponse;
  server.maxHeaderSize = options.maxHeaderSize;
  server.insecureHTTPParser = options.insecureHTTPParser;
  server.requestTimeout = options.requestTimeout ?? 300000;
  server.headersTimeout = options.headersTimeout ?? 60000;
  server.connectionsCheckingInterval = options.connectionsCheckingInterval ?? 30000;
  server.joinDuplicateHeaders = options.joinDuplicateHeaders;
  server.rejectNonStandardBodyWrites = !!options.rejectNonStandardBodyWrites;
  if (requestListener) server.on('request', requestListener);
  server.httpAllowHalfOpen = false;
  server.on(event, connectionListener);
  server.on('listening', setupConnectionsTracking);
  server.timeout = 0;
  server.maxHeadersCount = null;
  server.maxRequestsPerSocket = 0;
  server.keepAliveTimeout = 5000;
  server[kConnections] = new Set();
}
Object.setPrototypeOf(Server.prototype, net.Server.prototype);
Object.setPrototypeOf(Server, net.Server);

function setupConnectionsTracking() {
  clearInterval(this[kConnectionsCheckingInterval]);
  if (this.headersTimeout > 0 || this.requestTimeout > 0) {
    this[kConnectionsCheckingInterval] =
      setInterval(checkConnections.bind(this), this.connectionsCheckingInterval).unref();
  }
}

// headersTimeout and requestTimeout: a request still incomplete after
// them gets 408 and the connection closes.
function checkConnections() {
  const now = Date.now();
  for (const socket of this[kConnections]) {
    const state = socket._httpState;
    if (!state || !state.requestStart) continue;
    const age = now - state.requestStart;
    const headersLate = !state.headersDone && this.headersTimeout > 0 &&
      age > this.headersTimeout;
    const requestLate = this.requestTimeout > 0 && age > this.requestTimeout;
    if (headersLate || requestLate) {
      socketOnError.call(socket, nodeError(Error, 'ERR_HTTP_REQUEST_TIMEOUT',
                                           'Request timeout'));
    }
  }
}

Server.prototype.close = function close() {
  this.closeIdleConnections();
  clearInterval(this[kConnectionsCheckingInterval]);
  return net.Server.prototype.close.apply(this, arguments);
};

Server.prototype.closeAllConnections = function closeAllConnections() {
  for (const socket of this[kConnections]) socket.destroy();
};

Server.prototype.closeIdleConnections = function closeIdleConnections() {
  for (const socket of this[kConnections]) {
    const state = socket._httpState;
    if (!socket._httpMessage && (!state || (state.incoming.length === 0 && !state.requestStart))) {
      socket.destroy();
    }
  }
};

Server.prototype.setTimeout = function setTimeout(msecs, callback) {
  this.timeout = msecs;
  if (callback) this.on('timeout', callback);
  return this;
};

// --- a connection ------------------------------------------------------------------------

function connectionListener(socket) {
  const server = this;
  if (server.timeout && typeof socket.setTimeout === 'function') socket.setTimeout(server.timeout);
  socket.on('timeout', socketOnTimeout);
  const parser = new HTTPParser(REQUEST, server.maxHeaderSize);
  parser.socket = socket;
  socket.parser = parser;
  parser.maxHeaderPairs = typeof server.maxHeadersCount === 'number'
    ? server.maxHeadersCount << 1 : 4000;
  const state = {
    onData: null, onEnd: null, onClose: null,
    outgoing: [], incoming: [], outgoingData: 0, requestsCount: 0,
    keepAliveTimeoutSet: false, requestStart: 0, headersDone: false,
  };
  socket._httpState = state;
  state.onData = socketOnData.bind(undefined, server, socket, parser, state);
  state.onEnd = socketOnEnd.bind(undefined, server, socket, parser, state);
  state.onClose = socketOnClose.bind(undefined, server, socket, parser, state);
  state.onDrain = socketOnDrain.bind(undefined, socket, state);
  socket.on('drain', state.onDrain);
  socket.on('data', state.onData);
  socket.on('error', socketOnError);
  socket.on('end', state.onEnd);
  socket.on('close', state.onClose);
  server[kConnections].add(socket);

  parser.onHeadersComplete = function onHeadersComplete(major, minor, headers, method, url,
                                                        _status, _message, upgrade,
                                                        keepAlive) {
    state.headersDone = true;
    const req = new server[kIncomingMessage](socket);
    parser.incoming = req;
    req.httpVersionMajor = major;
    req.httpVersionMinor = minor;
    req.httpVersion = major + '.' + minor;
    req.joinDuplicateHeaders = !!server.joinDuplicateHeaders;
    req.url = url;
    req.upgrade = upgrade;
    req.method = method;
    req._addHeaderLines(headers, Math.min(headers.length, parser.maxHeaderPairs));
    return parserOnIncoming(server, socket, state, req, keepAlive);
  };
  parser.onBody = function onBody(b) {
    const stream = parser.incoming;
    if (stream === null || stream._dumped) return;
    if (!stream.push(b) && !socket._httpReadStopped) {
      socket._httpReadStopped = true;
      socket.pause();
    }
  };
  parser.onMessageComplete = function onMessageComplete(trailers) {
    state.requestStart = 0;
    state.headersDone = false;
    const stream = parser.incoming;
    if (stream !== null) {
      stream.complete = true;
      if (trailers) stream._addHeaderLines(trailers, trailers.length);
      stream.push(null);
    }
  };
}

function socketOnData(server, socket, parser, state, d) {
  if (!state.requestStart) state.requestStart = Date.now();
  const ret = parser.execute(d);
  onParserExecuteCommon(server, socket, parser, state, ret, d);
}

function onParserExecuteCommon(server, socket, parser, state, ret, d) {
  resetSocketTimeout(server, socket, state);
  if (ret instanceof Error) {
    socketOnError.call(socket, ret);
  } else if (parser.incoming && parser.incoming.upgrade) {
    const req = parser.incoming;
    const eventName = req.method === 'CONNECT' ? 'connect' : 'upgrade';
    if (eventName === 'upgrade' || server.listenerCount(eventName) > 0) {
      socket.removeListener('data', state.onData);
      socket.removeListener('end', state.onEnd);
      socket.removeListener('close', state.onClose);
      socket.removeListener('drain', state.onDrain);
      socket.removeListener('error', socketOnError);
      socket.removeListener('timeout', socketOnTimeout);
      freeParser(parser, socket);
      server[kConnections].delete(socket);
      const bodyHead = d.slice(ret, d.length);
      socket.readableFlowing = null;
      server.emit(eventName, req, socket, bodyHead);
    } else {
      socket.destroy();
    }
  }
  if (socket._paused && socket.parser) {
    socket._paused = false;
    socket.resume();
  }
}

// The socket took what was queued: unpause reading, and a response
// whose write() said false gets 'drain'.
function socketOnDrain(socket, state) {
  const needPause = state.outgoingData > socket.writableHighWaterMark;
  if (socket._paused && !needPause) {
    socket._paused = false;
    socket.resume();
  }
  const msg = socket._httpMessage;
  if (msg && !msg.finished && msg[kNeedDrain]) {
    msg[kNeedDrain] = false;
    msg.emit('drain');
  }
}

function freeParser(parser, socket) {
  parser.incoming = null;
  parser.socket = null;
  parser.free();
  if (socket) {
    socket.parser = null;
    socket._httpState = null;
  }
}

function socketOnEnd(server, socket, parser, state) {
  const ret = parser.finish();
  if (ret instanceof Error) {
    socketOnError.call(socket, ret);
    return;
  }
  if (!server.httpAllowHalfOpen) {
    abortIncoming(state.incoming);
    if (socket.writable) socket.end();
  } else if (state.outgoing.length) {
    state.outgoing[state.outgoing.length - 1]._last = true;
  } else if (socket._httpMessage) {
    socket._httpMessage._last = true;
  } else if (socket.writable) {
    socket.end();
  }
}

function socketOnClose(server, socket, parser, state) {
  server[kConnections].delete(socket);
  if (socket.parser) freeParser(parser, socket);
  abortIncoming(state.incoming);
}

function abortIncoming(incoming) {
  while (incoming.length) {
    const req = incoming.shift();
    req.destroy(require('kiln:internal_http_common').connResetException('aborted'));
  }
}

const badRequestResponse = 'HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n';
const requestTimeoutResponse = 'HTTP/1.1 408 Request Timeout\r\nConnection: close\r\n\r\n';
const requestHeaderFieldsTooLargeResponse =
  'HTTP/1.1 431 Request Header Fields Too Large\r\nConnection: close\r\n\r\n';

function socketOnError(e) {
  this.removeListener('error', socketOnError);
  if (this.timeout) this.setTimeout(0);
  this.on('error', () => {});
  if (!this.server.emit('clientError', e, this)) {
    if (this.writable && this.bytesWritten === 0) {
      let response;
      switch (e.code) {
        case 'HPE_HEADER_OVERFLOW':
          response = requestHeaderFieldsTooLargeResponse;
          break;
        case 'ERR_HTTP_REQUEST_TIMEOUT':
          response = requestTimeoutResponse;
          break;
        default:
          response = badRequestResponse;
      }
      this.write(response);
    }
    this.destroy(e);
  }
}

function socketOnTimeout() {
  const req = this.parser && this.parser.incoming;
  const reqTimeout = req && !req.complete && req.emit('timeout', this);
  const res = this._httpMessage;
  const resTimeout = res && res.emit('timeout', this);
  const serverTimeout = this.server.emit('timeout', this);
  if (!reqTimeout && !resTimeout && !serverTimeout) this.destroy();
}

function resetSocketTimeout(server, socket, state) {
  if (!state.keepAliveTimeoutSet) return;
  socket.setTimeout(server.timeout || 0);
  state.keepAliveTimeoutSet = false;
}

function updateOutgoingData(socket, state, delta) {
  state.outgoingData += delta;
  if (socket._paused && state.outgoingData < socket.writableHighWaterMark) {
    socket._paused = false;
    socket.resume();
  }
}

function parserOnIncoming(server, socket, state, req, keepAlive) {
  resetSocketTimeout(server, socket, state);
  if (req.upgrade) {
    req.upgrade = req.method === 'CONNECT' || server.listenerCount('upgrade') > 0;
    if (req.upgrade) return 2;
  }
  state.incoming.push(req);
  if (!socket._paused) {
    const ws = socket._writableState;
    if (ws.needDrain || state.outgoingData >= socket.writableHighWaterMark) {
      socket._paused = true;
      socket.pause();
    }
  }
  const res = new server[kServerResponse](req);
  res._keepAliveTimeout = server.keepAliveTimeout;
  res._maxRequestsPerSocket = server.maxRequestsPerSocket;
  res._onPendingData = updateOutgoingData.bind(undefined, socket, state);
  res.shouldKeepAlive = keepAlive;
  state.requestsCount++;
  if (server.maxRequestsPerSocket > 0 && state.requestsCount >= server.maxRequestsPerSocket) {
    res.maxRequestsOnConnectionReached = true;
  }
  if (socket._httpMessage) state.outgoing.push(res);
  else res.assignSocket(socket);
  res.on('finish', resOnFinish.bind(undefined, req, res, socket, state, server));
  let handled = false;
  if (req.httpVersionMajor === 1 && req.httpVersionMinor === 1) {
    const expect = req.headers.expect;
    if (typeof expect === 'string') {
      if (/(?:^|\W)100-continue(?:$|\W)/i.test(expect)) {
        res._expect_continue = true;
        if (server.listenerCount('checkContinue') > 0) {
          server.emit('checkContinue', req, res);
        } else {
          res.writeContinue();
          server.emit('request', req, res);
        }
      } else if (server.listenerCount('checkExpectation') > 0) {
        server.emit('checkExpectation', req, res);
      } else {
        res.writeHead(417);
        res.end();
      }
      handled = true;
    }
  }
  if (!handled) server.emit('request', req, res);
  return 0;
}

function resOnFinish(req, res, socket, state, server) {
  const i = state.incoming.indexOf(req);
  if (i >= 0) state.incoming.splice(i, 1);
  if (!req._consuming && !req._readableState.resumeScheduled) req._dump();
  res.detachSocket(socket);
  process.nextTick(emitCloseNT, res);
  if (res._last) {
    if (typeof socket.destroySoon === 'function') socket.destroySoon();
    else socket.end();
  } else if (state.outgoing.length === 0) {
    if (server.keepAliveTimeout && typeof socket.setTimeout === 'function') {
      socket.setTimeout(server.keepAliveTimeout);
      state.keepAliveTimeoutSet = true;
    }
  } else {
    const m = state.outgoing.shift();
    if (m) m.assignSocket(socket);
  }
}

module.exports = {
  Server, ServerResponse, STATUS_CODES, kIncomingMessage, kServerResponse, setupHttpServer,
};
