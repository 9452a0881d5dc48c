// SPDX-License-Identifier: MIT
//
// internal_fetch.js: node 20's global fetch and its classes (Headers,
// Request, Response, FormData) with undici's semantics, over this
// runtime's http and https clients: the request headers node sends in
// node's order, redirects (follow/manual/error, 303 and POST-to-GET
// rewriting), `TypeError: fetch failed` with the network error as `cause`,
// AbortSignal, gzip/deflate/br bodies decoded, and bodies as web
// ReadableStreams or read whole (text/json/arrayBuffer/blob/formData).
'use strict';

const { Buffer, Blob } = require('buffer');

const kState = Symbol('kiln.fetch.state');
const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

// --- Headers -------------------------------------------------------------------------------

const TOKEN = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]+$/;

function normalizeValue(v) {
  return String(v).replace(/^[\t\n\r ]+|[\t\n\r ]+$/g, '');
}

function checkHeader(prefix, name, value) {
  name = String(name);
  if (!TOKEN.test(name)) {
    throw new TypeError(`${prefix}: "${name}" is an invalid header name.`);
  }
  if (value === undefined) return [name, undefined];
  const v = normalizeValue(value);
  if (/[\0\r\n]/.test(v)) {
    throw new TypeError(`${prefix}: "${v}" is an invalid header value.`);
  }
  return [name, v];
}

class Headers {
  constructor(init = undefined) {
    // lower-case name -> { name (as first given), values: [] }
    Object.defineProperty(this, kState, { value: { map: new Map(), guard: 'none' } });
    if (init === undefined || init === null) {
      if (init === null) {
        throw new TypeError("Headers constructor: Expected init to be a record or sequence; " +
                            'got null');
      }
      return;
    }
    fillHeaders(this, init);
  }

  append(name, value) {
    if (arguments.length < 2) {
      throw new TypeError(`Headers.append: ${2} arguments required, but only ` +
                          `${arguments.length} present.`);
    }
    const [n, v] = checkHeader('Headers.append', name, value);
    immutableCheck(this);
    const map = this[kState].map;
    const key = n.toLowerCase();
    const e = map.get(key);
    if (e) e.values.push(v);
    else map.set(key, { name: n, values: [v] });
  }

  delete(name) {
    const [n] = checkHeader('Headers.delete', name);
    immutableCheck(this);
    this[kState].map.delete(n.toLowerCase());
  }

  get(name) {
    const [n] = checkHeader('Headers.get', name);
    const e = this[kState].map.get(n.toLowerCase());
    if (!e) return null;
    return e.values.join(', ');
  }

  getSetCookie() {
    const e = this[kState].map.get('set-cookie');
    return e ? e.values.slice() : [];
  }

  has(name) {
    const [n] = checkHeader('Headers.has', name);
    return this[kState].map.has(n.toLowerCase());
  }

  set(name, value) {
    if (arguments.length < 2) {
      throw new TypeError(`Headers.set: ${2} arguments required, but only ` +
                          `${arguments.length} present.`);
    }
    const [n, v] = checkHeader('Headers.set', name, value);
    immutableCheck(this);
    const map = this[kState].map;
    const key = n.toLowerCase();
    const e = map.get(key);
    if (e) e.values = [v];
    else map.set(key, { name: n, values: [v] });
  }

  forEach(callback, thisArg = undefined) {
    if (typeof callback !== 'function') {
      throw new TypeError("Failed to execute 'forEach' on 'Headers': parameter 1 is not of " +
                          "type 'Function'.");
    }
    for (const [k, v] of this) callback.call(thisArg, v, k, this);
  }

  *entries() {
    const keys = Array.from(this[kState].map.keys()).sort();
    for (const k of keys) {
      const e = this[kState].map.get(k);
      if (k === 'set-cookie') {
        for (const v of e.values) yield [k, v];
      } else {
        yield [k, e.values.join(', ')];
      }
    }
  }

  *keys() { for (const [k] of this.entries()) yield k; }
  *values() { for (const [, v] of this.entries()) yield v; }
  [Symbol.iterator]() { return this.entries(); }

  [inspectCustom](depth, options, inspect) {
    const o = {};
    for (const [k, v] of this) o[k] = v;
    return `Headers ${inspect(o, options)}`;
  }
}
Object.defineProperty(Headers.prototype, Symbol.toStringTag, {
  value: 'Headers', configurable: true,
});

function immutableCheck(h) {
  if (h[kState].guard === 'immutable') throw new TypeError('immutable');
}

function fillHeaders(headers, init) {
  if (typeof init !== 'object' && typeof init !== 'function') {
    throw new TypeError('Headers constructor: Argument 1 could not be converted to one of: ' +
                        'sequence<sequence<ByteString>>, record<ByteString, ByteString>.');
  }
  if (init instanceof Headers) {
    for (const [, e] of init[kState].map) {
      for (const v of e.values) headers.append(e.name, v);
    }
  } else if (typeof init[Symbol.iterator] === 'function') {
    for (const pair of init) {
      const list = Array.from(pair);
      if (list.length !== 2) {
        throw new TypeError('Headers constructor: expected name/value pair to be length 2, ' +
                            `found ${list.length}.`);
      }
      headers.append(list[0], list[1]);
    }
  } else {
    for (const k of Object.keys(init)) headers.append(k, init[k]);
  }
}

// The headers in the order given, names as given (what goes on the wire).
function headerPairs(headers) {
  const out = [];
  for (const [, e] of headers[kState].map) {
    if (e.name.toLowerCase() === 'set-cookie') for (const v of e.values) out.push([e.name, v]);
    else out.push([e.name, e.values.join(', ')]);
  }
  return out;
}

// --- FormData ------------------------------------------------------------------------------

function formValue(value, filename) {
  if (value instanceof Blob) {
    const { File } = require('buffer');
    if (value instanceof File && filename === undefined) return value;
    return new File([value], filename === undefined ? (value.name || 'blob') : String(filename),
                    { type: value.type });
  }
  return String(value);
}

class FormData {
  constructor(form) {
    if (form !== undefined) {
      throw new TypeError("Failed to construct 'FormData': parameter 1 is not of type " +
                          "'HTMLFormElement'.");
    }
    Object.defineProperty(this, kState, { value: [] });
  }
  append(name, value, filename) { this[kState].push([String(name), formValue(value, filename)]); }
  delete(name) {
    name = String(name);
    const list = this[kState];
    for (let i = list.length - 1; i >= 0; i--) if (list[i][0] === name) list.splice(i, 1);
  }
  get(name) {
    name = String(name);
    const e = this[kState].find((x) => x[0] === name);
    return e ? e[1] : null;
  }
  getAll(name) {
    name = String(name);
    return this[kState].filter((x) => x[0] === name).map((x) => x[1]);
  }
  has(name) {
    name = String(name);
    return this[kState].some((x) => x[0] === name);
  }
  set(name, value, filename) {
    name = String(name);
    const v = formValue(value, filename);
    const list = this[kState];
    const i = list.findIndex((x) => x[0] === name);
    if (i < 0) {
      list.push([name, v]);
      return;
    }
    list[i] = [name, v];
    for (let k = list.length - 1; k > i; k--) if (list[k][0] === name) list.splice(k, 1);
  }
  *entries() { for (const e of this[kState].slice()) yield [e[0], e[1]]; }
  *keys() { for (const e of this.entries()) yield e[0]; }
  *values() { for (const e of this.entries()) yield e[1]; }
  forEach(cb, thisArg) { for (const [k, v] of this) cb.call(thisArg, v, k, this); }
  [Symbol.iterator]() { return this.entries(); }
}
Object.defineProperty(FormData.prototype, Symbol.toStringTag, {
  value: 'FormData', configurable: true,
});

let boundaryCounter = 0;
function multipartBody(form) {
  boundaryCounter++;
  const boundary = `----formdata-kiln-${String(boundaryCounter).padStart(11, '0')}`;
  const esc = (s) => s.replace(/\n/g, '%0A').replace(/\r/g, '%0D').replace(/"/g, '%22');
  const parts = [];
  for (const [name, value] of form[kState]) {
    if (typeof value === 'string') {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; ` +
        `name="${esc(name)}"\r\n\r\n${value.replace(/\r(?!\n)|(?<!\r)\n/g, '\r\n')}\r\n`));
    } else {
      parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; ` +
        `name="${esc(name)}"; filename="${esc(value.name)}"\r\nContent-Type: ` +
        `${value.type || 'application/octet-stream'}\r\n\r\n`));
      parts.push(null, Buffer.from('\r\n'));
    }
  }
  parts.push(Buffer.from(`--${boundary}--\r\n`));
  return { parts, type: `multipart/form-data; boundary=${boundary}` };
}

// --- bodies --------------------------------------------------------------------------------

// What init.body becomes: { source: Buffer | ReadableStream | Promise<Buffer>, type, length }.
function extractBody(body) {
  if (typeof body === 'string') {
    return { bytes: Buffer.from(body), type: 'text/plain;charset=UTF-8' };
  }
  if (body instanceof URLSearchParams) {
    return { bytes: Buffer.from(body.toString()),
             type: 'application/x-www-form-urlencoded;charset=UTF-8' };
  }
  if (body instanceof ArrayBuffer) return { bytes: Buffer.from(body.slice(0)), type: null };
  if (ArrayBuffer.isView(body)) {
    return { bytes: Buffer.from(body.buffer.slice(body.byteOffset, body.byteOffset + body.byteLength)),
             type: null };
  }
  if (body instanceof Blob) {
    return { pending: body.arrayBuffer().then((ab) => Buffer.from(ab)), type: body.type || null };
  }
  if (body instanceof FormData) {
    const { parts, type } = multipartBody(body);
    const files = body[kState].filter((e) => typeof e[1] !== 'string').map((e) => e[1]);
    const pending = (async () => {
      const out = [];
      let k = 0;
      for (const p of parts) {
        out.push(p === null ? Buffer.from(await files[k++].arrayBuffer()) : p);
      }
      return Buffer.concat(out);
    })();
    return { pending, type };
  }
  const { ReadableStream } = require('kiln:internal_webstreams');
  if (body instanceof ReadableStream) {
    return { stream: body, type: null };
  }
  return { bytes: Buffer.from(String(body)), type: 'text/plain;charset=UTF-8' };
}

// A body being read: bytes known, or a node Readable (a response), or a web stream.
function bodyState(init) {
  return { bytes: null, readable: null, stream: null, pending: null, used: false, ...init };
}

function getStream(self) {
  const b = self[kState].body;
  if (b === null) return null;
  if (!b.stream) {
    const { ReadableStream } = require('kiln:internal_webstreams');
    if (b.readable) {
      const readable = b.readable;
      b.stream = new ReadableStream({
        start(controller) {
          if (b.abortReason !== undefined) {
            controller.error(b.abortReason);
            return;
          }
          b.controller = controller;
          readable.on('data', (d) => {
            controller.enqueue(new Uint8Array(d.buffer, d.byteOffset, d.byteLength));
            if (controller.desiredSize <= 0) readable.pause();
          });
          readable.on('end', () => controller.close());
          readable.on('error', (e) => {
            if (b.abortReason === undefined) {
              controller.error(new TypeError('terminated', { cause: e }));
            }
          });
        },
        pull() { readable.resume(); },
        cancel() { readable.destroy(); },
      });
    } else {
      const bytes = b.bytes;
      const pending = b.pending;
      b.stream = new ReadableStream({
        async pull(controller) {
          const data = bytes || await pending;
          if (data.length) controller.enqueue(new Uint8Array(data.buffer, data.byteOffset, data.length));
          controller.close();
        },
      }, { highWaterMark: 0 });
    }
  }
  return b.stream;
}

async function consumeBytes(self) {
  const b = self[kState].body;
  if (b !== null && (b.used || (b.stream && b.stream.locked))) {
    throw new TypeError('Body is unusable: Body has already been read');
  }
  if (b === null) return Buffer.alloc(0);
  b.used = true;
  if (!b.stream) {
    if (b.bytes) return b.bytes;
    if (b.pending) return b.pending;
  }
  const reader = getStream(self).getReader();
  const chunks = [];
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(Buffer.from(value.buffer, value.byteOffset, value.byteLength));
  }
  return Buffer.concat(chunks);
}

function mimeType(self) {
  const t = self.headers.get('content-type');
  return t === null ? '' : t;
}

function parseFormData(self, bytes) {
  const type = mimeType(self);
  const fd = new FormData();
  if (/^application\/x-www-form-urlencoded/i.test(type)) {
    for (const [k, v] of new URLSearchParams(bytes.toString())) fd.append(k, v);
    return fd;
  }
  const m = /^multipart\/form-data;\s*boundary=("?)([^";]+)\1/i.exec(type);
  if (!m) throw new TypeError('Response.formData: Could not parse content as FormData.');
  const boundary = `--${m[2]}`;
  const text = bytes.toString('latin1');
  for (const part of text.split(boundary).slice(1)) {
    if (part.startsWith('--')) break;
    const sep = part.indexOf('\r\n\r\n');
    if (sep < 0) continue;
    const head = part.slice(2, sep);
    const body = part.slice(sep + 4, part.length - 2);
    const name = /name="([^"]*)"/i.exec(head);
    const file = /filename="([^"]*)"/i.exec(head);
    const ctype = /content-type:\s*([^\r\n]+)/i.exec(head);
    if (!name) continue;
    if (file) {
      const { File } = require('buffer');
      fd.append(name[1], new File([Buffer.from(body, 'latin1')], file[1],
                                  { type: ctype ? ctype[1] : '' }));
    } else {
      fd.append(name[1], Buffer.from(body, 'latin1').toString());
    }
  }
  return fd;
}

const bodyMethods = {
  get body() { return getStream(this); },
  get bodyUsed() {
    const b = this[kState].body;
    return b !== null && (b.used || (!!b.stream && b.stream.locked));
  },
  async arrayBuffer() {
    const b = await consumeBytes(this);
    return b.buffer.slice(b.byteOffset, b.byteOffset + b.length);
  },
  async text() { return (await consumeBytes(this)).toString('utf8'); },
  async json() { return JSON.parse((await consumeBytes(this)).toString('utf8')); },
  async blob() {
    const b = await consumeBytes(this);
    return new Blob([b], { type: mimeType(this) });
  },
  async formData() { return parseFormData(this, await consumeBytes(this)); },
};

function mixBody(Class) {
  for (const name of Object.getOwnPropertyNames(bodyMethods)) {
    const d = Object.getOwnPropertyDescriptor(bodyMethods, name);
    d.enumerable = true;
    Object.defineProperty(Class.prototype, name, d);
  }
}

// --- Response ------------------------------------------------------------------------------

const NULL_BODY_STATUS = [101, 204, 205, 304];
const REDIRECT_STATUS = [301, 302, 303, 307, 308];

class Response {
  constructor(body = null, init = {}) {
    if (init === null || typeof init !== 'object') init = {};
    const status = init.status !== undefined ? Number(init.status) : 200;
    if (status < 200 || status > 599) {
      throw new RangeError('init["status"] must be in the range of 200 to 599, inclusive.');
    }
    const statusText = init.statusText !== undefined ? String(init.statusText) : '';
    const headers = new Headers(init.headers);
    let b = null;
    if (body !== null && body !== undefined) {
      if (NULL_BODY_STATUS.includes(status)) {
        throw new TypeError(`Response constructor: Invalid response status code ${status}`);
      }
      const x = extractBody(body);
      b = bodyState(x);
      if (x.type && !headers.has('content-type')) headers.append('content-type', x.type);
    }
    Object.defineProperty(this, kState, {
      value: { status, statusText, headers, body: b, type: 'default', url: '',
               redirected: false },
    });
  }
  get status() { return this[kState].status; }
  get statusText() { return this[kState].statusText; }
  get ok() { return this[kState].status >= 200 && this[kState].status <= 299; }
  get headers() { return this[kState].headers; }
  get type() { return this[kState].type; }
  get url() { return this[kState].url; }
  get redirected() { return this[kState].redirected; }

  clone() {
    if (this.bodyUsed) throw new TypeError('Response.clone: Body has already been consumed.');
    const r = new Response(null, { status: this.status === 0 ? 200 : this.status,
                                   statusText: this.statusText, headers: this.headers });
    Object.assign(r[kState], { ...this[kState], headers: r[kState].headers });
    const b = this[kState].body;
    if (b !== null) {
      const [s1, s2] = getStream(this).tee();
      this[kState].body = bodyState({ stream: s1 });
      r[kState].body = bodyState({ stream: s2 });
    }
    return r;
  }

  static error() {
    const r = new Response(null);
    r[kState].status = 0;
    r[kState].type = 'error';
    return r;
  }

  static json(data, init = {}) {
    const text = JSON.stringify(data);
    if (text === undefined) throw new TypeError('Value is not JSON serializable');
    const r = new Response(text, init);
    r.headers.set('content-type', 'application/json');
    return r;
  }

  static redirect(url, status = 302) {
    const parsed = new URL(String(url), undefined);
    if (!REDIRECT_STATUS.includes(status)) {
      throw new RangeError(`Invalid status code ${status}`);
    }
    const r = new Response(null, { status });
    r.headers.set('location', parsed.href);
    return r;
  }

  [inspectCustom](depth, options, inspect) {
    return `Response ${inspect({
      status: this.status, statusText: this.statusText, headers: this.headers,
      body: this.body, bodyUsed: this.bodyUsed, ok: this.ok, redirected: this.redirected,
      type: this.type, url: this.url,
    }, options)}`;
  }
}
mixBody(Response);
Object.defineProperty(Response.prototype, Symbol.toStringTag, {
  value: 'Response', configurable: true,
});

// --- Request -------------------------------------------------------------------------------

const NORMALIZED_METHODS = ['DELETE', 'GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'PATCH'];

class Request {
  constructor(input, init = {}) {
    if (arguments.length < 1) {
      throw new TypeError('Request constructor: 1 argument required, but only 0 present.');
    }
    if (init === null || typeof init !== 'object') init = {};
    let base = null;
    let url;
    if (input instanceof Request) {
      base = input[kState];
      url = base.url;
    } else {
      try {
        url = new URL(String(input));
      } catch (e) {
        throw new TypeError('Failed to parse URL from ' + String(input), { cause: e });
      }
      if (url.username || url.password) {
        throw new TypeError('Request cannot be constructed from a URL that includes ' +
                            'credentials: ' + String(input));
      }
    }
    let method = init.method !== undefined ? String(init.method) : base ? base.method : 'GET';
    if (!TOKEN.test(method)) throw new TypeError(`'${method}' is not a valid HTTP method.`);
    const upper = method.toUpperCase();
    if (NORMALIZED_METHODS.includes(upper) && upper !== 'PATCH') method = upper;
    if (['CONNECT', 'TRACE', 'TRACK'].includes(upper)) {
      throw new TypeError(`'${method}' HTTP method is unsupported.`);
    }
    const headers = new Headers(init.headers !== undefined ? init.headers
                                                           : base ? base.headers : undefined);
    let body = null;
    const bodyInit = init.body;
    if (bodyInit !== undefined && bodyInit !== null) {
      if (method === 'GET' || method === 'HEAD') {
        throw new TypeError('Request with GET/HEAD method cannot have body.');
      }
      const x = extractBody(bodyInit);
      body = bodyState(x);
      if (x.type && !headers.has('content-type')) headers.append('content-type', x.type);
    } else if (base && base.body) {
      body = base.body;
    }
    const redirect = init.redirect !== undefined ? String(init.redirect)
      : base ? base.redirect : 'follow';
    if (!['follow', 'manual', 'error'].includes(redirect)) {
      throw new TypeError(`Request constructor: ${redirect} is not an accepted type. ` +
                          "Expected one of follow, manual, error.");
    }
    const signal = init.signal !== undefined ? init.signal : base ? base.signal : null;
    Object.defineProperty(this, kState, {
      value: { url, method, headers, body, redirect, signal: signal || null,
               keepalive: !!init.keepalive },
    });
  }
  get url() { return this[kState].url.href; }
  get method() { return this[kState].method; }
  get headers() { return this[kState].headers; }
  get redirect() { return this[kState].redirect; }
  get signal() {
    const s = this[kState];
    if (!s.signal) s.signal = new AbortController().signal;
    return s.signal;
  }
  get keepalive() { return this[kState].keepalive; }
  get mode() { return 'cors'; }
  get credentials() { return 'same-origin'; }
  get cache() { return 'default'; }
  get destination() { return ''; }
  get referrer() { return 'about:client'; }
  get referrerPolicy() { return ''; }
  get integrity() { return ''; }
  get duplex() { return 'half'; }
  clone() {
    if (this.bodyUsed) throw new TypeError('Request.clone: Body has already been consumed.');
    const r = new Request(this);
    if (this[kState].body !== null) {
      const [s1, s2] = getStream(this).tee();
      this[kState].body = bodyState({ stream: s1 });
      r[kState].body = bodyState({ stream: s2 });
    }
    return r;
  }
}
mixBody(Request);
Object.defineProperty(Request.prototype, Symbol.toStringTag, {
  value: 'Request', configurable: true,
});

// --- fetch ---------------------------------------------------------------------------------

const BAD_PORTS = new Set([1, 7, 9, 11, 13, 15, 17, 19, 20, 21, 22, 23, 25, 37, 42, 43, 53, 69,
  77, 79, 87, 95, 101, 102, 103, 104, 109, 110, 111, 113, 115, 117, 119, 123, 135, 137, 139,
  143, 161, 179, 389, 427, 465, 512, 513, 514, 515, 526, 530, 531, 532, 540, 548, 554, 556,
  563, 587, 601, 636, 989, 990, 993, 995, 1719, 1720, 1723, 2049, 3659, 4045, 5060, 5061,
  6000, 6566, 6665, 6666, 6667, 6668, 6669, 6697, 10080]);

function fetchFailed(cause) {
  return new TypeError('fetch failed', { cause });
}

let agents = null;
function agentFor(protocol) {
  if (agents === null) {
    agents = {
      'http:': new (require('http').Agent)({ keepAlive: true }),
      'https:': new (require('https').Agent)({ keepAlive: true }),
    };
  }
  return agents[protocol];
}

function abortReason(signal) {
  return signal.reason;
}

function fetch(input, init = undefined) {
  return new Promise((resolve, reject) => {
    let request;
    try {
      request = new Request(input, init);
    } catch (e) {
      reject(e);
      return;
    }
    const st = request[kState];
    if (st.signal && st.signal.aborted) {
      reject(abortReason(st.signal));
      return;
    }
    startFetch(request, st.url, st.method, st.body, 0, resolve, reject);
  });
}

function startFetch(request, url, method, body, redirects, resolve, reject) {
  const st = request[kState];
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    reject(fetchFailed(new TypeError(url.protocol === 'data:' || url.protocol === 'file:'
      ? 'not implemented... yet...' : 'unknown scheme')));
    return;
  }
  const port = url.port ? Number(url.port) : url.protocol === 'https:' ? 443 : 80;
  if (BAD_PORTS.has(port)) {
    reject(fetchFailed(new Error('bad port')));
    return;
  }
  const send = (bytes) => {
    const raw = ['host', url.host, 'connection', 'keep-alive'];
    const given = headerPairs(st.headers);
    const has = (n) => given.some(([k]) => k.toLowerCase() === n);
    for (const [k, v] of given) raw.push(k, v);
    if (!has('accept')) raw.push('accept', '*/*');
    if (!has('accept-language')) raw.push('accept-language', '*');
    if (!has('sec-fetch-mode')) raw.push('sec-fetch-mode', 'cors');
    if (!has('user-agent')) raw.push('user-agent', 'node');
    if (!has('accept-encoding')) raw.push('accept-encoding', 'gzip, deflate');
    if (bytes !== null) raw.push('content-length', String(bytes.length));
    else if (method === 'POST' || method === 'PUT') raw.push('content-length', '0');
    const mod = require(url.protocol === 'https:' ? 'https' : 'http');
    const req = mod.request({
      protocol: url.protocol, hostname: url.hostname.replace(/^\[|\]$/g, ''), port,
      path: url.pathname + url.search, method, headers: raw,
      agent: agentFor(url.protocol),
    });
    let settled = false;
    let responseBody = null;
    const onAbort = () => {
      if (settled) {
        // Aborted while the body streams: reading it rejects with the reason.
        if (responseBody !== null && responseBody.abortReason === undefined) {
          responseBody.abortReason = abortReason(st.signal);
          if (responseBody.controller) responseBody.controller.error(responseBody.abortReason);
          req.destroy();
        }
        return;
      }
      settled = true;
      req.destroy();
      reject(abortReason(st.signal));
    };
    if (st.signal) st.signal.addEventListener('abort', onAbort, { once: true });
    req.on('error', (e) => {
      if (settled) return;
      settled = true;
      reject(fetchFailed(e));
    });
    req.on('response', (res) => {
      if (settled) {
        res.resume();
        return;
      }
      const status = res.statusCode;
      const location = res.headers.location;
      if (REDIRECT_STATUS.includes(status) && location !== undefined &&
          st.redirect !== 'manual') {
        settled = true;
        res.resume();
        if (st.signal) st.signal.removeEventListener('abort', onAbort);
        if (st.redirect === 'error') {
          reject(fetchFailed(new Error('unexpected redirect')));
          return;
        }
        if (redirects >= 20) {
          reject(fetchFailed(new Error('redirect count exceeded')));
          return;
        }
        let next;
        try {
          next = new URL(location, url);
        } catch (e) {
          reject(fetchFailed(e));
          return;
        }
        let nextMethod = method;
        let nextBody = body;
        if (status === 303 ? method !== 'GET' && method !== 'HEAD'
                           : (status === 301 || status === 302) && method === 'POST') {
          nextMethod = 'GET';
          nextBody = null;
          for (const h of ['content-encoding', 'content-language', 'content-location',
            'content-type', 'content-length']) {
            st.headers[kState].map.delete(h);
          }
        }
        if (next.origin !== url.origin) {
          for (const h of ['authorization', 'cookie', 'proxy-authorization', 'host']) {
            st.headers[kState].map.delete(h);
          }
        }
        st.redirected = true;
        startFetch(request, next, nextMethod, nextBody, redirects + 1, resolve, reject);
        return;
      }
      settled = true;
      const headers = new Headers();
      for (let i = 0; i < res.rawHeaders.length; i += 2) {
        headers.append(res.rawHeaders[i], res.rawHeaders[i + 1]);
      }
      headers[kState].guard = 'immutable';
      let readable = res;
      const coding = (res.headers['content-encoding'] || '').toLowerCase().trim();
      if (method !== 'HEAD' && ['gzip', 'x-gzip', 'deflate', 'br'].includes(coding)) {
        const zlib = require('zlib');
        const z = coding === 'br' ? zlib.createBrotliDecompress()
          : coding === 'deflate' ? zlib.createInflate() : zlib.createGunzip();
        readable = res.pipe(z);
        res.on('error', (e) => z.destroy(e));
      }
      const nullBody = method === 'HEAD' || NULL_BODY_STATUS.includes(status);
      const response = new Response(null, { status: 200 });
      Object.assign(response[kState], {
        status, statusText: res.statusMessage || '', headers, type: 'basic',
        url: url.href, redirected: !!st.redirected,
        body: nullBody ? null : bodyState({ readable }),
      });
      responseBody = response[kState].body;
      if (nullBody) res.resume();
      if (st.signal) {
        res.on('end', () => st.signal.removeEventListener('abort', onAbort));
      }
      resolve(response);
    });
    if (bytes !== null) req.end(bytes);
    else req.end();
  };
  if (body === null) {
    send(null);
  } else if (body.bytes) {
    send(body.bytes);
  } else {
    const holder = { [kState]: { body } };
    body.used = false;
    consumeBytes(holder).then(send, (e) => reject(fetchFailed(e)));
  }
}

module.exports = { fetch, Headers, Request, Response, FormData };
