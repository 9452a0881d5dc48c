// Kiln standard library: Node's `url` module, written from the WHATWG URL
// Standard and Node's documentation for Kiln's library mode.
//
// WHATWG API: URL (parser and serializers in internal_url_whatwg.js; every
// setter, origin, toJSON, URL.canParse, Node's inspect layout) and
// URLSearchParams (live link with URL#search, stable sort, Node's inspect
// layout); domainToASCII / domainToUnicode; fileURLToPath / pathToFileURL
// (POSIX rules); urlToHttpOptions. Legacy API: Url, parse, format, resolve,
// resolveObject with Node's quirks (internal_url_legacy.js).
'use strict';

const whatwg = require('kiln:internal_url_whatwg');
const { utf8Encode, utf8Decode, percentDecodeBytes } = require('kiln:internal_url_bytes');
const punycode = require('punycode');
const { states, sets } = whatwg;

// ---- errors ----------------------------------------------------------------

function describeReceived(value) {
  if (value === null || value === undefined) return ' Received ' + value;
  if (typeof value === 'function') return ' Received function ' + value.name;
  if (typeof value === 'object') {
    const ctor = value.constructor;
    if (ctor && ctor.name) return ' Received an instance of ' + ctor.name;
    return ' Received ' + require('kiln:internal').inspect(value, { depth: -1 });
  }
  if (typeof value === 'string') {
    let shown = value;
    if (shown.length > 28) shown = shown.slice(0, 25) + '...';
    shown = shown.includes("'") ? JSON.stringify(shown) : "'" + shown + "'";
    return ' Received type string (' + shown + ')';
  }
  let shown;
  if (typeof value === 'number' && Object.is(value, -0)) shown = '-0';
  else if (typeof value === 'bigint') shown = String(value) + 'n';
  else shown = String(value);
  return ' Received type ' + typeof value + ' (' + shown + ')';
}

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
  return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                   'The "' + name + '" argument must be ' + expected + '.' +
                   describeReceived(value));
}

// Node 20's WHATWG ERR_INVALID_URL prints as a plain "TypeError: Invalid URL".
function invalidUrl(input, base) {
  const e = new TypeError('Invalid URL');
  e.code = 'ERR_INVALID_URL';
  e.input = input;
  if (base !== undefined) e.base = base;
  return e;
}

function missingArgs(...names) {
  let msg;
  if (names.length === 1) msg = 'The "' + names[0] + '" argument must be specified';
  else msg = 'The "' + names[0] + '" and "' + names[1] + '" arguments must be specified';
  return nodeError(TypeError, 'ERR_MISSING_ARGS', msg);
}

function invalidThis(type) {
  return nodeError(TypeError, 'ERR_INVALID_THIS', 'Value of "this" must be of type ' + type);
}

// ---- strings -----------------------------------------------------------------

// String(v) with lone surrogates replaced by U+FFFD (WebIDL USVString).
function toUSVString(v) {
  const s = typeof v === 'symbol' ? v.toString() : String(v);
  let out = null;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xD800 || c > 0xDFFF) continue;
    const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
    if (c <= 0xDBFF && d >= 0xDC00 && d <= 0xDFFF) { i++; continue; }
    if (out === null) out = s.split('');
    out[i] = '\uFFFD';
  }
  return out === null ? s : out.join('');
}

// ---- application/x-www-form-urlencoded -----------------------------------------

function parseFormUrlencoded(input) {
  const list = [];
  if (input === '') return list;
  for (const seq of input.split('&')) {
    if (seq === '') continue;
    const eq = seq.indexOf('=');
    const name = eq >= 0 ? seq.slice(0, eq) : seq;
    const value = eq >= 0 ? seq.slice(eq + 1) : '';
    list.push(formDecode(name), formDecode(value));
  }
  return list;
}

function formDecode(s) {
  if (!s.includes('+') && !s.includes('%')) return s;
  return utf8Decode(percentDecodeBytes(utf8Encode(s), true));
}

function formEncode(s) {
  let out = '';
  for (const ch of s) {
    const c = ch.codePointAt(0);
    if (c === 0x20) out += '+';
    else out += whatwg.encodeCodePoint(c, sets.FORM_SET);
  }
  return out;
}

function serializeForm(list) {
  let out = '';
  for (let i = 0; i < list.length; i += 2) {
    if (i > 0) out += '&';
    out += formEncode(list[i]) + '=' + formEncode(list[i + 1]);
  }
  return out;
}

// ---- URLSearchParams ---------------------------------------------------------

const kList = Symbol('query');
const kUrl = Symbol('context');
const kRecord = Symbol('record');
const kParams = Symbol('searchParams');

// Internal state lives in non-enumerable symbol-keyed properties.
function hide(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: false,
                                    configurable: true });
}

function checkParams(self) {
  if (self === null || typeof self !== 'object' || !(kList in self))
    throw invalidThis('URLSearchParams');
}

// Writes the list back to the associated URL's query.
function updateUrl(params) {
  const url = params[kUrl];
  if (!url) return;
  const s = serializeForm(params[kList]);
  url[kRecord].query = s === '' ? null : s;
}

function initFromObject(list, init) {
  const method = init[Symbol.iterator];
  if (method !== undefined && method !== null) {
    if (typeof method !== 'function')
      throw nodeError(TypeError, 'ERR_ARG_NOT_ITERABLE', 'Query pairs must be iterable');
    for (const pair of init) {
      if ((typeof pair !== 'object' && typeof pair !== 'function') || pair === null ||
          typeof pair[Symbol.iterator] !== 'function')
        throw tupleError();
      const arr = Array.from(pair);
      if (arr.length !== 2) throw tupleError();
      list.push(toUSVString(arr[0]), toUSVString(arr[1]));
    }
    return;
  }
  const seen = new Map();
  for (const key of Reflect.ownKeys(init)) {
    if (typeof key !== 'string') continue;
    const desc = Reflect.getOwnPropertyDescriptor(init, key);
    if (!desc || !desc.enumerable) continue;
    const k = toUSVString(key);
    const v = toUSVString(init[key]);
    if (seen.has(k)) {
      list[seen.get(k) + 1] = v;
    } else {
      seen.set(k, list.length);
      list.push(k, v);
    }
  }
}

function tupleError() {
  return nodeError(TypeError, 'ERR_INVALID_TUPLE',
                   'Each query pair must be an iterable [name, value] tuple');
}

class URLSearchParams {
  constructor(init = undefined) {
    hide(this, kList, []);
    hide(this, kUrl, null);
    if (init === undefined || init === null) return;
    if (typeof init === 'object' || typeof init === 'function') {
      if (init instanceof URLSearchParams && init[Symbol.iterator] === URLSearchParams.prototype[Symbol.iterator]) {
        this[kList] = init[kList].slice();
        return;
      }
      initFromObject(this[kList], init);
      return;
    }
    let s = toUSVString(init);
    if (s[0] === '?') s = s.slice(1);
    this[kList] = parseFormUrlencoded(s);
  }

  get size() {
    checkParams(this);
    return this[kList].length / 2;
  }

  append(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    this[kList].push(toUSVString(name), toUSVString(value));
    updateUrl(this);
  }

  delete(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this[kList];
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length;) {
      if (list[i] === name && (value === undefined || list[i + 1] === value)) list.splice(i, 2);
      else i += 2;
    }
    updateUrl(this);
  }

  get(name) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this[kList];
    name = toUSVString(name);
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) return list[i + 1];
    return null;
  }

  getAll(name) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this[kList];
    name = toUSVString(name);
    const out = [];
    for (let i = 0; i < list.length; i += 2) if (list[i] === name) out.push(list[i + 1]);
    return out;
  }

  has(name, value = undefined) {
    checkParams(this);
    if (arguments.length < 1) throw missingArgs('name');
    const list = this[kList];
    name = toUSVString(name);
    if (value !== undefined) value = toUSVString(value);
    for (let i = 0; i < list.length; i += 2)
      if (list[i] === name && (value === undefined || list[i + 1] === value)) return true;
    return false;
  }

  set(name, value) {
    checkParams(this);
    if (arguments.length < 2) throw missingArgs('name', 'value');
    const list = this[kList];
    name = toUSVString(name);
    value = toUSVString(value);
    let found = false;
    for (let i = 0; i < list.length;) {
      if (list[i] !== name) { i += 2; continue; }
      if (found) { list.splice(i, 2); continue; }
      list[i + 1] = value;
      found = true;
      i += 2;
    }
    if (!found) list.push(name, value);
    updateUrl(this);
  }

  sort() {
    checkParams(this);
    const list = this[kList];
    const pairs = [];
    for (let i = 0; i < list.length; i += 2) pairs.push([list[i], list[i + 1], i]);
    pairs.sort((a, b) => {
      if (a[0] < b[0]) return -1;
      if (a[0] > b[0]) return 1;
      return a[2] - b[2];
    });
    for (let i = 0; i < pairs.length; i++) {
      list[2 * i] = pairs[i][0];
      list[2 * i + 1] = pairs[i][1];
    }
    updateUrl(this);
  }

  entries() {
    checkParams(this);
    return new ParamsIterator(this, 'key+value');
  }

  forEach(callback, thisArg = undefined) {
    checkParams(this);
    if (typeof callback !== 'function')
      throw invalidArgType('callback', 'of type function', callback);
    const list = this[kList];
    for (let i = 0; i < list.length; i += 2) callback.call(thisArg, list[i + 1], list[i], this);
  }

  keys() {
    checkParams(this);
    return new ParamsIterator(this, 'key');
  }

  values() {
    checkParams(this);
    return new ParamsIterator(this, 'value');
  }

  toString() {
    checkParams(this);
    return serializeForm(this[kList]);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return '[Object]';
    const inner = Object.assign({}, options);
    if (depth !== null && depth !== undefined) inner.depth = depth - 1;
    const list = this[kList];
    const parts = [];
    for (let i = 0; i < list.length; i += 2)
      parts.push(inspect(list[i], inner) + ' => ' + inspect(list[i + 1], inner));
    const name = this.constructor && this.constructor.name ? this.constructor.name : 'URLSearchParams';
    if (parts.length === 0) return name + ' {}';
    let length = -2;
    for (const p of parts) length += p.length + 2;
    const breakLength = options && options.breakLength !== undefined ? options.breakLength : 80;
    if (length > breakLength) return name + ' {\n  ' + parts.join(',\n  ') + ' }';
    return name + ' { ' + parts.join(', ') + ' }';
  }
}

Object.defineProperty(URLSearchParams.prototype, Symbol.iterator, {
  value: URLSearchParams.prototype.entries, writable: true, configurable: true,
});

class ParamsIterator {
  constructor(params, kind) {
    hide(this, kParams, params);
    hide(this, kList, kind);
    hide(this, 'index', 0);
  }

  next() {
    const list = this[kParams][kList];
    if (this.index * 2 >= list.length) return { value: undefined, done: true };
    const i = this.index++ * 2;
    const kind = this[kList];
    if (kind === 'key') return { value: list[i], done: false };
    if (kind === 'value') return { value: list[i + 1], done: false };
    return { value: [list[i], list[i + 1]], done: false };
  }

  [Symbol.iterator]() {
    return this;
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    const list = this[kParams][kList];
    const kind = this[kList];
    const rest = [];
    for (let i = this.index * 2; i < list.length; i += 2) {
      if (kind === 'key') rest.push(list[i]);
      else if (kind === 'value') rest.push(list[i + 1]);
      else rest.push([list[i], list[i + 1]]);
    }
    const inner = Object.assign({}, options);
    if (typeof depth === 'number') inner.depth = depth;
    let body = inspect(rest, inner);
    body = body.slice(1, -1).trim();
    return 'URLSearchParams Iterator { ' + body + ' }';
  }
}

Object.defineProperty(ParamsIterator.prototype, Symbol.toStringTag, {
  value: 'URLSearchParams Iterator', configurable: true,
});

// ---- URL -----------------------------------------------------------------------

function checkUrl(self) {
  if (self === null || typeof self !== 'object' || !(kRecord in self)) throw invalidThis('URL');
}

function cannotHaveCredentials(r) {
  return r.host === null || r.host === '' || r.scheme === 'file';
}

// Removes trailing spaces from an opaque path once query and fragment are gone.
function stripOpaqueTrailingSpaces(r) {
  if (typeof r.path !== 'string' || r.fragment !== null || r.query !== null) return;
  r.path = r.path.replace(/ +$/, '');
}

class URL {
  constructor(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    input = toUSVString(input);
    let baseRecord = null;
    if (base !== undefined) {
      base = toUSVString(base);
      baseRecord = whatwg.parse(base, null);
      if (baseRecord === null) throw invalidUrl(input, base);
    }
    const r = whatwg.parse(input, baseRecord);
    if (r === null) throw invalidUrl(input, base);
    hide(this, kRecord, r);
    hide(this, kParams, null);
  }

  static parse(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    try {
      return base === undefined ? new URL(input) : new URL(input, base);
    } catch {
      return null;
    }
  }

  static canParse(input, base = undefined) {
    if (arguments.length === 0) throw missingArgs('url');
    input = toUSVString(input);
    let baseRecord = null;
    if (base !== undefined) {
      baseRecord = whatwg.parse(toUSVString(base), null);
      if (baseRecord === null) return false;
    }
    return whatwg.parse(input, baseRecord) !== null;
  }

  static createObjectURL(obj) {
    const Blob = globalThis.Blob;
    if (typeof Blob !== 'function' || !(obj instanceof Blob))
      throw invalidArgType('obj', 'an instance of Blob', obj);
    throw nodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED',
                    'The URL.createObjectURL() method is not implemented');
  }

  static revokeObjectURL(url) {
    if (arguments.length === 0) throw missingArgs('url');
  }

  toString() {
    checkUrl(this);
    return whatwg.serialize(this[kRecord], false);
  }

  get href() {
    checkUrl(this);
    return whatwg.serialize(this[kRecord], false);
  }

  set href(value) {
    checkUrl(this);
    value = toUSVString(value);
    const r = whatwg.parse(value, null);
    if (r === null) throw invalidUrl(value);
    this[kRecord] = r;
    if (this[kParams]) this[kParams][kList] = parseFormUrlencoded(r.query || '');
  }

  get origin() {
    checkUrl(this);
    return whatwg.origin(this[kRecord]);
  }

  get protocol() {
    checkUrl(this);
    return this[kRecord].scheme + ':';
  }

  set protocol(value) {
    checkUrl(this);
    whatwg.parse(toUSVString(value) + ':', null, this[kRecord], states.SCHEME_START);
  }

  get username() {
    checkUrl(this);
    return this[kRecord].username;
  }

  set username(value) {
    checkUrl(this);
    const r = this[kRecord];
    if (cannotHaveCredentials(r)) return;
    r.username = whatwg.encodeString(toUSVString(value), sets.USERINFO_SET);
  }

  get password() {
    checkUrl(this);
    return this[kRecord].password;
  }

  set password(value) {
    checkUrl(this);
    const r = this[kRecord];
    if (cannotHaveCredentials(r)) return;
    r.password = whatwg.encodeString(toUSVString(value), sets.USERINFO_SET);
  }

  get host() {
    checkUrl(this);
    const r = this[kRecord];
    if (r.host === null) return '';
    return r.port === null ? r.host : r.host + ':' + r.port;
  }

  set host(value) {
    checkUrl(this);
    const r = this[kRecord];
    if (typeof r.path === 'string') return;
    editRecord(this, toUSVString(value), states.HOST);
  }

  get hostname() {
    checkUrl(this);
    const h = this[kRecord].host;
    return h === null ? '' : h;
  }

  set hostname(value) {
    checkUrl(this);
    const r = this[kRecord];
    if (typeof r.path === 'string') return;
    editRecord(this, toUSVString(value), states.HOSTNAME);
  }

  get port() {
    checkUrl(this);
    const p = this[kRecord].port;
    return p === null ? '' : String(p);
  }

  set port(value) {
    checkUrl(this);
    const r = this[kRecord];
    if (cannotHaveCredentials(r)) return;
    value = toUSVString(value).replace(/[\t\n\r]/g, '');
    if (value === '') r.port = null;
    else editRecord(this, value, states.PORT);
  }

  get pathname() {
    checkUrl(this);
    return whatwg.serializePath(this[kRecord]);
  }

  set pathname(value) {
    checkUrl(this);
    const r = this[kRecord];
    if (typeof r.path === 'string') return;
    r.path = [];
    whatwg.parse(toUSVString(value), null, r, states.PATH_START);
  }

  get search() {
    checkUrl(this);
    const q = this[kRecord].query;
    return q === null || q === '' ? '' : '?' + q;
  }

  set search(value) {
    checkUrl(this);
    const r = this[kRecord];
    value = toUSVString(value);
    if (value === '') {
      r.query = null;
      if (this[kParams]) this[kParams][kList] = [];
      stripOpaqueTrailingSpaces(r);
      return;
    }
    if (value[0] === '?') value = value.slice(1);
    r.query = '';
    whatwg.parse(value, null, r, states.QUERY);
    if (this[kParams]) this[kParams][kList] = parseFormUrlencoded(value);
  }

  get searchParams() {
    checkUrl(this);
    if (this[kParams] === null) {
      const p = new URLSearchParams(this[kRecord].query || '');
      p[kUrl] = this;
      this[kParams] = p;
    }
    return this[kParams];
  }

  get hash() {
    checkUrl(this);
    const f = this[kRecord].fragment;
    return f === null || f === '' ? '' : '#' + f;
  }

  set hash(value) {
    checkUrl(this);
    const r = this[kRecord];
    value = toUSVString(value);
    if (value === '') {
      r.fragment = null;
      stripOpaqueTrailingSpaces(r);
      return;
    }
    if (value[0] === '#') value = value.slice(1);
    r.fragment = '';
    whatwg.parse(value, null, r, states.FRAGMENT);
  }

  toJSON() {
    checkUrl(this);
    return whatwg.serialize(this[kRecord], false);
  }

  [Symbol.for('nodejs.util.inspect.custom')](depth, options, inspect) {
    if (typeof depth === 'number' && depth < 0) return this;
    const obj = {
      href: this.href,
      origin: this.origin,
      protocol: this.protocol,
      username: this.username,
      password: this.password,
      host: this.host,
      hostname: this.hostname,
      port: this.port,
      pathname: this.pathname,
      search: this.search,
      searchParams: this.searchParams,
      hash: this.hash,
    };
    const name = this.constructor && this.constructor.name ? this.constructor.name : 'URL';
    return name + ' ' + inspect(obj, options);
  }
}

// Runs a state-override parse on the record; like the standard, what was
// set before a failure stays set.
function editRecord(url, value, state) {
  whatwg.parse(value, null, url[kRecord], state);
}

function makeEnumerable(proto, names, tag) {
  for (const n of names) {
    const d = Object.getOwnPropertyDescriptor(proto, n);
    d.enumerable = true;
    Object.defineProperty(proto, n, d);
  }
  Object.defineProperty(proto, Symbol.toStringTag, { value: tag, configurable: true });
}

makeEnumerable(URL.prototype, ['toString', 'href', 'origin', 'protocol', 'username',
  'password', 'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash',
  'toJSON'], 'URL');
makeEnumerable(URLSearchParams.prototype, ['append', 'delete', 'get', 'getAll', 'has',
  'set', 'size', 'sort', 'entries', 'forEach', 'keys', 'values', 'toString'],
'URLSearchParams');
for (const n of ['parse', 'canParse', 'createObjectURL', 'revokeObjectURL']) {
  const d = Object.getOwnPropertyDescriptor(URL, n);
  d.enumerable = true;
  Object.defineProperty(URL, n, d);
}

// ---- domains ---------------------------------------------------------------------

function domainToASCII(domain) {
  if (arguments.length === 0) throw missingArgs('domain');
  const r = whatwg.parseHost(String(domain), false);
  return r === null ? '' : r;
}

function domainToUnicode(domain) {
  if (arguments.length === 0) throw missingArgs('domain');
  const r = whatwg.parseHost(String(domain), false);
  if (r === null) return '';
  return hostToUnicode(r);
}

function hostToUnicode(host) {
  return host.split('.').map((label) => {
    if (!label.startsWith('xn--')) return label;
    try { return punycode.decode(label.slice(4)); } catch { return label; }
  }).join('.');
}

// ---- file URLs -----------------------------------------------------------------

function fileURLToPath(path) {
  let u = path;
  if (typeof path === 'string') u = new URL(path);
  else if (!isURL(path))
    throw invalidArgType('path', 'of type string or an instance of URL', path);
  if (u.protocol !== 'file:')
    throw nodeError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  if (u.hostname !== '')
    throw nodeError(TypeError, 'ERR_INVALID_FILE_URL_HOST',
                    'File URL host must be "localhost" or empty on linux');
  const pathname = u.pathname;
  for (let i = 0; i + 2 < pathname.length; i++) {
    if (pathname[i] === '%' && pathname[i + 1] === '2' &&
        (pathname[i + 2] === 'f' || pathname[i + 2] === 'F'))
      throw nodeError(TypeError, 'ERR_INVALID_FILE_URL_PATH',
                      'File URL path must not include encoded / characters');
  }
  return decodeURIComponent(pathname);
}

function isURL(v) {
  return v !== null && typeof v === 'object' && typeof v.href === 'string' &&
         v.protocol !== undefined && v.auth === undefined && v.path === undefined;
}

// Percent-encodes a resolved path for a file URL the way Node 20 does:
// controls, space, non-ASCII and "#%<>?[\]^`{|}~ are encoded.
function encodeFilePath(p) {
  let out = '';
  for (const ch of p) {
    const c = ch.codePointAt(0);
    if (c <= 0x20 || c >= 0x7F || '"#%<>?[\\]^`{|}~'.includes(ch))
      out += whatwg.encodeCodePoint(c, sets.FORM_SET);
    else
      out += ch;
  }
  return out;
}

function pathToFileURL(filepath) {
  if (typeof filepath !== 'string')
    throw invalidArgType('path', 'of type string', filepath);
  let resolved = require('path').resolve(filepath);
  if (filepath.endsWith('/') && !resolved.endsWith('/')) resolved += '/';
  return new URL('file://' + encodeFilePath(resolved));
}

function urlToHttpOptions(url) {
  const hostname = url.hostname;
  const options = {
    __proto__: null,
    ...url,
    protocol: url.protocol,
    hostname: typeof hostname === 'string' && hostname.startsWith('[') ?
      hostname.slice(1, -1) : hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') options.port = Number(url.port);
  if (url.username || url.password)
    options.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  return options;
}

// ---- URL formatting with options (url.format(URL, options)) ---------------------

function formatWhatwg(u, options) {
  let auth = true, fragment = true, search = true, unicode = false;
  if (options !== undefined) {
    if (options === null || typeof options !== 'object')
      throw invalidArgType('options', 'of type object', options);
    if ('auth' in options) auth = !!options.auth;
    if ('fragment' in options) fragment = !!options.fragment;
    if ('search' in options) search = !!options.search;
    if ('unicode' in options) unicode = !!options.unicode;
  }
  const r = Object.assign({}, u[kRecord]);
  if (!auth) { r.username = ''; r.password = ''; }
  if (!fragment) r.fragment = null;
  if (!search) r.query = null;
  if (unicode && r.host !== null) r.host = hostToUnicode(r.host);
  return whatwg.serialize(r, false);
}

module.exports = {
  URL,
  URLSearchParams,
  domainToASCII,
  domainToUnicode,
  fileURLToPath,
  pathToFileURL,
  urlToHttpOptions,
};

const legacy = require('kiln:internal_url_legacy');
module.exports.Url = legacy.Url;
module.exports.parse = legacy.parse;
module.exports.resolve = legacy.resolve;
module.exports.resolveObject = legacy.resolveObject;
module.exports.format = function format(urlObject, options) {
  if (urlObject instanceof URL) return formatWhatwg(urlObject, options);
  return legacy.format(urlObject, options);
};
