// SPDX-License-Identifier: MIT
//
// readline_promises.js: node's `readline/promises`: the Interface of
// stdlib/node/readline.js with a question() that returns a promise, and
// Readline, which queues cursor actions until commit().
'use strict';

const readline = require('readline');
const { nodeError } = require('kiln:internal_procutil');

const kQuestionCancel = Symbol.for('kiln.readline.questionCancel');

function abortError(signal) {
  const err = new Error('The operation was aborted', { cause: signal.reason });
  err.name = 'AbortError';
  err.code = 'ABORT_ERR';
  return err;
}

class Interface extends readline.Interface {
  question(query, options) {
    return new Promise((resolve, reject) => {
      if (this.closed) {
        reject(nodeError(Error, 'ERR_USE_AFTER_CLOSE', 'readline was closed'));
        return;
      }
      const signal = options && options.signal;
      let cb = resolve;
      if (signal) {
        if (signal.aborted) {
          reject(abortError(signal));
          return;
        }
        const onAbort = () => {
          this[kQuestionCancel]();
          reject(abortError(signal));
        };
        signal.addEventListener('abort', onAbort, { once: true });
        cb = (answer) => {
          signal.removeEventListener('abort', onAbort);
          resolve(answer);
        };
      }
      readline.Interface.prototype.question.call(this, query, cb);
    });
  }
}

function createInterface(input, output, completer, terminal) {
  return new Interface(input, output, completer, terminal);
}

class Readline {
  constructor(stream, options) {
    this.stream = stream;
    this.autoCommit = !!(options && options.autoCommit);
    this.todo = [];
  }

  _queue(data) {
    if (this.autoCommit) this.stream.write(data);
    else this.todo.push(data);
    return this;
  }

  clearLine(dir) {
    return this._queue(dir < 0 ? '\x1b[1K' : dir > 0 ? '\x1b[0K' : '\x1b[2K');
  }

  clearScreenDown() { return this._queue('\x1b[0J'); }

  cursorTo(x, y) {
    return this._queue(typeof y !== 'number' ? '\x1b[' + (x + 1) + 'G'
                                             : '\x1b[' + (y + 1) + ';' + (x + 1) + 'H');
  }

  moveCursor(dx, dy) {
    let data = '';
    if (dx < 0) data += '\x1b[' + -dx + 'D';
    else if (dx > 0) data += '\x1b[' + dx + 'C';
    if (dy < 0) data += '\x1b[' + -dy + 'A';
    else if (dy > 0) data += '\x1b[' + dy + 'B';
    return data ? this._queue(data) : this;
  }

  commit() {
    const data = this.todo.join('');
    this.todo = [];
    return new Promise((resolve) => {
      if (data) this.stream.write(data, () => resolve());
      else resolve();
    });
  }

  rollback() {
    this.todo = [];
    return this;
  }
}

module.exports = { Interface, Readline, createInterface };
