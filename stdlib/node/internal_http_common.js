// SPDX-License-Identifier: MIT
//
// internal_http_common.js: what node's http server and client share
// (node's _http_common): STATUS_CODES and METHODS, header-name and value
// checks with node's errors, the llhttp parser wrapper over
// require('kiln:http_parser') (stdlib/node/http_parser.c), and the error
// constructors of http ('socket hang up', ERR_HTTP_HEADERS_SENT, ...).
'use strict';

const { Buffer } = require('buffer');
const binding = require('kiln:http_parser');
const procutil = require('kiln:internal_procutil');

const { nodeError } = procutil;

binding.setBufferPrototype(Buffer.prototype);

const METHODS = [
  'ACL', 'BIND', 'CHECKOUT', 'CONNECT', 'COPY', 'DELETE', 'GET', 'HEAD', 'LINK', 'LOCK',
  'M-SEARCH', 'MERGE', 'MKACTIVITY', 'MKCALENDAR', 'MKCOL', 'MOVE', 'NOTIFY', 'OPTIONS',
  'PATCH', 'POST', 'PROPFIND', 'PROPPATCH', 'PURGE', 'PUT', 'QUERY', 'REBIND', 'REPORT',
  'SEARCH', 'SOURCE', 'SUBSCRIBE', 'TRACE', 'UNBIND', 'UNLINK', 'UNLOCK', 'UNSUBSCRIBE',
];

const STATUS_CODES = {
  100: 'Continue',
  101: 'Switching Protocols',
  102: 'Processing',
  103: 'Early Hints',
  200: 'OK',
  201: 'Created',
  202: 'Accepted',
  203: 'Non-Authoritative Information',
  204: 'No Content',
  205: 'Reset Content',
  206: 'Partial Content',
  207: 'Multi-Status',
  208: 'Already Reported',
  226: 'IM Used',
  300: 'Multiple Choices',
  301: 'Moved Permanently',
  302: 'Found',
  303: 'See Other',
  304: 'Not Modified',
  305: 'Use Proxy',
  307: 'Temporary Redirect',
  308: 'Permanent Redirect',
  400: 'Bad Request',
  401: 'Unauthorized',
  402: 'Payment Required',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  407: 'Proxy Authentication Required',
  408: 'Request Timeout',
  409: 'Conflict',
  410: 'Gone',
  411: 'Length Required',
  412: 'Precondition Failed',
  413: 'Payload Too Large',
  414: 'URI Too Long',
  415: 'Unsupported Media Type',
  416: 'Range Not Satisfiable',
  417: 'Expectation Failed',
  418: "I'm a Teapot",
  421: 'Misdirected Request',
  422: 'Unprocessable Entity',
  423: 'Locked',
  424: 'Failed Dependency',
  425: 'Too Early',
  426: 'Upgrade Required',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  431: 'Request Header Fields Too Large',
  451: 'Unavailable For Legal Reasons',
  500: 'Internal Server Error',
  501: 'Not Implemented',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
  505: 'HTTP Version Not Supported',
  506: 'Variant Also Negotiates',
  507: 'Insufficient Storage',
  508: 'Loop Detected',
  509: 'Bandwidth Limit Exceeded',
  510: 'Not Extended',
  511: 'Network Authentication Required',
};

function joinOr(list) {
  if (list.length <= 2) return list.join(' or ');
  return list.slice(0, -1).join(', ') + ', or ' + list[list.length - 1];
}

// ERR_INVALID_ARG_TYPE; [expected] lists type names (lower case) and
// class names, as node words them.
function invalidArgType(name, expected, value) {
  const list = Array.isArray(expected) ? expected : [expected];
  const types = list.filter((t) => t[0] >= 'a' && t[0] <= 'z');
  const classes = list.filter((t) => !(t[0] >= 'a' && t[0] <= 'z'));
  let text = types.length ? 'of type ' + joinOr(types) : '';
  if (classes.length) text += (text ? ' or ' : '') + 'an instance of ' + joinOr(classes);
  return procutil.invalidArgType(name, text, value);
}

// --- headers ------------------------------------------------------------------------

const tokenRegExp = /^[\^_`a-zA-Z\-0-9!#$%&'*+.|~]+$/;
const headerCharRegex = /[^\t\x20-\x7e\x80-\xff]/;

function checkIsHttpToken(val) { return tokenRegExp.test(val); }
function checkInvalidHeaderChar(val) { return headerCharRegex.test(val); }

function validateHeaderName(name, label = 'Header name') {
  if (typeof name !== 'string' || !name || !checkIsHttpToken(name)) {
    throw nodeError(TypeError, 'ERR_INVALID_HTTP_TOKEN',
                    label + ' must be a valid HTTP token ["' + name + '"]');
  }
}

function validateHeaderValue(name, value) {
  if (value === undefined) {
    throw nodeError(TypeError, 'ERR_HTTP_INVALID_HEADER_VALUE',
                    'Invalid value "' + value + '" for header "' + name + '"');
  }
  if (checkInvalidHeaderChar(String(value))) {
    throw nodeError(TypeError, 'ERR_INVALID_CHAR',
                    'Invalid character in header content ["' + name + '"]');
  }
}

function headersSentError(action) {
  return nodeError(Error, 'ERR_HTTP_HEADERS_SENT',
                   'Cannot ' + action + ' headers after they are sent to the client');
}

// node's connResetException: 'socket hang up', 'aborted', ...
function connResetException(msg) {
  const err = new Error(msg);
  err.code = 'ECONNRESET';
  return err;
}

// --- the parser -----------------------------------------------------------------------

const REQUEST = 0;
const RESPONSE = 1;
let maxHeaderSize = 16384;

// One llhttp parser. Its owner sets onHeadersComplete, onBody and
// onMessageComplete (see http_parser.c for their arguments).
class HTTPParser {
  constructor(type, maxSize) {
    this.id = binding.create(type, maxSize || maxHeaderSize);
    this.type = type;
    this.socket = null;
    this.incoming = null;
    this.outgoing = null;
  }
  reinitialize(type) {
    this.type = type;
    binding.reinitialize(this.id, type, maxHeaderSize);
  }
  // Bytes consumed, or node's parse error (an Error with code HPE_*).
  execute(buffer) {
    const r = binding.execute(this.id, buffer, this);
    if (typeof r === 'number') return r;
    return parseError(r, buffer);
  }
  finish() {
    const r = binding.finish(this.id, this);
    return typeof r === 'number' ? undefined : parseError(r, Buffer.alloc(0));
  }
  pause() { binding.pause(this.id); }
  resume() { binding.resume(this.id); }
  free() {
    if (this.id >= 0) binding.free(this.id);
    this.id = -1;
  }
}

function parseError([code, reason, bytesParsed], buffer) {
  const err = new Error('Parse Error: ' + reason);
  err.bytesParsed = bytesParsed;
  err.code = code;
  err.reason = reason;
  err.rawPacket = buffer;
  return err;
}

module.exports = {
  METHODS, STATUS_CODES, HTTPParser, REQUEST, RESPONSE,
  checkIsHttpToken, checkInvalidHeaderChar, validateHeaderName, validateHeaderValue,
  headersSentError, connResetException, nodeError, invalidArgType,
  get maxHeaderSize() { return maxHeaderSize; },
};
