// Kiln standard library: the legacy `url` API (require('kiln:internal_url_legacy')):
// Url, parse, format, resolve and resolveObject, with the behaviour of
// Node 20 (written from Node's documentation and observed results).
'use strict';

const querystring = require('querystring');
const whatwg = require('kiln:internal_url_whatwg');

// A node-style error: its toString() and stack read "Name [CODE]: message".
function nodeError(Ctor, code, message) {
  const e = new Ctor(message);
  e.code = code;
  Object.defineProperty(e, 'toString', {
    value() { return this.name + ' [' + code + ']: ' + this.message; },
    writable: true, configurable: true,
  });
  Object.defineProperty(e, 'stack', {
    value: e.name + ' [' + code + ']: ' + message + '\n    at <anonymous>',
    writable: true, configurable: true,
  });
  return e;
}

function invalidArgType(name, expected, value) {
  let shown;
  if (value === null || value === undefined) shown = ' Received ' + value;
  else if (typeof value === 'function') shown = ' Received function ' + value.name;
  else if (typeof value === 'object') shown = ' Received an instance of ' + value.constructor.name;
  else if (typeof value === 'string') shown = " Received type string ('" + value + "')";
  else shown = ' Received type ' + typeof value + ' (' + String(value) + ')';
  return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                   'The "' + name + '" argument must be ' + expected + '.' + shown);
}

function Url() {
  this.protocol = null;
  this.slashes = null;
  this.auth = null;
  this.host = null;
  this.port = null;
  this.hostname = null;
  this.hash = null;
  this.search = null;
  this.query = null;
  this.pathname = null;
  this.path = null;
  this.href = null;
}

const SLASHED = { 'http': true, 'http:': true, 'https': true, 'https:': true, 'ftp': true,
                  'ftp:': true, 'gopher': true, 'gopher:': true, 'file': true, 'file:': true,
                  'ws': true, 'ws:': true, 'wss': true, 'wss:': true };
const HOSTLESS = { 'javascript': true, 'javascript:': true };
const UNSAFE = { 'javascript': true, 'javascript:': true };

// Leading and trailing code points url.parse() trims.
function isWhitespace(c) {
  return c <= 0x20 || c === 0xA0 || c === 0xFEFF;
}

// Trims whitespace and turns backslashes before the first '?' or '#' into '/'.
function prepare(url) {
  let a = 0;
  let b = url.length;
  while (a < b && isWhitespace(url.charCodeAt(a))) a++;
  while (b > a && isWhitespace(url.charCodeAt(b - 1))) b--;
  let rest = '';
  let split = false;
  let hasHash = false;
  for (let i = a; i < b; i++) {
    const ch = url[i];
    if (!split && (ch === '?' || ch === '#')) split = true;
    if (ch === '#') hasHash = true;
    rest += !split && ch === '\\' ? '/' : ch;
  }
  return { rest, hasHash };
}

const NON_HOST = '\t\n\r "#%\';<>\\^`{|}';
const AUTO_ESCAPE = { '\t': '%09', '\n': '%0A', '\r': '%0D', ' ': '%20', '"': '%22',
                      '\'': '%27', '<': '%3C', '>': '%3E', '\\': '%5C', '^': '%5E',
                      '`': '%60', '{': '%7B', '|': '%7C', '}': '%7D' };

function autoEscape(s) {
  let out = '';
  for (const ch of s) out += AUTO_ESCAPE[ch] || ch;
  return out;
}

let warnedInvalidPort = false;

// A ':' left in the hostname is an invalid port: Node 20 moves it into the
// path and warns once (DEP0170).
function warnInvalidPort(url) {
  if (warnedInvalidPort) return;
  warnedInvalidPort = true;
  if (typeof process !== 'undefined' && typeof process.emitWarning === 'function') {
    process.emitWarning('The URL ' + url + ' is invalid. Future versions of Node.js will ' +
                        'throw an error.', 'DeprecationWarning', 'DEP0170');
  }
}

function hasForbiddenHostChar(s) {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0 || c === 9 || c === 0xA || c === 0xD || c === 0x20 || c === 0x23 ||
        c === 0x25 || c === 0x2F || c === 0x3A || c === 0x3C || c === 0x3E || c === 0x3F ||
        c === 0x40 || c === 0x5B || c === 0x5C || c === 0x5D || c === 0x5E || c === 0x7C)
      return true;
  }
  return false;
}

function emptyQuery() {
  return Object.create(null);
}

Url.prototype.parse = function parse(url, parseQueryString, slashesDenoteHost) {
  if (typeof url !== 'string') throw invalidArgType('url', 'of type string', url);
  const prepared = prepare(url);
  let rest = prepared.rest;
  if (!slashesDenoteHost && !prepared.hasHash) {
    const simple = /^(\/\/?(?!\/)[^?\s]*)(\?[^\s]*)?$/.exec(rest);
    if (simple) {
      this.path = rest;
      this.href = rest;
      this.pathname = simple[1];
      if (simple[2]) {
        this.search = simple[2];
        this.query = parseQueryString ? querystring.parse(this.search.slice(1))
                                      : this.search.slice(1);
      } else if (parseQueryString) {
        this.search = null;
        this.query = emptyQuery();
      }
      return this;
    }
  }
  let proto = /^[a-z0-9.+-]+:/i.exec(rest);
  let lowerProto;
  if (proto) {
    proto = proto[0];
    lowerProto = proto.toLowerCase();
    this.protocol = lowerProto;
    rest = rest.slice(proto.length);
  }
  let slashes;
  if (slashesDenoteHost || proto || /^\/\/[^@/]+@[^@/]+/.test(rest)) {
    slashes = rest.startsWith('//');
    if (slashes && !(proto && HOSTLESS[lowerProto])) {
      rest = rest.slice(2);
      this.slashes = true;
    }
  }
  if (!HOSTLESS[lowerProto] && (slashes || (proto && !SLASHED[proto])))
    rest = this._parseAuthority(rest, url);
  if (!UNSAFE[lowerProto]) rest = autoEscape(rest);
  const hashAt = rest.indexOf('#');
  if (hashAt >= 0) {
    this.hash = rest.slice(hashAt);
    rest = rest.slice(0, hashAt);
  }
  const qAt = rest.indexOf('?');
  if (qAt >= 0) {
    this.search = rest.slice(qAt);
    this.query = rest.slice(qAt + 1);
    if (parseQueryString) this.query = querystring.parse(this.query);
    rest = rest.slice(0, qAt);
  } else if (parseQueryString) {
    this.search = null;
    this.query = emptyQuery();
  }
  if (rest.length > 0) this.pathname = rest;
  if (SLASHED[lowerProto] && this.hostname && !this.pathname) this.pathname = '/';
  if (this.pathname || this.search) this.path = (this.pathname || '') + (this.search || '');
  this.href = this.format();
  return this;
};

// Splits auth, host and port off [rest]; returns what follows the host.
Url.prototype._parseAuthority = function (rest, url) {
  let hostEnd = -1;
  let atSign = -1;
  let nonHost = -1;
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i];
    if (ch === '\t' || ch === '\n' || ch === '\r') {
      // Tabs and newlines before the path are dropped, as WHATWG does.
      rest = rest.slice(0, i) + rest.slice(i + 1);
      i--;
      continue;
    }
    if (ch === '/' || ch === '?' || ch === '#') {
      if (nonHost === -1) nonHost = i;
      hostEnd = i;
      break;
    }
    if (NON_HOST.includes(ch)) {
      if (nonHost === -1) nonHost = i;
    } else if (ch === '@') {
      atSign = i;
      nonHost = -1;
    }
  }
  let start = 0;
  if (atSign !== -1) {
    this.auth = decodeURIComponent(rest.slice(0, atSign));
    start = atSign + 1;
  }
  if (nonHost === -1) {
    this.host = rest.slice(start);
    rest = '';
  } else {
    this.host = rest.slice(start, nonHost);
    rest = rest.slice(nonHost);
  }
  this._parseHost();
  if (typeof this.hostname !== 'string') this.hostname = '';
  let hostname = this.hostname;
  const ipv6 = hostname[0] === '[' && hostname[hostname.length - 1] === ']';
  if (!ipv6) {
    for (let i = 0; i < hostname.length; i++) {
      const ch = hostname[i];
      if (ch === '/' || ch === '\\' || ch === '#' || ch === '?' || ch === ':') {
        if (ch === ':') warnInvalidPort(url);
        this.hostname = hostname.slice(0, i);
        rest = '/' + hostname.slice(i) + rest;
        break;
      }
    }
  }
  if (this.hostname.length > 255) this.hostname = '';
  else this.hostname = this.hostname.toLowerCase();
  if (!ipv6 && this.hostname !== '') {
    // Node's native toASCII result is read back as a C string (cut at the
    // first NUL).
    let ascii = whatwg.domainToASCII(this.hostname, false);
    if (ascii !== null && ascii.includes('\u0000')) ascii = ascii.slice(0, ascii.indexOf('\u0000'));
    if (ascii === null || ascii === '' || hasForbiddenHostChar(ascii)) {
      const e = nodeError(TypeError, 'ERR_INVALID_URL', 'Invalid URL');
      e.input = url;
      throw e;
    }
    this.hostname = ascii;
  }
  const p = this.port ? ':' + this.port : '';
  this.host = this.hostname + p;
  if (ipv6) {
    this.hostname = this.hostname.slice(1, -1);
    if (rest[0] !== '/') rest = '/' + rest;
  }
  return rest;
};

Url.prototype._parseHost = function () {
  let host = this.host;
  const m = /:[0-9]*$/.exec(host);
  if (m) {
    const port = m[0];
    if (port !== ':') this.port = port.slice(1);
    host = host.slice(0, host.length - port.length);
  }
  if (host) this.hostname = host;
};

function encodeSearchChars(s, chars) {
  let out = '';
  for (const ch of s) {
    if (ch === '#' && chars.includes('#')) out += '%23';
    else if (ch === '?' && chars.includes('?')) out += '%3F';
    else out += ch;
  }
  return out;
}

Url.prototype.format = function format() {
  let auth = this.auth || '';
  if (auth) {
    auth = encodeURIComponent(auth).split('%3A').join(':') + '@';
  }
  let protocol = this.protocol || '';
  let pathname = this.pathname || '';
  let hash = this.hash || '';
  let host = '';
  let query = '';
  if (this.host) {
    host = auth + this.host;
  } else if (this.hostname) {
    const hn = this.hostname;
    host = auth + (hn.includes(':') && hn[0] !== '[' ? '[' + hn + ']' : hn);
    if (this.port) host += ':' + this.port;
  }
  if (this.query !== null && typeof this.query === 'object')
    query = querystring.stringify(this.query);
  let search = this.search || (query && ('?' + query)) || '';
  if (protocol && protocol[protocol.length - 1] !== ':') protocol += ':';
  pathname = encodeSearchChars(pathname, '#?');
  if (this.slashes || SLASHED[protocol]) {
    if (this.slashes || host) {
      if (pathname && pathname[0] !== '/') pathname = '/' + pathname;
      host = '//' + host;
    } else if (protocol === 'file:') {
      host = '//';
    }
  }
  search = encodeSearchChars(search, '#');
  if (hash && hash[0] !== '#') hash = '#' + hash;
  if (search && search[0] !== '?') search = '?' + search;
  return protocol + host + pathname + search + hash;
};

Url.prototype.resolve = function resolve(relative) {
  return this.resolveObject(urlParse(relative, false, true)).format();
};

function copyInto(target, source, except) {
  for (const k of Object.keys(source)) if (k !== except) target[k] = source[k];
}

Url.prototype.resolveObject = function resolveObject(relative) {
  if (typeof relative === 'string') {
    const rel = new Url();
    rel.parse(relative, false, true);
    relative = rel;
  }
  const result = new Url();
  copyInto(result, this);
  result.hash = relative.hash;
  if (relative.href === '') {
    result.href = result.format();
    return result;
  }
  if (relative.slashes && !relative.protocol) {
    copyInto(result, relative, 'protocol');
    if (SLASHED[result.protocol] && result.hostname && !result.pathname)
      result.path = result.pathname = '/';
    result.href = result.format();
    return result;
  }
  if (relative.protocol && relative.protocol !== result.protocol)
    return resolveOtherProtocol(result, relative);
  return resolvePath(result, relative);
};

function resolveOtherProtocol(result, relative) {
  if (!SLASHED[relative.protocol]) {
    copyInto(result, relative);
    result.href = result.format();
    return result;
  }
  result.protocol = relative.protocol;
  if (!relative.host && !/^file:?$/.test(relative.protocol) && !HOSTLESS[relative.protocol]) {
    const relPath = (relative.pathname || '').split('/');
    while (relPath.length && !(relative.host = relPath.shift()));
    if (!relative.host) relative.host = '';
    if (!relative.hostname) relative.hostname = '';
    if (relPath[0] !== '') relPath.unshift('');
    if (relPath.length < 2) relPath.unshift('');
    result.pathname = relPath.join('/');
  } else {
    result.pathname = relative.pathname;
  }
  result.search = relative.search;
  result.query = relative.query;
  result.host = relative.host || '';
  result.auth = relative.auth;
  result.hostname = relative.hostname || relative.host;
  result.port = relative.port;
  if (result.pathname || result.search)
    result.path = (result.pathname || '') + (result.search || '');
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
}

function splitAuthFromHost(result) {
  const parts = result.host && result.host.indexOf('@') > 0 ? result.host.split('@') : false;
  if (parts) {
    result.auth = parts.shift();
    result.host = result.hostname = parts.shift();
  }
}

function setPath(result) {
  if (result.pathname !== null || result.search !== null)
    result.path = (result.pathname ? result.pathname : '') + (result.search ? result.search : '');
}

function resolvePath(result, relative) {
  const isSourceAbs = result.pathname && result.pathname[0] === '/';
  const isRelAbs = relative.host || (relative.pathname && relative.pathname[0] === '/');
  let mustEndAbs = isRelAbs || isSourceAbs || (result.host && relative.pathname);
  const removeAllDots = mustEndAbs;
  let srcPath = (result.pathname && result.pathname.split('/')) || [];
  const relPath = (relative.pathname && relative.pathname.split('/')) || [];
  const noLeadingSlashes = result.protocol && !SLASHED[result.protocol];
  if (noLeadingSlashes) {
    result.hostname = '';
    result.port = null;
    if (result.host) {
      if (srcPath[0] === '') srcPath[0] = result.host;
      else srcPath.unshift(result.host);
    }
    result.host = '';
    if (relative.protocol) {
      relative.hostname = null;
      relative.port = null;
      if (relative.host) {
        if (relPath[0] === '') relPath[0] = relative.host;
        else relPath.unshift(relative.host);
      }
      relative.host = null;
    }
    mustEndAbs = mustEndAbs && (relPath[0] === '' || srcPath[0] === '');
  }
  if (isRelAbs) {
    if (relative.host || relative.host === '') {
      if (result.host !== relative.host) result.auth = null;
      result.host = relative.host;
      result.port = relative.port;
    }
    if (relative.hostname || relative.hostname === '') {
      if (result.hostname !== relative.hostname) result.auth = null;
      result.hostname = relative.hostname;
    }
    result.search = relative.search;
    result.query = relative.query;
    srcPath = relPath;
  } else if (relPath.length) {
    srcPath.pop();
    srcPath = srcPath.concat(relPath);
    result.search = relative.search;
    result.query = relative.query;
  } else if (relative.search !== null && relative.search !== undefined) {
    if (noLeadingSlashes) {
      result.hostname = result.host = srcPath.shift();
      splitAuthFromHost(result);
    }
    result.search = relative.search;
    result.query = relative.query;
    setPath(result);
    result.href = result.format();
    return result;
  }
  if (!srcPath.length) {
    result.pathname = null;
    result.path = result.search ? '/' + result.search : null;
    result.href = result.format();
    return result;
  }
  return finishPath(result, relative, srcPath, mustEndAbs, removeAllDots, noLeadingSlashes);
}

function finishPath(result, relative, srcPath, mustEndAbs, removeAllDots, noLeadingSlashes) {
  let last = srcPath[srcPath.length - 1];
  const hasTrailingSlash =
    ((result.host || relative.host || srcPath.length > 1) && (last === '.' || last === '..')) ||
    last === '';
  let up = 0;
  for (let i = srcPath.length - 1; i >= 0; i--) {
    last = srcPath[i];
    if (last === '.') {
      srcPath.splice(i, 1);
    } else if (last === '..') {
      srcPath.splice(i, 1);
      up++;
    } else if (up) {
      srcPath.splice(i, 1);
      up--;
    }
  }
  if (!mustEndAbs && !removeAllDots) {
    while (up--) srcPath.unshift('..');
  }
  if (mustEndAbs && srcPath[0] !== '' && (!srcPath[0] || srcPath[0][0] !== '/'))
    srcPath.unshift('');
  if (hasTrailingSlash && srcPath.join('/').slice(-1) !== '/') srcPath.push('');
  const isAbsolute = srcPath[0] === '' || (srcPath[0] && srcPath[0][0] === '/');
  if (noLeadingSlashes) {
    result.hostname = result.host = isAbsolute ? '' : (srcPath.length ? srcPath.shift() : '');
    splitAuthFromHost(result);
  }
  mustEndAbs = mustEndAbs || (result.host && srcPath.length);
  if (mustEndAbs && !isAbsolute) srcPath.unshift('');
  if (srcPath.length > 0) {
    result.pathname = srcPath.join('/');
  } else {
    result.pathname = null;
    result.path = null;
  }
  setPath(result);
  result.auth = relative.auth || result.auth;
  result.slashes = result.slashes || relative.slashes;
  result.href = result.format();
  return result;
}

function urlParse(url, parseQueryString, slashesDenoteHost) {
  if (url !== null && typeof url === 'object' && url instanceof Url) return url;
  const u = new Url();
  u.parse(url, parseQueryString, slashesDenoteHost);
  return u;
}

function urlFormat(urlObject, options) {
  if (typeof urlObject === 'string') {
    urlObject = urlParse(urlObject);
  } else if (typeof urlObject !== 'object' || urlObject === null) {
    throw invalidArgType('urlObject', 'one of type object or string', urlObject);
  }
  return Url.prototype.format.call(urlObject);
}

function urlResolve(source, relative) {
  return urlParse(source, false, true).resolve(relative);
}

function urlResolveObject(source, relative) {
  if (!source) return relative;
  return urlParse(source, false, true).resolveObject(relative);
}

module.exports = { Url, parse: urlParse, format: urlFormat, resolve: urlResolve,
                   resolveObject: urlResolveObject };
