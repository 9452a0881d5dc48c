// SPDX-License-Identifier: MIT
//
// readline.js: node's `readline` module: Interface (lines from an input
// stream, 'line'/'close'/'pause'/'resume' events, question, prompt, async
// iteration) and the ANSI cursor helpers. readline/promises is
// stdlib/node/readline_promises.js, built on the same Interface.
//
// Not done: the interactive line editor of terminal mode (history, tab
// completion, cursor keys): with terminal: true, lines are read as in
// terminal: false and the prompt is written; keypress events are decoded
// for plain characters, Enter, Backspace, Tab, Escape and Ctrl-letters.
'use strict';

const EventEmitter = require('events');
const {
  nodeError, invalidArgType, invalidArgValue, validateFunction,
} = require('kiln:internal_procutil');
const { binaryFromBytes } = require('kiln:internal_bytes');

const kQuestion = Symbol('kiln.readline.question');
// Shared with readline/promises, whose question() cancels on abort.
const kQuestionCancel = Symbol.for('kiln.readline.questionCancel');

// --- UTF-8 decoding of input chunks ------------------------------------------------

// Decodes Buffer/Uint8Array chunks, keeping an incomplete trailing
// sequence for the next chunk.
class Utf8Lines {
  constructor() {
    this.rest = null;
  }

  decode(chunk) {
    if (typeof chunk === 'string') return chunk;
    let bytes = chunk instanceof Uint8Array ? chunk
      : new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (this.rest) {
      const joined = new Uint8Array(this.rest.length + bytes.length);
      joined.set(this.rest, 0);
      joined.set(bytes, this.rest.length);
      bytes = joined;
      this.rest = null;
    }
    let end = bytes.length;
    // Back up over an incomplete multi-byte sequence at the end.
    for (let i = end - 1, n = 0; i >= 0 && n < 4; i--, n++) {
      const b = bytes[i];
      if ((b & 0xc0) === 0x80) continue;
      const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
      if (end - i < need) end = i;
      break;
    }
    if (end < bytes.length) this.rest = bytes.slice(end);
    return require('kiln:stdio').utf8(binaryFromBytes(bytes.subarray(0, end)));
  }

  end() {
    if (!this.rest) return '';
    const s = require('kiln:stdio').utf8(binaryFromBytes(this.rest));
    this.rest = null;
    return s;
  }
}

// --- Interface --------------------------------------------------------------------

function Interface(input, output, completer, terminal) {
  if (!(this instanceof Interface)) {
    return new Interface(input, output, completer, terminal);
  }
  EventEmitter.call(this);
  let crlfDelay;
  let prompt = '> ';
  let signal;
  let historySize;
  if (input && input.input) {
    // An options object.
    output = input.output;
    completer = input.completer;
    terminal = input.terminal;
    signal = input.signal;
    historySize = input.historySize;
    if (input.prompt !== undefined) prompt = input.prompt;
    crlfDelay = input.crlfDelay;
    input = input.input;
  }
  if (completer !== undefined && typeof completer !== 'function') {
    throw invalidArgValue('completer', completer);
  }
  if (historySize !== undefined &&
      (typeof historySize !== 'number' || historySize !== historySize || historySize < 0)) {
    throw nodeError(RangeError, 'ERR_INVALID_ARG_VALUE',
                    "The argument 'historySize' must be a positive number. Received " +
                    require('kiln:internal').inspect(historySize));
  }
  if (terminal === undefined && !(output === null || output === undefined)) {
    terminal = !!output.isTTY;
  }
  this.input = input;
  this.output = output;
  this.completer = completer;
  this.terminal = !!terminal;
  this.crlfDelay = crlfDelay ? Math.max(100, crlfDelay) : 100;
  this.line = '';
  if (this.terminal) this.cursor = 0;   // node has no cursor without a terminal
  this.history = [];
  this.historySize = historySize === undefined ? 30 : historySize;
  this.closed = false;
  this.paused = false;
  this._prompt = prompt;
  this._buffer = '';
  this._sawReturnAt = 0;
  this._decoder = new Utf8Lines();
  this[kQuestion] = null;

  const onData = (data) => this._normalWrite(data);
  const onEnd = () => {
    const tail = this._decoder.end();
    if (tail) this._normalWrite(tail);
    if (this._buffer.length > 0) {
      const line = this._buffer;
      this._buffer = '';
      this._onLine(line);
    }
    this.close();
  };
  const onError = (err) => this.emit('error', err);
  input.on('data', onData);
  input.on('end', onEnd);
  input.on('error', onError);
  this.once('close', () => {
    input.removeListener('data', onData);
    input.removeListener('end', onEnd);
    input.removeListener('error', onError);
  });
  if (signal) {
    const onAbort = () => this.close();
    if (signal.aborted) process.nextTick(onAbort);
    else {
      signal.addEventListener('abort', onAbort, { once: true });
      this.once('close', () => signal.removeEventListener('abort', onAbort));
    }
  }
  if (typeof input.resume === 'function') input.resume();
}
Object.setPrototypeOf(Interface.prototype, EventEmitter.prototype);
Object.setPrototypeOf(Interface, EventEmitter);

Interface.prototype._normalWrite = function _normalWrite(chunk) {
  if (chunk === undefined) return;
  let s = this._decoder.decode(chunk);
  if (s.length === 0) return;
  if (this._sawReturnAt && Date.now() - this._sawReturnAt <= this.crlfDelay &&
      s[0] === '\n') {
    s = s.slice(1);
  }
  this._sawReturnAt = s.endsWith('\r') ? Date.now() : 0;
  const re = /\r?\n|\r(?!\n)/g;
  let start = 0;
  let m;
  const text = this._buffer + s;
  this._buffer = '';
  const lines = [];
  while ((m = re.exec(text)) !== null) {
    // A '\r' at the very end may be the first half of '\r\n'.
    lines.push(text.slice(start, m.index));
    start = re.lastIndex;
  }
  this._buffer = text.slice(start);
  for (const line of lines) {
    if (this.closed) break;
    this._onLine(line);
  }
};

Interface.prototype._onLine = function _onLine(line) {
  if (this[kQuestion]) {
    const cb = this[kQuestion];
    this[kQuestion] = null;
    this.setPrompt(this._oldPrompt);
    cb(line);
  } else {
    this.emit('line', line);
  }
};

Interface.prototype.setPrompt = function setPrompt(prompt) {
  this._prompt = prompt;
};

Interface.prototype.getPrompt = function getPrompt() {
  return this._prompt;
};

Interface.prototype._writeToOutput = function _writeToOutput(s) {
  if (typeof s !== 'string') throw invalidArgType('stringToWrite', 'of type string', s);
  if (this.output !== null && this.output !== undefined) this.output.write(s);
};

Interface.prototype.prompt = function prompt(preserveCursor) {
  if (this.paused) this.resume();
  if (this.closed) {
    throw nodeError(Error, 'ERR_USE_AFTER_CLOSE', 'readline was closed');
  }
  void preserveCursor;
  this._writeToOutput(this._prompt);
};

Interface.prototype.question = function question(query, options, cb) {
  cb = typeof options === 'function' ? options : cb;
  if (options && typeof options === 'object' && options.signal) {
    const signal = options.signal;
    if (signal.aborted) return;
    const onAbort = () => { this[kQuestionCancel](); };
    signal.addEventListener('abort', onAbort, { once: true });
    const orig = cb;
    cb = (answer) => {
      signal.removeEventListener('abort', onAbort);
      orig(answer);
    };
  }
  if (this.closed) {
    throw nodeError(Error, 'ERR_USE_AFTER_CLOSE', 'readline was closed');
  }
  if (typeof cb !== 'function') return;
  if (this[kQuestion]) {
    this.prompt();
    return;
  }
  this._oldPrompt = this._prompt;
  this.setPrompt(query);
  this[kQuestion] = cb;
  this.prompt();
};

Interface.prototype.clearLine = function clearLine() {
  this._writeToOutput('\r\n');
  this.line = '';
  if (this.terminal) this.cursor = 0;
};

// An aborted question: forget its callback and bring the prompt back.
Interface.prototype[kQuestionCancel] = function questionCancel() {
  if (this[kQuestion]) {
    this[kQuestion] = null;
    this.setPrompt(this._oldPrompt);
    this.clearLine();
  }
};

Interface.prototype.pause = function pause() {
  if (this.paused) return;
  if (typeof this.input.pause === 'function') this.input.pause();
  this.paused = true;
  this.emit('pause');
  return this;
};

Interface.prototype.resume = function resume() {
  if (!this.paused) return;
  if (typeof this.input.resume === 'function') this.input.resume();
  this.paused = false;
  this.emit('resume');
  return this;
};

Interface.prototype.write = function write(data, key) {
  if (this.closed) {
    throw nodeError(Error, 'ERR_USE_AFTER_CLOSE', 'readline was closed');
  }
  if (this.paused) this.resume();
  void key;
  this._normalWrite(data);
};

Interface.prototype.close = function close() {
  if (this.closed) return;
  this.pause();
  if (this.terminal && this.input && typeof this.input.setRawMode === 'function' &&
      this.input.isRaw) {
    this.input.setRawMode(false);
  }
  this.closed = true;
  this.emit('close');
};

Interface.prototype.getCursorPos = function getCursorPos() {
  const cols = this.output && this.output.columns;
  const len = this._prompt.length + this.cursor;
  if (!cols) return { rows: 0, cols: len };
  return { rows: Math.floor(len / cols), cols: len % cols };
};

// for await (const line of rl): lines from now on, ending at 'close'.
Interface.prototype[Symbol.asyncIterator] = function asyncIterator() {
  const queue = [];
  const waiting = [];
  let done = false;
  let error = null;
  const onLine = (line) => {
    if (waiting.length) waiting.shift().resolve({ value: line, done: false });
    else queue.push(line);
  };
  const finish = () => {
    done = true;
    this.removeListener('line', onLine);
    while (waiting.length) waiting.shift().resolve({ value: undefined, done: true });
  };
  const onError = (err) => {
    error = err;
    while (waiting.length) waiting.shift().reject(err);
  };
  this.on('line', onLine);
  this.once('close', finish);
  this.once('error', onError);
  if (this.closed) finish();
  const rl = this;
  return {
    next() {
      if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
      if (error) {
        const e = error;
        error = null;
        return Promise.reject(e);
      }
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      rl.close();
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() { return this; },
  };
};

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

// --- ANSI cursor helpers ----------------------------------------------------------

function finish(stream, data, cb) {
  if (stream === null || stream === undefined) {
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }
  return stream.write(data, cb);
}

function clearLine(stream, dir, cb) {
  if (cb !== undefined) validateFunction(cb, 'callback');
  const type = dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K';
  return finish(stream, type, cb);
}

function clearScreenDown(stream, cb) {
  if (cb !== undefined) validateFunction(cb, 'callback');
  return finish(stream, '\x1b[0J', cb);
}

function cursorTo(stream, x, y, cb) {
  if (cb !== undefined) validateFunction(cb, 'callback');
  if (typeof y === 'function') {
    cb = y;
    y = undefined;
  }
  if (Number.isNaN(x)) throw invalidArgValue('x', x);
  if (Number.isNaN(y)) throw invalidArgValue('y', y);
  if (stream == null || (typeof x !== 'number' && typeof y !== 'number')) {
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }
  if (typeof x !== 'number') throw invalidArgValue('x', x);
  const data = typeof y !== 'number' ? '\x1b[' + (x + 1) + 'G'
                                     : '\x1b[' + (y + 1) + ';' + (x + 1) + 'H';
  return stream.write(data, cb);
}

function moveCursor(stream, dx, dy, cb) {
  if (cb !== undefined) validateFunction(cb, 'callback');
  if (stream == null || !(dx || dy)) {
    if (typeof cb === 'function') process.nextTick(cb, null);
    return true;
  }
  let data = '';
  if (dx < 0) data += '\x1b[' + -dx + 'D';
  else if (dx > 0) data += '\x1b[' + dx + 'C';
  if (dy < 0) data += '\x1b[' + -dy + 'A';
  else if (dy > 0) data += '\x1b[' + dy + 'B';
  return stream.write(data, cb);
}

// --- keypress events ----------------------------------------------------------------

const kKeypress = Symbol('kiln.readline.keypress');

function keyOf(ch) {
  const key = { sequence: ch, name: undefined, ctrl: false, meta: false, shift: false };
  if (ch === '\r') key.name = 'return';
  else if (ch === '\n') key.name = 'enter';
  else if (ch === '\t') key.name = 'tab';
  else if (ch === '\b' || ch === '\x7f') key.name = 'backspace';
  else if (ch === '\x1b') key.name = 'escape';
  else if (ch === ' ') key.name = 'space';
  else if (ch <= '\x1a') {
    key.name = String.fromCharCode(ch.charCodeAt(0) + 96);
    key.ctrl = true;
  } else if (/^[0-9]$/.test(ch)) {
    key.name = 'number';
  } else if (/^[a-z]$/.test(ch)) {
    key.name = ch;
  } else if (/^[A-Z]$/.test(ch)) {
    key.name = ch.toLowerCase();
    key.shift = true;
  }
  return key;
}

function emitKeypressEvents(stream, iface) {
  void iface;
  if (stream[kKeypress]) return;
  stream[kKeypress] = true;
  const decoder = new Utf8Lines();
  function onData(data) {
    if (stream.listenerCount('keypress') === 0) return;
    for (const ch of decoder.decode(data)) {
      stream.emit('keypress', ch.length === 1 && ch < ' ' || ch === '\x7f' ? undefined : ch,
                  keyOf(ch));
    }
  }
  function onNewListener(event) {
    if (event === 'keypress') {
      stream.on('data', onData);
      stream.removeListener('newListener', onNewListener);
    }
  }
  if (stream.listenerCount('keypress') > 0) stream.on('data', onData);
  else stream.on('newListener', onNewListener);
}

module.exports = {
  Interface,
  clearLine,
  clearScreenDown,
  createInterface,
  cursorTo,
  emitKeypressEvents,
  moveCursor,
};
Object.defineProperty(module.exports, 'promises', {
  get() { return require('readline/promises'); },
  enumerable: true,
  configurable: true,
});
