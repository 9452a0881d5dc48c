// SPDX-License-Identifier: MIT
//
// internal_stdio.js: streams over libuv handles (require('kiln:internal_stdio')):
// the pipe streams of child processes, and process.stdin/stdout/stderr
// (made on first use by stdlib/node/process.c).
//
// stdout and stderr write synchronously, as node does on Linux for files,
// pipes and TTYs: bytes go to C's stdout/stderr, where console.log also
// writes, so the order is kept and nothing is lost at exit. stdin reads
// a TTY or pipe through a uv stream handle and a file in chunks on the
// thread pool (node's fs.ReadStream), and stays unreferenced until read.
'use strict';

const { Duplex, Readable, Writable } = require('stream');
const stdio = require('kiln:stdio');
const { uvException } = require('kiln:internal_procutil');
const { bytesFromBinary, binaryOfChunk } = require('kiln:internal_bytes');

// Node's errnoException, the error of a stream handle (net.Socket, tty):
// "write EPIPE" with errno/code/syscall (files get fs's uvException).
function streamException(errno, syscall) {
  const code = require('kiln:os').errname(errno)[0];
  const err = new Error(syscall + ' ' + code);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  return err;
}

// --- pipes --------------------------------------------------------------------------

// The readable end of a uv stream handle [id].
class PipeReadable extends Readable {
  constructor(id, options) {
    super(options);
    this._handleId = id;
    this._reading = false;
  }

  _read() {
    if (this._reading || this._handleId < 0) return;
    this._reading = true;
    const r = stdio.readStart(this._handleId, (data) => this._onData(data));
    if (r < 0) this.destroy(streamException(r, 'read'));
  }

  _onData(data) {
    if (typeof data === 'string') {
      if (!this.push(bytesFromBinary(data))) {
        stdio.readStop(this._handleId);
        this._reading = false;
      }
    } else if (data === null || data === -104) {  // EOF, or ECONNRESET: the other end went away
      this._reading = false;
      // As node's onStreamRead: end, and read(0) so that an empty stream
      // nobody reads emits 'end' now.
      this.push(null);
      this.read(0);
    } else {
      this._reading = false;
      this.destroy(streamException(data, 'read'));
    }
  }

  _destroy(err, cb) {
    const id = this._handleId;
    this._handleId = -1;
    if (id < 0) return cb(err);
    stdio.close(id, () => cb(err));
  }

  ref() { if (this._handleId >= 0) stdio.ref(this._handleId, true); return this; }
  unref() { if (this._handleId >= 0) stdio.ref(this._handleId, false); return this; }
}

// The writable end of a uv stream handle [id].
class PipeWritable extends Writable {
  constructor(id, options) {
    super({ ...options, decodeStrings: false });
    this._handleId = id;
  }

  _write(chunk, encoding, cb) {
    if (this._handleId < 0) return cb(streamException(-32, 'write'));
    const [data, binary] = binaryOfChunk(chunk, encoding);
    const r = stdio.write(this._handleId, data, binary, (status) => {
      cb(status < 0 ? streamException(status, 'write') : undefined);
    });
    if (r < 0) cb(streamException(r, 'write'));
  }

  _final(cb) {
    if (this._handleId < 0) return cb();
    const r = stdio.shutdown(this._handleId, () => cb());
    if (r < 0) cb();
  }

  _destroy(err, cb) {
    const id = this._handleId;
    this._handleId = -1;
    if (id < 0) return cb(err);
    stdio.close(id, () => cb(err));
  }

  ref() { if (this._handleId >= 0) stdio.ref(this._handleId, true); return this; }
  unref() { if (this._handleId >= 0) stdio.ref(this._handleId, false); return this; }
}

// Both ends of a uv stream handle [id]: a child's extra stdio pipes (stdio[3] and
// after), which node makes sockets. Reading and writing as above.
class PipeDuplex extends Duplex {
  constructor(id, options) {
    super({ allowHalfOpen: true, ...options, decodeStrings: false });
    this._handleId = id;
    this._reading = false;
  }
}
for (const name of ['_read', '_onData', 'ref', 'unref']) {
  PipeDuplex.prototype[name] = PipeReadable.prototype[name];
}
for (const name of ['_write', '_final', '_destroy']) {
  PipeDuplex.prototype[name] = PipeWritable.prototype[name];
}

// --- process.stdout / stderr ----------------------------------------------------------

class SyncWriteStream extends Writable {
  constructor(fd) {
    super({ decodeStrings: false });
    this.fd = fd;
    this._type = stdio.guessHandleType(fd);
    this._isStdio = true;
    if (this._type === 'TTY') this.isTTY = true;
  }

  _write(chunk, encoding, cb) {
    const [data, binary] = binaryOfChunk(chunk, encoding);
    const r = stdio.writeSync(this.fd, data, binary);
    if (r < 0) {
      cb(this._type === 'FILE' ? uvException(r, 'write') : streamException(r, 'write'));
    } else {
      cb();
    }
  }

  // Like node, stdout and stderr are never really closed.
  _destroy(err, cb) { cb(err); }

  get columns() { return this._size()[0]; }
  get rows() { return this._size()[1]; }

  _size() {
    if (!this.isTTY) return [undefined, undefined];
    const r = stdio.fdWindowSize(this.fd);
    return Array.isArray(r) ? r : [undefined, undefined];
  }

  getWindowSize() { return this._size(); }
  hasColors(count) { return this.isTTY === true && (count === undefined || count <= 16); }
  getColorDepth() { return this.isTTY ? 4 : 1; }
  clearLine(dir, cb) { return require('readline').clearLine(this, dir, cb); }
  clearScreenDown(cb) { return require('readline').clearScreenDown(this, cb); }
  cursorTo(x, y, cb) { return require('readline').cursorTo(this, x, y, cb); }
  moveCursor(dx, dy, cb) { return require('readline').moveCursor(this, dx, dy, cb); }
}

// Node's stdout/stderr write(): synchronous, and end() does not close fd.
function makeWritable(fd) {
  const s = new SyncWriteStream(fd);
  s.destroySoon = s.destroy;
  return s;
}

// --- process.stdin -----------------------------------------------------------------------

// stdin from a file: chunks read on the thread pool until EOF. Node's is
// an fs.ReadStream with autoClose false: no autoDestroy, so no 'close'.
class FileReadable extends Readable {
  constructor(fd) {
    super({ highWaterMark: 65536, autoDestroy: false });
    this.fd = fd;
  }

  _read(n) {
    stdio.readFile(this.fd, 65536, (data) => {
      if (typeof data === 'string') {
        this.push(data.length ? bytesFromBinary(data) : null);
      } else {
        this.destroy(uvException(data, 'read'));
      }
    });
  }

  _destroy(err, cb) { cb(err); }
}

function makeStdin() {
  const type = stdio.guessHandleType(0);
  let s;
  if (type === 'TTY' || type === 'PIPE' || type === 'TCP') {
    const id = stdio.openFd(0, type === 'TTY');
    if (id < 0) {
      s = new Readable({ read() { this.push(null); } });
    } else {
      s = new PipeReadable(id, { highWaterMark: 65536 });
      // Unreferenced until someone reads: an untouched stdin never keeps
      // the program alive.
      stdio.ref(id, false);
      const start = () => stdio.ref(id, true);
      s.on('resume', start);
      s.on('pause', () => { if (!s.readableFlowing) stdio.ref(id, false); });
      const origRead = s._read;
      s._read = function read(n) {
        start();
        return origRead.call(this, n);
      };
      s.on('end', () => stdio.ref(id, false));
      if (type === 'TTY') {
        s.isTTY = true;
        s.isRaw = false;
        s.setRawMode = function setRawMode(flag) {
          stdio.setRawMode(id, !!flag);
          s.isRaw = !!flag;
          return s;
        };
      }
    }
  } else if (type === 'FILE') {
    s = new FileReadable(0);
  } else {
    s = new Readable({ read() { this.push(null); } });
  }
  s.fd = 0;
  return s;
}

module.exports = { PipeDuplex, PipeReadable, PipeWritable, makeWritable, makeStdin };
