// SPDX-License-Identifier: MIT
//
// http.js: node's `http` module. The parts live in internal_http_common.js
// (parser wrapper, header checks, STATUS_CODES, METHODS),
// internal_http_incoming.js, internal_http_outgoing.js,
// internal_http_server.js and internal_http_client.js (ClientRequest, Agent).
'use strict';

const common = require('kiln:internal_http_common');
const { IncomingMessage } = require('kiln:internal_http_incoming');
const { OutgoingMessage } = require('kiln:internal_http_outgoing');
const { Server, ServerResponse } = require('kiln:internal_http_server');
const client = require('kiln:internal_http_client');

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

function request(url, options, cb) {
  return new client.ClientRequest(url, options, cb);
}

function get(url, options, cb) {
  const req = request(url, options, cb);
  req.end();
  return req;
}

module.exports = {
  METHODS: common.METHODS.slice().sort(),
  STATUS_CODES: common.STATUS_CODES,
  Agent: client.Agent,
  ClientRequest: client.ClientRequest,
  IncomingMessage,
  OutgoingMessage,
  Server,
  ServerResponse,
  createServer,
  validateHeaderName: common.validateHeaderName,
  validateHeaderValue: common.validateHeaderValue,
  get,
  request,
  setMaxIdleHTTPParsers(max) {
    if (typeof max !== 'number') throw common.invalidArgType('max', 'number', max);
  },
  maxHeaderSize: common.maxHeaderSize,
};

Object.defineProperty(module.exports, 'globalAgent', {
  get() { return client.globalAgent; },
  set(v) { client.globalAgent = v; },
  enumerable: true,
  configurable: true,
});
