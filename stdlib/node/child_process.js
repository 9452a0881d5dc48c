// SPDX-License-Identifier: MIT
//
// child_process.js: node's `child_process` module: spawn (ChildProcess,
// an EventEmitter with stdio streams), exec, execFile and their Sync forms.
// The system work is in require('kiln:spawn') (stdlib/node/child_process.c);
// stdio pipes are kiln:stdio handles wrapped by stdlib/node/internal_stdio.js.
// Argument normalization, events and errors follow node 20.
//
// fork(modulePath) starts this same executable (process.execPath) with
// KILN_FORK_MODULE naming the module to run: the compiler compiled it in
// (compiler/pass/requires.c finds fork's path) and runtime/modules.c runs
// it as the child's main module. The IPC channel is node's: a socketpair
// at NODE_CHANNEL_FD in the child, one JSON text per line, internal
// messages (cmd 'NODE_...') as 'internalMessage', and a server or socket
// handle beside a message ({cmd: 'NODE_HANDLE', type, msg}, acknowledged
// with NODE_HANDLE_ACK). 'advanced' serialization is not supported.
'use strict';

const EventEmitter = require('events');
const binding = require('kiln:spawn');
const stdioBinding = require('kiln:stdio');
const {
  nodeError, invalidArgType, invalidArgValue, validateString, validateObject,
  validateFunction, validateInteger,
} = require('kiln:internal_procutil');
const { decodeBinary, bytesFromBinary, binaryOfChunk } = require('kiln:internal_bytes');

const signals = require('os').constants.signals;

const UV_ENOENT = -2;
const UV_EACCES = -13;
const UV_EAGAIN = -11;
const UV_EMFILE = -24;
const UV_ENFILE = -23;
const UV_ESRCH = -3;
const UV_EINVAL = -22;
const UV_ENOSYS = -38;

function errname(errno) {
  return require('kiln:os').errname(errno)[0];
}

// Node's errnoException: "<syscall> <CODE>" with errno/code/syscall.
function errnoException(errno, syscall, original) {
  const code = errname(errno);
  const message = original ? syscall + ' ' + code + ' ' + original
                           : syscall + ' ' + code;
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  return err;
}

// A signal name or number as a number (node's convertToValidSignal).
function toSignal(signal) {
  if (typeof signal === 'number' && Number.isInteger(signal) &&
      Object.values(signals).includes(signal)) {
    return signal;
  }
  if (typeof signal === 'string') {
    const n = signals[signal.toUpperCase()];
    if (n) return n;
  }
  throw nodeError(TypeError, 'ERR_UNKNOWN_SIGNAL', 'Unknown signal: ' + signal);
}

function signalName(num) {
  for (const name of Object.keys(signals)) if (signals[name] === num) return name;
  return undefined;
}

// --- argument normalization -------------------------------------------------------

function normalizeSpawnArguments(file, args, options) {
  validateString(file, 'file');
  if (file.length === 0) {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                    "The argument 'file' cannot be empty. Received ''");
  }
  if (Array.isArray(args)) {
    args = args.slice();
  } else if (args == null) {
    args = [];
  } else if (typeof args !== 'object') {
    throw invalidArgType('args', 'of type object', args);
  } else {
    options = args;
    args = [];
  }
  if (options === undefined) options = {};
  else validateObject(options, 'options');
  options = { ...options };

  let cwd = options.cwd;
  if (cwd != null) {
    if (typeof URL === 'function' && cwd instanceof URL) cwd = require('url').fileURLToPath(cwd);
    else if (ArrayBuffer.isView(cwd)) cwd = String(cwd);
    if (typeof cwd !== 'string') {
      throw invalidArgType('options.cwd', 'of type string or an instance of Buffer or URL', cwd);
    }
  }
  if (options.detached != null && typeof options.detached !== 'boolean') {
    throw invalidArgType('options.detached', 'of type boolean', options.detached);
  }
  if (options.uid != null && !Number.isInteger(options.uid)) {
    throw invalidArgType('options.uid', 'of type number', options.uid);
  }
  if (options.gid != null && !Number.isInteger(options.gid)) {
    throw invalidArgType('options.gid', 'of type number', options.gid);
  }
  if (options.shell != null && typeof options.shell !== 'boolean' &&
      typeof options.shell !== 'string') {
    throw invalidArgType('options.shell', 'of type boolean or string', options.shell);
  }
  if (options.argv0 != null) validateString(options.argv0, 'options.argv0');

  if (options.shell) {
    const command = args.length ? [file, ...args].join(' ') : file;
    file = typeof options.shell === 'string' ? options.shell : '/bin/sh';
    args = ['-c', command];
  }
  const argv0 = typeof options.argv0 === 'string' ? options.argv0 : file;
  args.unshift(argv0);

  const env = options.env || process.env;
  const envPairs = [];
  for (const key of Object.keys(env)) {
    const value = env[key];
    if (value !== undefined) envPairs.push(`${key}=${value}`);
  }
  return {
    ...options,
    args,
    cwd,
    detached: !!options.detached,
    envPairs,
    file,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  };
}

// stdio option -> [{type, ...}] of at least 3 slots.
function normalizeStdio(stdio, async) {
  if (typeof stdio === 'string') {
    if (stdio !== 'pipe' && stdio !== 'ignore' && stdio !== 'inherit' &&
        stdio !== 'overlapped') {
      throw invalidArgValue('stdio', stdio);
    }
    stdio = [stdio, stdio, stdio];
  } else if (stdio == null) {
    stdio = ['pipe', 'pipe', 'pipe'];
  } else if (!Array.isArray(stdio)) {
    throw invalidArgValue('stdio', stdio);
  }
  stdio = stdio.slice();
  while (stdio.length < 3) stdio.push(undefined);
  return stdio.map((s, i) => {
    if (s == null) s = i < 3 ? 'pipe' : 'ignore';
    if (s === 'pipe' || s === 'overlapped') return { type: 'pipe' };
    if (s === 'ignore') return { type: 'ignore' };
    if (s === 'inherit') return { type: 'fd', fd: i };
    if (s === 'ipc') {
      if (!async) {
        throw nodeError(Error, 'ERR_IPC_SYNC_FORK', 'IPC cannot be used with synchronous forks');
      }
      return { type: 'ipc' };
    }
    if (typeof s === 'number') return { type: 'fd', fd: s };
    if (s && typeof s.fd === 'number') return { type: 'fd', fd: s.fd };
    if (async && (typeof s === 'string' || ArrayBuffer.isView(s))) {
      throw nodeError(TypeError, 'ERR_INVALID_SYNC_FORK_INPUT',
                      'Asynchronous forks do not support Buffer, TypedArray, DataView or ' +
                      'string input: ' + require('kiln:internal').inspect(s));
    }
    throw invalidArgValue('stdio', s);
  });
}

// --- ChildProcess --------------------------------------------------------------

function maybeClose(child) {
  child._closesGot++;
  if (child._closesGot === child._closesNeeded) {
    child.emit('close', child.exitCode, child.signalCode);
  }
}

// After exit, pipes nobody reads are drained so that they close.
function flushStdio(child) {
  for (const s of child.stdio) {
    if (s && s.readable && !s.readableFlowing && s.readableFlowing !== false &&
        typeof s.resume === 'function') {
      s.resume();
    }
  }
}

class ChildProcess extends EventEmitter {
  constructor() {
    super();
    this._closesNeeded = 1;
    this._closesGot = 0;
    this.connected = false;
    this.signalCode = null;
    this.exitCode = null;
    this.killed = false;
    this.spawnfile = null;
    this._handle = null;
  }

  spawn(options) {
    validateObject(options, 'options');
    const slots = normalizeStdio(options.stdio, true);
    validateString(options.file, 'options.file');
    this.spawnfile = options.file;
    this.spawnargs = Array.isArray(options.args) ? options.args : [];
    const nativeSlots = slots.map((s) => {
      if (s.type === 'pipe') {
        s.id = stdioBinding.newPipe();
        return { pipe: s.id };
      }
      if (s.type === 'fd') return { fd: s.fd };
      if (s.type === 'ipc') {
        s.id = binding.ipcNew();
        return { ipc: s.id };
      }
      return -1;
    });
    const ipcSlot = slots.findIndex((s) => s.type === 'ipc');
    if (ipcSlot !== slots.findLastIndex((s) => s.type === 'ipc')) {
      throw nodeError(Error, 'ERR_IPC_ONE_PIPE', 'Child process can have only one IPC pipe');
    }
    let envPairs = options.envPairs;
    if (ipcSlot >= 0) {
      envPairs = envPairs.filter((e) => !e.startsWith('NODE_CHANNEL_FD='));
      envPairs.push('NODE_CHANNEL_FD=' + ipcSlot);
      envPairs.push('NODE_CHANNEL_SERIALIZATION_MODE=' + (options.serialization || 'json'));
    }
    const r = binding.spawn({
      file: options.file,
      args: this.spawnargs,
      cwd: options.cwd,
      envPairs,
      stdio: nativeSlots,
      detached: options.detached,
      uid: options.uid,
      gid: options.gid,
    }, (exitCode, signal) => this._onexit(exitCode, signal));

    let err = 0;
    if (typeof r === 'number') {
      err = r;
      if (err === UV_EACCES || err === UV_EAGAIN || err === UV_EMFILE ||
          err === UV_ENFILE || err === UV_ENOENT) {
        process.nextTick(() => this._onexit(err, null));
      } else {
        for (const s of slots) if (s.type === 'pipe') stdioBinding.close(s.id);
        throw errnoException(err, 'spawn');
      }
    } else {
      this._handle = r;
      this.pid = r.pid;
      process.nextTick(() => this.emit('spawn'));
    }

    const { PipeDuplex, PipeReadable, PipeWritable } = require('kiln:internal_stdio');
    if (ipcSlot >= 0) {
      if (err) {
        binding.ipcClose(slots[ipcSlot].id);
      } else {
        this._closesNeeded++;
        this.once('disconnect', () => maybeClose(this));
        setupChannel(this, slots[ipcSlot].id);
      }
    }
    this.stdio = slots.map((s, i) => {
      if (s.type !== 'pipe') return null;
      const stream = i === 0 ? new PipeWritable(s.id)
        : i < 3 ? new PipeReadable(s.id) : new PipeDuplex(s.id);
      if (err) stream.destroy();
      if (i !== 0) {
        this._closesNeeded++;
        stream.on('close', () => maybeClose(this));
        // As node's net.Socket over a child's pipe: reading starts at once
        // (read(0)), so an empty output ends before 'exit'.
        if (!err) stream.read(0);
      }
      return stream;
    });
    this.stdin = this.stdio[0] || null;
    this.stdout = this.stdio[1] || null;
    this.stderr = this.stdio[2] || null;
    return err;
  }

  _onexit(exitCode, signalCode) {
    if (signalCode) this.signalCode = signalCode;
    else this.exitCode = exitCode;
    if (this.stdin) this.stdin.destroy();
    this._handle = null;
    if (exitCode < 0) {
      const syscall = this.spawnfile ? 'spawn ' + this.spawnfile : 'spawn';
      const err = errnoException(exitCode, syscall);
      if (this.spawnfile) err.path = this.spawnfile;
      err.spawnargs = this.spawnargs.slice(1);
      this.emit('error', err);
    } else {
      this.emit('exit', this.exitCode, this.signalCode);
    }
    process.nextTick(flushStdio, this);
    maybeClose(this);
  }

  kill(sig) {
    const signal = sig === 0 ? 0 : toSignal(sig === undefined ? 'SIGTERM' : sig);
    if (this._handle) {
      const err = binding.kill(this._handle.id, signal);
      if (err === 0) {
        this.killed = true;
        return true;
      }
      if (err === UV_EINVAL || err === UV_ENOSYS) throw errnoException(err, 'kill');
      if (err !== UV_ESRCH) this.emit('error', errnoException(err, 'kill'));
    }
    return false;
  }

  ref() { if (this._handle) binding.ref(this._handle.id, true); }
  unref() { if (this._handle) binding.ref(this._handle.id, false); }

  get [Symbol.toStringTag]() { return 'ChildProcess'; }
}

function spawn(file, args, options) {
  options = normalizeSpawnArguments(file, args, options);
  validateTimeout(options.timeout);
  const killSignal = options.killSignal === undefined ? 'SIGTERM' : options.killSignal;
  toSignal(killSignal);
  const child = new ChildProcess();
  child.spawn(options);
  if (options.signal) watchAbort(child, options.signal, killSignal);
  if (options.timeout > 0) {
    let timer = setTimeout(() => {
      if (timer) {
        try {
          child.kill(killSignal);
        } catch (err) {
          child.emit('error', err);
        }
        timer = null;
      }
    }, options.timeout);
    child.once('exit', () => {
      if (timer) {
        clearTimeout(timer);
        timer = null;
      }
    });
  }
  return child;
}

// options.signal: aborting kills the child and emits an AbortError.
function watchAbort(child, signal, killSignal) {
  if (typeof signal !== 'object' || signal === null || !('aborted' in signal)) {
    throw invalidArgType('options.signal', 'an instance of AbortSignal', signal);
  }
  const onAbort = () => {
    if (child.kill(killSignal) || child._handle) {
      const err = new Error('The operation was aborted');
      err.name = 'AbortError';
      err.code = 'ABORT_ERR';
      if (signal.reason !== undefined) err.cause = signal.reason;
      child.emit('error', err);
    }
  };
  if (signal.aborted) {
    process.nextTick(onAbort);
  } else {
    signal.addEventListener('abort', onAbort, { once: true });
    child.once('exit', () => signal.removeEventListener('abort', onAbort));
  }
}

function validateTimeout(timeout) {
  if (timeout != null && !(Number.isInteger(timeout) && timeout >= 0)) {
    throw nodeError(RangeError, 'ERR_OUT_OF_RANGE',
                    'The value of "timeout" is out of range. It must be an unsigned ' +
                    'integer. Received ' + require('kiln:internal').inspect(timeout));
  }
}

function validateMaxBuffer(maxBuffer) {
  if (maxBuffer != null && !(typeof maxBuffer === 'number' && maxBuffer >= 0)) {
    throw nodeError(RangeError, 'ERR_OUT_OF_RANGE',
                    'The value of "options.maxBuffer" is out of range. It must be a ' +
                    'positive number. Received ' + require('kiln:internal').inspect(maxBuffer));
  }
}

// --- exec / execFile ----------------------------------------------------------------

function normalizeExecArgs(command, options, callback) {
  validateString(command, 'command');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  options = { ...options };
  options.shell = typeof options.shell === 'string' ? options.shell : true;
  return { file: command, options, callback };
}

function exec(command, options, callback) {
  const opts = normalizeExecArgs(command, options, callback);
  return execFile(opts.file, opts.options, opts.callback);
}

function execFile(file, args, options, callback) {
  if (args != null && typeof args === 'object' && !Array.isArray(args)) {
    callback = options;
    options = args;
    args = null;
  } else if (typeof args === 'function') {
    callback = args;
    options = null;
    args = null;
  }
  if (typeof options === 'function') {
    callback = options;
    options = null;
  } else if (options != null) {
    validateObject(options, 'options');
  }
  if (callback != null) validateFunction(callback, 'callback');
  options = {
    encoding: 'utf8',
    timeout: 0,
    maxBuffer: 1024 * 1024,
    killSignal: 'SIGTERM',
    cwd: null,
    env: null,
    shell: false,
    ...options,
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  options.killSignal = toSignal(options.killSignal);

  const child = spawn(file, args, {
    cwd: options.cwd,
    env: options.env,
    gid: options.gid,
    shell: options.shell,
    signal: options.signal,
    uid: options.uid,
    windowsHide: !!options.windowsHide,
    windowsVerbatimArguments: !!options.windowsVerbatimArguments,
  });

  const encoding = options.encoding === 'buffer' ? null
    : (options.encoding || null);
  const out = [];
  const err = [];
  let outLen = 0;
  let errLen = 0;
  let killed = false;
  let exited = false;
  let timeoutId;
  let ex = null;
  let cmd = file;
  const argList = Array.isArray(args) ? args : [];

  // With an encoding the pipes are set to it (as node does: 'data' gives
  // strings) and the chunks are text; without, binary strings.
  function collect(list) {
    const s = list.join('');
    return encoding ? s : bytesFromBinary(s);
  }

  function exithandler(code, signal) {
    if (exited) return;
    exited = true;
    if (timeoutId) {
      clearTimeout(timeoutId);
      timeoutId = null;
    }
    if (!callback) return;
    const stdout = collect(out);
    const stderr = collect(err);
    if (!ex && code === 0 && signal === null) {
      callback(null, stdout, stderr);
      return;
    }
    if (argList.length !== 0) cmd += ' ' + argList.join(' ');
    if (!ex) {
      ex = new Error('Command failed: ' + cmd + '\n' + stderr);
      ex.code = code < 0 ? errname(code) : code;
      ex.killed = child.killed || killed;
      ex.signal = signal;
    }
    ex.cmd = cmd;
    callback(ex, stdout, stderr);
  }

  function errorhandler(e) {
    ex = e;
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    exithandler();
  }

  function kill() {
    if (child.stdout) child.stdout.destroy();
    if (child.stderr) child.stderr.destroy();
    killed = true;
    try {
      child.kill(options.killSignal);
    } catch (e) {
      ex = e;
      exithandler();
    }
  }

  if (options.timeout > 0) {
    timeoutId = setTimeout(() => {
      kill();
      timeoutId = null;
    }, options.timeout);
  }

  function onChunk(list, which) {
    return (chunk) => {
      const text = typeof chunk === 'string';
      const s = text ? chunk : binaryOfChunk(chunk)[0];
      // node counts bytes, and cuts a text chunk at that many characters
      const length = text ? require('buffer').Buffer.byteLength(s, encoding) : s.length;
      const total = (which === 1 ? outLen : errLen) + length;
      if (which === 1) outLen = total; else errLen = total;
      if (total > options.maxBuffer) {
        const keep = length - (total - options.maxBuffer);
        list.push(s.slice(0, keep));
        ex = nodeError(RangeError, 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER',
                       (which === 1 ? 'stdout' : 'stderr') + ' maxBuffer length exceeded');
        kill();
      } else {
        list.push(s);
      }
    };
  }
  if (child.stdout) {
    if (encoding) child.stdout.setEncoding(encoding);
    child.stdout.on('data', onChunk(out, 1));
  }
  if (child.stderr) {
    if (encoding) child.stderr.setEncoding(encoding);
    child.stderr.on('data', onChunk(err, 2));
  }
  child.addListener('close', exithandler);
  child.addListener('error', errorhandler);
  return child;
}

// --- the Sync forms -----------------------------------------------------------------

function spawnSync(file, args, options) {
  options = {
    maxBuffer: 1024 * 1024,
    ...normalizeSpawnArguments(file, args, options),
  };
  validateTimeout(options.timeout);
  validateMaxBuffer(options.maxBuffer);
  const killSignal = toSignal(options.killSignal === undefined ? 'SIGTERM'
                                                                : options.killSignal);
  const slots = normalizeStdio(options.stdio);
  let input = options.input;
  if (input !== undefined) {
    if (typeof input !== 'string' && !ArrayBuffer.isView(input)) {
      throw invalidArgType('options.stdio[0]',
                           'of type string or an instance of Buffer, TypedArray, or DataView',
                           input);
    }
    input = typeof input === 'string' ? stdioBinding.fromUtf8(input)
                                      : binaryOfChunk(input)[0];
  }
  const r = binding.spawnSync({
    file: options.file,
    args: options.args,
    cwd: options.cwd,
    envPairs: options.envPairs,
    stdio: slots.slice(0, 3).map((s) => s.type === 'pipe' ? { pipe: 0 }
      : s.type === 'fd' ? { fd: s.fd } : -1),
    detached: options.detached,
    uid: options.uid,
    gid: options.gid,
    input,
    timeout: options.timeout,
    maxBuffer: options.maxBuffer === Infinity ? 0 : options.maxBuffer,
    killSignal,
  });
  const encoding = options.encoding && options.encoding !== 'buffer' ? options.encoding
                                                                      : null;
  const output = r.output.map((s) => {
    if (s === null) return null;
    return encoding ? decodeBinary(s, encoding) : bytesFromBinary(s);
  });
  const result = {};
  if (r.error !== undefined) {
    const e = errnoException(r.error, 'spawnSync ' + options.file);
    e.path = options.file;
    e.spawnargs = options.args.slice(1);
    result.error = e;
  }
  const spawnFailed = r.error !== undefined && r.pid === 0;
  result.status = r.status;
  result.signal = r.signal;
  result.output = spawnFailed ? null : output;
  result.pid = r.pid;
  result.stdout = spawnFailed ? null : output[1];
  result.stderr = spawnFailed ? null : output[2];
  return result;
}

function checkExecSyncError(ret, args, cmd) {
  let err;
  if (ret.error) {
    err = ret.error;
    Object.assign(err, ret);
  } else if (ret.status !== 0) {
    let msg = 'Command failed: ';
    msg += cmd || args.join(' ');
    if (ret.stderr && ret.stderr.length > 0) msg += '\n' + ret.stderr.toString();
    err = new Error(msg);
    Object.assign(err, ret);
  }
  return err;
}

function writeInheritedStderr(ret, options) {
  if (!options.stdio && ret.stderr && ret.stderr.length) {
    process.stderr.write(ret.stderr);
  }
}

function execFileSync(file, args, options) {
  if (args != null && typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  }
  options = { ...options };
  const ret = spawnSync(file, args, options);
  writeInheritedStderr(ret, options);
  const err = checkExecSyncError(ret, [file, ...(Array.isArray(args) ? args : [])],
                                 undefined);
  if (err) throw err;
  return ret.stdout;
}

function execSync(command, options) {
  const opts = normalizeExecArgs(command, options, null);
  const ret = spawnSync(opts.file, opts.options);
  writeInheritedStderr(ret, opts.options);
  const err = checkExecSyncError(ret, undefined, command);
  if (err) throw err;
  return ret.stdout;
}

// --- the IPC channel ------------------------------------------------------------------

function isInternal(message) {
  return message !== null && typeof message === 'object' && typeof message.cmd === 'string' &&
         message.cmd.length > 5 && message.cmd.startsWith('NODE_');
}

// The channel object (subprocess.channel, process.channel): ref/unref.
class Control extends EventEmitter {
  #target;
  #refs = 0;
  #explicit = false;
  constructor(target) {
    super();
    this.#target = target;
  }
  #setRef(on) {
    const id = this.#target._channelId;
    if (id !== undefined && id >= 0) binding.ipcRef(id, on);
  }
  // The child's channel keeps it alive while 'message' or 'disconnect'
  // listeners wait (node's refCounted/unrefCounted).
  _refCount(n) {
    const before = this.#refs;
    this.#refs = n;
    if (this.#explicit || (before > 0) === (n > 0)) return;
    this.#setRef(n > 0);
  }
  ref() {
    this.#explicit = true;
    this.#setRef(true);
  }
  unref() {
    this.#explicit = true;
    this.#setRef(false);
  }
  get fd() { return this.#target._channelId >= 0 ? 3 : undefined; }
}

function channelClosed() {
  return nodeError(Error, 'ERR_IPC_CHANNEL_CLOSED', 'Channel closed');
}

// Adds send/disconnect/connected to [target] (a ChildProcess, or process
// in a forked child) over channel [id].
function setupChannel(target, id) {
  target._channelId = id;
  target.connected = true;
  target._handleQueue = [];      // handles received, waiting for their NODE_HANDLE
  target._pendingSends = 0;
  const control = new Control(target);
  target.channel = control;
  target._channel = control;
  const onread = (lines, handles) => {
    if (lines === null) {
      // The other end closed: disconnected.
      if (target.connected) target._disconnect();
      return;
    }
    for (let i = 0; i < handles.length; i++) target._handleQueue.push(handles[i]);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i];
      if (line === '') continue;
      let message;
      try {
        message = JSON.parse(line);
      } catch {
        continue;
      }
      if (isInternal(message)) {
        handleInternal(target, message);
      } else {
        target.emit('message', message);
      }
    }
    if (target === process && childRecount) childRecount();
  };
  binding.ipcStart(id, onread);
  target.send = function send(message, handle, options, callback) {
    if (typeof handle === 'function') {
      callback = handle;
      handle = undefined;
      options = undefined;
    } else if (typeof options === 'function') {
      callback = options;
      options = undefined;
    } else if (options !== undefined) {
      validateObject(options, 'options');
    }
    options = options === undefined ? { swallowErrors: false }
      : { swallowErrors: false, ...options };
    if (target.connected) return target._send(message, handle, options, callback);
    const ex = channelClosed();
    if (typeof callback === 'function') process.nextTick(callback, ex);
    else process.nextTick(() => target.emit('error', ex));
    return false;
  };
  target._send = function _send(message, handle, options, callback) {
    if (message === undefined) {
      throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "message" argument must be specified');
    }
    if (typeof message !== 'string' && typeof message !== 'object' &&
        typeof message !== 'number' && typeof message !== 'boolean') {
      throw invalidArgType('message', 'one of type string, object, number, or boolean',
                           message);
    }
    let handleId = -1;
    let sentSocket = null;
    if (handle) {
      const net = require('net');
      let type;
      let h = handle._handle;
      if (handle instanceof net.Socket) {
        type = 'net.Socket';
        sentSocket = handle;
      } else if (handle instanceof net.Server) {
        type = 'net.Server';
      } else if (net._isHandle(handle)) {
        // cluster's own: a listening handle or an accepted connection
        type = 'net.Native';
        h = handle;
        sentSocket = handle;
      } else {
        throw invalidArgType('handle', 'an instance of net.Server or net.Socket', handle);
      }
      if (!h || h.id < 0) {
        if (callback) process.nextTick(callback, null);
        return true;
      }
      handleId = h.id;
      message = { cmd: 'NODE_HANDLE', type, msg: message };
    }
    const text = JSON.stringify(message) + '\n';
    // Without a callback to call, the message may go out at once (ipcWrite answers 1).
    const now = typeof callback !== 'function';
    target._pendingSends++;
    const err = binding.ipcWrite(target._channelId, text, handleId, (status) => {
      target._pendingSends--;
      // A socket sent is the receiver's now (node closes the sender's copy).
      if (sentSocket && !options.keepOpen && status === 0) {
        if (typeof sentSocket.destroy === 'function') sentSocket.destroy();
        else sentSocket.close();
      }
      if (typeof callback === 'function') {
        callback(status === 0 ? null : errnoException(status, 'write'));
      } else if (status !== 0 && !options.swallowErrors) {
        target.emit('error', errnoException(status, 'write'));
      }
      if (target._pendingSends === 0 && target._disconnectWhenSent) target._disconnect();
    }, now);
    if (err === 1) {
      target._pendingSends--;
      return true;
    }
    if (err) {
      target._pendingSends--;
      const ex = errnoException(err, 'write');
      if (typeof callback === 'function') process.nextTick(callback, ex);
      else if (!options.swallowErrors) process.nextTick(() => target.emit('error', ex));
      return false;
    }
    return true;
  };
  target.disconnect = function disconnect() {
    if (!target.connected) {
      target.emit('error', nodeError(Error, 'ERR_IPC_DISCONNECTED',
                                     'IPC channel is already disconnected'));
      return;
    }
    target.connected = false;
    // Messages already queued still go out, as in node.
    if (target._pendingSends > 0) target._disconnectWhenSent = true;
    else target._disconnect();
  };
  target._disconnect = function _disconnect() {
    target.connected = false;
    target._disconnectWhenSent = false;
    if (target._channelId >= 0) {
      binding.ipcClose(target._channelId);
      target._channelId = -1;
    }
    target.channel = null;
    target._channel = null;
    process.nextTick(() => target.emit('disconnect'));
  };
  return control;
}

// NODE_HANDLE (a handle arrived with this message), its ACK, and the
// other internal messages (cluster's) as 'internalMessage'.
function handleInternal(target, message) {
  if (message.cmd === 'NODE_HANDLE_ACK') return;
  if (message.cmd !== 'NODE_HANDLE') {
    target.emit('internalMessage', message);
    return;
  }
  const h = target._handleQueue.shift();
  if (target.connected) target._send({ cmd: 'NODE_HANDLE_ACK' }, null, { swallowErrors: true });
  if (!h) return;
  const net = require('net');
  const handle = net._handleFromId(h.id, h.pipe);
  if (message.type === 'net.Native') {
    emitHandleMessage(target, message, handle);
    return;
  }
  let obj;
  if (message.type === 'net.Server') {
    obj = new net.Server();
    obj._handle = handle;
    handle.owner = obj;
    obj._listen2(null, -1, h.pipe ? -1 : 4);
    obj.once('listening', () => emitHandleMessage(target, message, obj));
    return;
  }
  obj = new net.Socket({ handle, readable: true, writable: true });
  emitHandleMessage(target, message, obj);
}

function emitHandleMessage(target, message, obj) {
  if (isInternal(message.msg)) target.emit('internalMessage', message.msg, obj);
  else target.emit('message', message.msg, obj);
}

// --- fork ----------------------------------------------------------------------------

function fork(modulePath, args, options) {
  if (typeof modulePath !== 'string' && !(typeof URL === 'function' && modulePath instanceof URL)) {
    throw invalidArgType('modulePath', 'of type string or an instance of Buffer or URL',
                         modulePath);
  }
  if (typeof modulePath !== 'string') modulePath = require('url').fileURLToPath(modulePath);
  if (args == null) {
    args = [];
  } else if (typeof args === 'object' && !Array.isArray(args)) {
    options = args;
    args = [];
  } else if (!Array.isArray(args)) {
    throw invalidArgValue('args', args);
  }
  if (options != null) validateObject(options, 'options');
  options = { ...options, shell: false };
  options.execPath = options.execPath || process.execPath;
  const execArgv = options.execArgv || process.execArgv;
  if (!Array.isArray(execArgv)) throw invalidArgType('options.execArgv', 'an instance of Array', execArgv);
  if (typeof options.stdio === 'string') {
    options.stdio = [options.stdio === 'overlapped' ? 'pipe' : options.stdio,
                     options.stdio, options.stdio, 'ipc'];
  } else if (!Array.isArray(options.stdio)) {
    options.stdio = options.silent ? ['pipe', 'pipe', 'pipe', 'ipc'] : [0, 1, 2, 'ipc'];
  } else if (!options.stdio.includes('ipc')) {
    throw nodeError(Error, 'ERR_CHILD_PROCESS_IPC_REQUIRED',
                    "Forked processes must have an IPC channel, missing value 'ipc' in " +
                    'options.stdio');
  }
  if (options.serialization !== undefined && options.serialization !== 'json') {
    if (options.serialization !== 'advanced') {
      throw invalidArgValue('options.serialization', options.serialization,
                            "must be one of: 'json', 'advanced'");
    }
    throw nodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
                    "serialization 'advanced' is not supported by kiln");
  }
  // The child runs the module node would: the path against its cwd.
  const path = require('path');
  const resolved = path.resolve(options.cwd == null ? process.cwd() : String(options.cwd),
                                modulePath);
  const env = { ...(options.env || process.env) };
  env.KILN_FORK_MODULE = resolved;
  env.KILN_FORK_SPEC = modulePath;
  // The executable takes no node flags: execArgv only becomes the child's
  // process.execArgv.
  if (execArgv.length) env.KILN_FORK_EXEC_ARGV = JSON.stringify(execArgv.map(String));
  else delete env.KILN_FORK_EXEC_ARGV;
  options.env = env;
  return spawn(options.execPath, [resolved, ...args], options);
}

// The child's side, called before its main module runs (runtime/modules.c)
// when NODE_CHANNEL_FD is set.
function _forkChild(fd, serialization) {
  void serialization;
  const execArgv = process.env.KILN_FORK_EXEC_ARGV;
  if (execArgv !== undefined) {
    delete process.env.KILN_FORK_EXEC_ARGV;
    try {
      process.execArgv = JSON.parse(execArgv);
    } catch {
      // not set by fork()
    }
  }
  const id = binding.ipcOpen(fd);
  if (id < 0) return;
  binding.ipcRef(id, false);
  const control = setupChannel(process, id);
  // process.on and friends are natives that emit no 'newListener': the
  // channel's ref follows the listener counts after each change.
  const recount = () => {
    if (process.channel) {
      control._refCount(process.listenerCount('message') + process.listenerCount('disconnect'));
    }
  };
  for (const name of ['on', 'addListener', 'once', 'prependListener', 'prependOnceListener',
                      'off', 'removeListener', 'removeAllListeners']) {
    const orig = process[name];
    Object.defineProperty(process, name, {
      value: { [name](...a) {
        const r = orig.apply(this, a);
        recount();
        return r;
      } }[name],
      writable: true, configurable: true, enumerable: false,
    });
  }
  childRecount = recount;
  // A worker_threads Worker is a forked child that knows its thread from the start.
  const worker = process.env.KILN_WORKER;
  if (worker !== undefined) {
    delete process.env.KILN_WORKER;
    const fs = require('fs');
    const fd = Number(worker);
    const text = fs.readFileSync(fd, 'utf8');
    fs.closeSync(fd);
    require('worker_threads')._setupWorker(text);
  }
}

// In a forked child: after messages are emitted (a `once('message')`
// listener has removed itself), the channel's ref is counted again.
let childRecount = null;

void validateInteger;
void signalName;

// util.promisify(exec) and promisify(execFile) resolve { stdout, stderr };
// the rejection carries them too, and the promise holds the child.
function promisifiedExec(orig) {
  return (...args) => {
    let resolve;
    let reject;
    const promise = new Promise((res, rej) => {
      resolve = res;
      reject = rej;
    });
    promise.child = orig(...args, (err, stdout, stderr) => {
      if (err !== null) {
        err.stdout = stdout;
        err.stderr = stderr;
        reject(err);
      } else {
        resolve({ stdout, stderr });
      }
    });
    return promise;
  };
}

Object.defineProperty(exec, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: false, value: promisifiedExec(exec),
});
Object.defineProperty(execFile, Symbol.for('nodejs.util.promisify.custom'), {
  enumerable: false, value: promisifiedExec(execFile),
});

module.exports = {
  _forkChild,
  ChildProcess,
  exec,
  execFile,
  execFileSync,
  execSync,
  fork,
  spawn,
  spawnSync,
};
