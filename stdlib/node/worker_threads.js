// SPDX-License-Identifier: MIT
//
// worker_threads.js: node's worker_threads, with each Worker a separate process of the same
// executable.
//
// The runtime is single-threaded, so a Worker is started the way child_process.fork() starts
// a child: the compiler compiled the worker's module in (compiler/pass/requires.c finds
// `new Worker(<literal>)`), the child runs it (KILN_FORK_MODULE, runtime/modules.c) with its
// own event loop, and the two talk over the fork IPC channel. What the worker knows from
// the start (threadId, workerData, environment data) comes as JSON on its fd KILN_WORKER.
//
// Messages are structured clones (internal_clone.js checks them and throws node's
// DataCloneError). A value JSON carries exactly (spawn.plainTree: plain objects, dense
// arrays, strings, finite numbers, booleans, null; no getters) is sent as it is, with no
// clone walk, and the receiver takes the parsed value; anything else is sent as a JSON tree
// that keeps what JSON loses: undefined, -0, NaN, bigint, Date, RegExp, Map, Set, buffers
// and views, errors, boxed primitives and shared references (cycles). MessagePorts move
// across (a stand-in stays behind and forwards, see "ports in other processes"). A
// SharedArrayBuffer is shared, not copied: its bytes move to a memfd mapping the
// receiver maps too (stdlib/node/child_process.c), so Atomics work across workers. The
// worker's stdout/stderr are pipes the parent copies to its own (node also
// routes worker output through the main thread); the worker flushes them before each message
// and the parent handles messages after the output that came with them.
'use strict';
const EventEmitter = require('events');
const clone = require('kiln:internal_clone');
const { nodeError, invalidArgType } = require('kiln:internal_event_target');
const spawn = require('kiln:spawn');

const SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');
const kinds = ['Int8Array', 'Uint8Array', 'Uint8ClampedArray', 'Int16Array', 'Uint16Array',
               'Int32Array', 'Uint32Array', 'Float32Array', 'Float64Array', 'BigInt64Array',
               'BigUint64Array'];
const typedArrayTag = Object.getOwnPropertyDescriptor(
  Object.getPrototypeOf(Uint8Array).prototype, Symbol.toStringTag).get;

// --- encoding ------------------------------------------------------------------------------
// A JSON-safe string, boolean, finite number or null stands for itself; anything else is an
// array [tag, ...]. Objects get an id on first sight; ['r', id] refers back to them.

function bytesOf(buf, offset, length) {
  return Buffer.from(buf, offset, length).toString('base64');
}

function encodeObject(v, seen) {
  if (seen.has(v)) return ['r', seen.get(v)];
  const id = seen.size;
  seen.set(v, id);
  if (clone.isMessagePort(v)) return ['P', id, sendPort(v)];
  const enc = (x) => encode(x, seen);
  const tag = Object.prototype.toString.call(v).slice(8, -1);
  if (v instanceof Error) return encodeError(v, id, enc);
  if (ArrayBuffer.isView(v)) {
    const name = typedArrayTag.call(v);
    return ['T', id, name || 'DataView', enc(v.buffer), v.byteOffset,
            name ? v.length : v.byteLength];
  }
  switch (tag) {
    case 'ArrayBuffer': return ['B', id, bytesOf(v, 0, v.byteLength)];
    case 'SharedArrayBuffer': {
      const fd = spawn.sabShare(v);
      if (fd < 0) return ['B', id, bytesOf(v, 0, v.byteLength), 1];
      return ['H', id, process.pid, fd, v.byteLength];
    }
    case 'Date': return ['D', id, enc(v.getTime())];
    case 'RegExp': return ['R', id, v.source, v.flags];
    case 'Map': return ['M', id, [...v].map(([k, x]) => [enc(k), enc(x)])];
    case 'Set': return ['S', id, [...v].map(enc)];
    case 'Boolean': case 'Number': case 'String': case 'BigInt':
      return ['b', id, enc(v.valueOf())];
    case 'Error': return encodeError(v, id, enc);
    case 'Array': return ['a', id, v.length, Object.keys(v).map((k) => [k, enc(v[k])])];
    default: return ['o', id, Object.keys(v).map((k) => [k, enc(v[k])])];
  }
}

function encodeError(v, id, enc) {
  const out = ['E', id, v.name, v.message, v.stack];
  if (Object.prototype.hasOwnProperty.call(v, 'cause')) out.push(enc(v.cause));
  return out;
}

function encode(v, seen) {
  switch (typeof v) {
    case 'string': case 'boolean': return v;
    case 'undefined': return ['u'];
    case 'bigint': return ['i', v.toString()];
    case 'number':
      return Number.isFinite(v) && !Object.is(v, -0) ? v : ['n', Object.is(v, -0) ? '-0' : String(v)];
    default: return v === null ? null : encodeObject(v, seen);
  }
}

function defineHidden(obj, key, value) {
  Object.defineProperty(obj, key, { value, writable: true, enumerable: false, configurable: true });
}

function decodeError(e, seen, errNames) {
  const name = errNames.includes(e[2]) ? e[2] : 'Error';
  const out = new globalThis[name]();
  seen[e[1]] = out;
  if (e[4] !== undefined) defineHidden(out, 'stack', e[4]);
  if (e[3] !== undefined) defineHidden(out, 'message', e[3]);
  if (e.length > 5) defineHidden(out, 'cause', decode(e[5], seen));
  return out;
}

const errorNames = ['Error', 'EvalError', 'RangeError', 'ReferenceError', 'SyntaxError',
                    'TypeError', 'URIError'];

function decode(e, seen) {
  if (!Array.isArray(e)) return e;
  const dec = (x) => decode(x, seen);
  let out;
  switch (e[0]) {
    case 'u': return undefined;
    case 'i': return BigInt(e[1]);
    case 'n': return e[1] === '-0' ? -0 : Number(e[1]);
    case 'r': return seen[e[1]];
    case 'P': out = receivePort(e[2]); break;
    case 'H':
      out = spawn.sabOpen(e[2], e[3], e[4]) || new SharedArrayBuffer(e[4]);
      break;
    case 'B': {
      const bytes = Buffer.from(e[2], 'base64');
      out = e[3] ? new SharedArrayBuffer(bytes.length) : new ArrayBuffer(bytes.length);
      new Uint8Array(out).set(bytes);
      break;
    }
    case 'T': {
      seen[e[1]] = null;
      const buf = dec(e[3]);
      out = e[2] === 'DataView' ? new DataView(buf, e[4], e[5])
        : new globalThis[kinds.includes(e[2]) ? e[2] : 'Uint8Array'](buf, e[4], e[5]);
      break;
    }
    case 'D': out = new Date(dec(e[2])); break;
    case 'R': out = new RegExp(e[2], e[3]); break;
    case 'b': out = Object(dec(e[2])); break;
    case 'E': return decodeError(e, seen, errorNames);
    case 'M':
      out = seen[e[1]] = new Map();
      for (const [k, x] of e[2]) out.set(dec(k), dec(x));
      return out;
    case 'S':
      out = seen[e[1]] = new Set();
      for (const x of e[2]) out.add(dec(x));
      return out;
    case 'a':
      out = seen[e[1]] = new Array(e[2]);
      for (const [k, x] of e[3]) out[k] = dec(x);
      return out;
    default:
      out = seen[e[1]] = {};
      for (const [k, x] of e[2]) {
        if (k === '__proto__') {
          Object.defineProperty(out, k, { value: dec(x), writable: true, enumerable: true,
                                          configurable: true });
        } else {
          out[k] = dec(x);
        }
      }
      return out;
  }
  seen[e[1]] = out;
  return out;
}

// --- ports in other processes ----------------------------------------------------------------
// A MessagePort sent to a worker (or from one) stays here as the other end's stand-in: its
// messages and its closing go over the channel as {t: 'p', id} and {t: 'pc', id}, and the
// receiver makes a port whose peer forwards back the same way (internal_clone.forwardPort).
// A link is one channel: send(message) and the ids of the ports that live across it.

let linkInUse = null;       // the channel that encode/decode work for
let nextPortId = 1;
const remotePorts = new Map();  // id -> this process's stand-in port

function forwarder(link, id) {
  return (data) => {
    if (data === null) {
      remotePorts.delete(id);
      link.ids.delete(id);
      link.send({ t: 'pc', id });
      return;
    }
    const outer = linkInUse;
    linkInUse = link;
    try {
      link.send({ t: 'p', id, d: encode(data, new Map()) });
    } finally {
      linkInUse = outer;
    }
  };
}

// [port] (a fresh port made by the clone) now lives across the channel: its id there.
function sendPort(port) {
  const link = linkInUse;
  if (link === null) throw new TypeError('Found invalid object in transferList');
  const id = process.pid + ':' + nextPortId++;
  remotePorts.set(id, port);
  link.ids.add(id);
  clone.forwardPort(port, forwarder(link, id));
  return id;
}

function receivePort(id) {
  const link = linkInUse;
  const [mine, standIn] = clone.newPortPair();
  remotePorts.set(id, standIn);
  link.ids.add(id);
  clone.forwardPort(standIn, forwarder(link, id));
  return mine;
}

// A port message from across [link]; false for other messages.
function portMessage(message, link) {
  if (message.t !== 'p' && message.t !== 'pc') return false;
  const port = remotePorts.get(message.id);
  if (port === undefined) return true;
  if (message.t === 'pc') {
    remotePorts.delete(message.id);
    link.ids.delete(message.id);
    clone.receiveFromRemote(port, null);
  } else {
    clone.receiveFromRemote(port, unpack(message, link));
  }
  return true;
}

// The other side of [link] is gone: its ports close.
function linkClosed(link) {
  for (const id of link.ids) {
    const port = remotePorts.get(id);
    remotePorts.delete(id);
    if (port !== undefined) clone.receiveFromRemote(port, null);
  }
  link.ids.clear();
}

// Whether JSON.stringify would call no toJSON on a plain tree (spawn.plainTree: such a tree
// is sent as it is, without a clone).
function noToJSON() {
  return Object.prototype.toJSON === undefined && Array.prototype.toJSON === undefined &&
    String.prototype.toJSON === undefined && Number.prototype.toJSON === undefined &&
    Boolean.prototype.toJSON === undefined;
}

// The value a receiver gets: checked and cloned here (DataCloneError as in node), then
// packed: { j: clone } when the clone is a tree JSON keeps exactly (the receiver takes the
// parsed value as it is), else { d: its encoding }, for the channel [link].
function pack(value, transfer, link) {
  if (transfer === undefined) {
    if (spawn.plainTree(value) && noToJSON()) return { j: value };
    const r = clone.serializePlain(value);
    return r.plain ? { j: r.out } : { d: encode(r.out, new Map()) };
  }
  const list = transfer !== null && typeof transfer === 'object' && !Array.isArray(transfer) &&
    !(Symbol.iterator in transfer) ? transfer.transfer : transfer;
  if (list === undefined || list === null) {
    const r = clone.serializePlain(value);
    return r.plain ? { j: r.out } : { d: encode(r.out, new Map()) };
  }
  const cloned = clone.structuredClone(value, { transfer: list });
  const outer = linkInUse;
  linkInUse = link || null;
  try {
    return { d: encode(cloned, new Map()) };
  } finally {
    linkInUse = outer;
  }
}

function unpack(packed, link) {
  if ('j' in packed) return packed.j;
  const outer = linkInUse;
  linkInUse = link || null;
  try {
    return decode(packed.d, []);
  } finally {
    linkInUse = outer;
  }
}

// --- environment data ----------------------------------------------------------------------

const environmentData = new Map();

function setEnvironmentData(key, value) {
  if (value === undefined) environmentData.delete(key);
  else environmentData.set(key, value);
}

function getEnvironmentData(key) {
  return environmentData.get(key);
}

// --- the worker's side ---------------------------------------------------------------------

let isMainThread = true;
let threadId = 0;
let workerData = null;
let parentPort = null;
let resourceLimits = {};

// parentPort: node's MessagePort surface over the channel to the parent. Messages wait until
// a 'message' listener starts the port; while one listens, the channel keeps the worker alive.
class ParentPort extends EventEmitter {
  #queue = [];
  #started = false;
  #closed = false;
  #refed = true;
  #channelRefed = null;  // what _updateRef last told the channel
  constructor() {
    super();
    this.on('newListener', (type) => {
      if (type === 'message') process.nextTick(() => this.start());
    });
    this.on('removeListener', () => this._updateRef());
  }
  _receive(data) {
    if (this.#closed) return;
    this.#queue.push(data);
    this._drain();
  }
  _drain() {
    while (this.#started && !this.#closed && this.#queue.length > 0) {
      this.emit('message', unpack(this.#queue.shift(), parentLink));
    }
    this._updateRef();
  }
  _updateRef() {
    const ch = process.channel;
    if (!ch) return;
    const on = !this.#closed && this.#refed && this.listenerCount('message') > 0;
    if (on === this.#channelRefed) return;
    this.#channelRefed = on;
    if (on) ch.ref();
    else ch.unref();
  }
  start() {
    this.#started = true;
    this._drain();
  }
  postMessage(value, transfer) {
    if (arguments.length === 0) throw new TypeError('Not enough arguments to MessagePort.postMessage');
    const data = pack(value, transfer, parentLink);
    if (this.#closed || !process.connected) return;
    data.t = 'm';
    process.send(data);
  }
  close() {
    if (this.#closed) return;
    this.#closed = true;
    this._updateRef();
    process.nextTick(() => this.emit('close'));
  }
  ref() { this.#refed = true; this._updateRef(); return this; }
  unref() { this.#refed = false; this._updateRef(); return this; }
  hasRef() { return this.#refed && !this.#closed && this.listenerCount('message') > 0; }
  get onmessage() { return this._onmessage || null; }
  set onmessage(fn) {
    if (this._onmessage) this.off('message', this._onmessageWrap);
    this._onmessage = typeof fn === 'function' ? fn : null;
    if (this._onmessage) {
      this._onmessageWrap = (data) => this._onmessage.call(this, { data, type: 'message' });
      this.on('message', this._onmessageWrap);
    }
  }
}

// The worker's channel to its parent, for ports.
let parentLink = null;

// Called by child_process._forkChild before the worker's module runs.
function _setupWorker(text) {
  parentLink = { send: (m) => { if (process.connected) process.send(m); }, ids: new Set() };
  const info = JSON.parse(text);
  isMainThread = false;
  threadId = info.threadId;
  resourceLimits = info.resourceLimits;
  if (info.restoreEnv) {
    for (const [k, v] of Object.entries(info.restoreEnv)) {
      if (v === null) delete process.env[k];
      else process.env[k] = v;
    }
  }
  for (const [k, v] of unpack(info.environmentData)) environmentData.set(k, v);
  workerData = unpack(info.workerData, parentLink);
  parentPort = new ParentPort();
  Object.assign(module.exports, { isMainThread, threadId, resourceLimits, workerData, parentPort });
  process.on('message', (message) => {
    if (!message) return;
    if (message.t === 'm') parentPort._receive(message);
    else portMessage(message, parentLink);
  });
  // The channel is ref'd only while parentPort listens; a worker ends with its parent.
  process.channel.unref();
  process.on('disconnect', () => process.exit(1));
  process.on('uncaughtException', function workerUncaught(err) {
    if (process.listenerCount('uncaughtException') > 1) return;
    // The parent's error has the worker's own properties too (code, errno, ...).
    let data;
    let props = null;
    try {
      data = encode(err, new Map());
      if (err instanceof Error) props = pack({ ...err });
    } catch {
      data = encode(String(err), new Map());
    }
    process.send({ t: 'error', d: data, p: props }, () => process.exit(1));
    process.channel.ref();
  });
  process.send({ t: 'online' });
}

// --- the parent's side ---------------------------------------------------------------------

let nextThreadId = 1;

function checkFilename(filename) {
  if (typeof filename === 'string') {
    if (filename.startsWith('data:')) {
      throw nodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
                      'data: URL workers are not supported by kiln');
    }
    if (!require('path').isAbsolute(filename) && !/^\.\.?[\\/]/.test(filename)) {
      throw nodeError(TypeError, 'ERR_WORKER_PATH',
                      'The worker script or module filename must be an absolute path or a ' +
                      "relative path starting with './' or '../'. Received \"" + filename + '"');
    }
    return filename;
  }
  if (filename !== null && typeof filename === 'object' && typeof filename.href === 'string') {
    if (filename.protocol !== 'file:') {
      throw nodeError(TypeError, 'ERR_WORKER_UNSUPPORTED_OPERATION',
                      'Worker only supports file:// URLs');
    }
    return require('url').fileURLToPath(filename);
  }
  throw invalidArgType('filename', 'of type string or an instance of URL', filename);
}

const defaultLimits = {
  maxYoungGenerationSizeMb: 48, maxOldGenerationSizeMb: 2048, codeRangeSizeMb: 0,
  stackSizeMb: 4,
};

function limitsOf(given) {
  const limits = { ...defaultLimits };
  for (const k of Object.keys(defaultLimits)) {
    if (given && typeof given[k] === 'number') limits[k] = given[k];
  }
  return limits;
}

// A worker past resourceLimits.maxOldGenerationSizeMb exits with this status instead of
// failing as a program does (KILN_OOM_EXIT, runtime/gc.c): ERR_WORKER_OUT_OF_MEMORY here.
const OOM_STATUS = 253;

// The runtime's own variables that carry a worker's memory limit: what the parent's
// environment had for them is put back in the worker's process.env.
function heapLimitEnv(env, given) {
  const old = given && given.maxOldGenerationSizeMb;
  if (typeof old !== 'number' || !(old > 0)) return null;
  const young = typeof given.maxYoungGenerationSizeMb === 'number' &&
    given.maxYoungGenerationSizeMb > 0 ? given.maxYoungGenerationSizeMb : 0;
  const restore = { KILN_MAX_HEAP: env.KILN_MAX_HEAP ?? null,
                    KILN_OOM_EXIT: env.KILN_OOM_EXIT ?? null };
  env.KILN_MAX_HEAP = Math.ceil(old + young) + 'M';
  env.KILN_OOM_EXIT = String(OOM_STATUS);
  return restore;
}

// The worker's environment: a copy of the parent's (or options.env), plus what it knows
// from the start.
function workerEnv(options) {
  const env = options.env === undefined || options.env === SHARE_ENV ? process.env
    : options.env;
  if (env === null || typeof env !== 'object') {
    throw invalidArgType('options.env', 'of type object', env);
  }
  // What the worker knows from the start arrives on its fd 4 (an environment
  // variable holds at most 128 KB, and workerData can be any size).
  return { ...env, KILN_WORKER: '4' };
}

function workerError(message) {
  const err = decode(message.d, []);
  if (message.p) Object.assign(err, unpack(message.p));
  return err;
}

class Worker extends EventEmitter {
  #child;
  #exitCode = null;
  #terminated = false;
  #pending = [];
  #exited = null;
  #oomStatus = -1;  // the exit status that says the worker ran out of memory
  #early = [];      // port messages sent before the child was started
  #link = { send: (m) => this.#sendInternal(m), ids: new Set() };
  constructor(filename, options = {}) {
    super();
    if (options === null || typeof options !== 'object') {
      throw invalidArgType('options', 'of type object', options);
    }
    if (options.eval) {
      throw nodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
                      'Worker with eval: true is not supported by kiln');
    }
    const file = checkFilename(filename);
    if (options.argv !== undefined && !Array.isArray(options.argv)) {
      throw invalidArgType('options.argv', 'an instance of Array', options.argv);
    }
    this.threadId = nextThreadId++;
    this.resourceLimits = limitsOf(options.resourceLimits);
    const env = workerEnv(options);
    const restoreEnv = heapLimitEnv(env, options.resourceLimits);
    if (restoreEnv) this.#oomStatus = OOM_STATUS;
    const info = JSON.stringify({
      restoreEnv,
      threadId: this.threadId,
      workerData: pack(options.workerData, options.transferList, this.#link),
      environmentData: pack(environmentData),
      resourceLimits: this.resourceLimits,
    });
    const args = (options.argv || []).map(String);
    const cp = require('child_process');
    const child = cp.fork(file, args, {
      env, stdio: [options.stdin ? 'pipe' : 'ignore', 'pipe', 'pipe', 'ipc', 'pipe'],
      execArgv: options.execArgv || process.execArgv,
    });
    child.stdio[4].end(info);
    this.#child = child;
    for (const m of this.#early) child.send(m);
    this.#early = null;
    this.stdin = options.stdin ? child.stdin : null;
    this.stdout = child.stdout;
    this.stderr = child.stderr;
    if (!options.stdout) child.stdout.on('data', (chunk) => process.stdout.write(chunk));
    if (!options.stderr) child.stderr.on('data', (chunk) => process.stderr.write(chunk));
    child.on('message', (message) => this.#receive(message));
    child.on('error', (err) => this.emit('error', err));
    child.on('close', (code, signal) => this.#onClose(code, signal));
  }
  #sendInternal(message) {
    if (this.#early !== null) this.#early.push(message);
    else if (this.#exitCode === null && this.#child.connected) this.#child.send(message);
  }
  // A message is handled after the output the worker wrote before it has been copied.
  #receive(message) {
    this.#pending.push(message);
    if (this.#pending.length === 1) setImmediate(() => this.#deliver());
  }
  // As in node, where they come on an internal port handled first, 'online' and 'error'
  // go before the messages that arrived with them.
  #deliver() {
    const batch = this.#pending;
    this.#pending = [];
    for (let i = 0; i < batch.length; i++) {
      if (this.#terminated) return;
      const message = batch[i];
      if (message.t === 'online') this.emit('online');
      else if (message.t === 'error') this.emit('error', workerError(message));
    }
    for (let i = 0; i < batch.length; i++) {
      if (this.#terminated) return;
      const message = batch[i];
      if (message.t === 'm') this.emit('message', unpack(message, this.#link));
      else portMessage(message, this.#link);
    }
  }
  #onClose(code, signal) {
    this.#deliver();
    linkClosed(this.#link);
    if (!this.#terminated && code === this.#oomStatus) {
      this.emit('error', nodeError(Error, 'ERR_WORKER_OUT_OF_MEMORY',
                                   'Worker terminated due to reaching memory limit: ' +
                                   'JS heap out of memory'));
      code = 1;
    }
    this.#exitCode = this.#terminated || signal ? 1 : code;
    this.emit('exit', this.#exitCode);
    if (this.#exited) this.#exited(this.#exitCode);
  }
  postMessage(value, transfer) {
    if (arguments.length === 0) throw new TypeError('Not enough arguments to Worker.postMessage');
    const data = pack(value, transfer, this.#link);
    if (this.#exitCode !== null || !this.#child.connected) return;
    data.t = 'm';
    this.#child.send(data);
  }
  terminate(callback) {
    const done = new Promise((resolve) => {
      if (this.#exitCode !== null) {
        resolve(undefined);
        return;
      }
      const prev = this.#exited;
      this.#exited = (code) => {
        if (prev) prev(code);
        resolve(code);
      };
    });
    if (typeof callback === 'function') done.then((code) => callback(null, code));
    if (this.#exitCode === null && !this.#terminated) {
      this.#terminated = true;
      this.#child.kill('SIGKILL');
    }
    return done;
  }
  ref() {
    this.#child.ref();
    if (this.#child.channel) this.#child.channel.ref();
    for (const s of [this.#child.stdout, this.#child.stderr]) if (s && s.ref) s.ref();
  }
  unref() {
    this.#child.unref();
    if (this.#child.channel) this.#child.channel.unref();
    for (const s of [this.#child.stdout, this.#child.stderr]) if (s && s.unref) s.unref();
  }
  getHeapSnapshot() {
    return Promise.reject(nodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
                                    'getHeapSnapshot is not supported by kiln'));
  }
}

function markAsUntransferable(obj) {
  void obj;
}

// node 20.20's postMessageToThread needs a registry of all threads of the process; with
// workers as processes only the parent and its children know each other.
function postMessageToThread(id) {
  void id;
  return Promise.reject(nodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
                                  'postMessageToThread is not supported by kiln'));
}

function moveMessagePortToContext(port) {
  return port;
}

module.exports = {
  isMainThread,
  MessagePort: clone.MessagePort,
  MessageChannel: clone.MessageChannel,
  markAsUntransferable,
  postMessageToThread,
  moveMessagePortToContext,
  receiveMessageOnPort: clone.receiveMessageOnPort,
  resourceLimits,
  threadId,
  SHARE_ENV,
  Worker,
  parentPort,
  workerData,
  BroadcastChannel: clone.BroadcastChannel,
  setEnvironmentData,
  getEnvironmentData,
};
Object.defineProperty(module.exports, '_setupWorker', { value: _setupWorker });
