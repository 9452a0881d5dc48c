// SPDX-License-Identifier: MIT
//
// fs_promises.js: node's `fs/promises` (also `require('fs').promises`):
// the promise form of the fs API and FileHandle.
//
// The natives of stdlib/node/fs.c return a promise when their last
// argument is `true`: the request runs on libuv's thread pool and the
// promise settles from its completion. Compound operations (readFile,
// writeFile ...) are async functions over those requests.
//
// Not done: FileHandle readv/writev.
'use strict';
const internal = require('kiln:internal_fs');
const pathModule = require('path');
const EventEmitter = require('events');
const fs = require('fs');
const {
  binding, invalidArgType, validateInteger, getValidatedFd, validateBoolean,
  isArrayBufferView, getValidatedPath, stringToFlags, parseFileMode, encode,
  bytesResult, dataBytes, getOptions, makeStats, Dirent, toUnixTimestamp, constants,
  SystemError, allocBuffer, toBuffer,
} = internal;

const P = true;  // the natives' "return a promise" request
const kReadChunk = 64 * 1024;

function nameIn(name, encoding) {
  if (encoding === 'buffer') return toBuffer(encode(name, 'utf8'));
  return name;
}

function normalizePosition(position) {
  if (position == null) return -1;
  if (typeof position === 'bigint') return Number(position);
  if (typeof position !== 'number') {
    throw invalidArgType('position', 'of type number or bigint', position);
  }
  return position;
}

// ---- FileHandle ---------------------------------------------------------------

class FileHandle extends EventEmitter {
  #fd;
  #closing = null;
  constructor(fd) {
    super();
    this.#fd = fd;
  }
  get fd() { return this.#fd; }

  #check(syscall) {
    if (this.#fd === -1) {
      const e = new Error('file closed');
      e.code = 'EBADF';
      e.syscall = syscall;
      throw e;
    }
    return this.#fd;
  }

  // As node: the fd reads -1 and 'close' is emitted as soon as closing starts.
  close() {
    if (this.#closing) return this.#closing;
    if (this.#fd === -1) return Promise.resolve();
    const fd = this.#fd;
    this.#fd = -1;
    this.#closing = binding.close(fd, P).finally(() => {
      this.#closing = null;
    });
    this.emit('close');
    return this.#closing;
  }

  async stat(options = { bigint: false }) {
    const a = await binding.fstat(this.#check('fstat'), false, P);
    return makeStats(a, options && options.bigint);
  }

  async read(buffer, offset, length, position) {
    const fd = this.#check('read');
    if (buffer != null && !isArrayBufferView(buffer) && typeof buffer === 'object') {
      ({ buffer, offset, length, position } = buffer);
    } else if (offset !== null && typeof offset === 'object') {
      ({ offset, length, position } = offset);
    }
    if (buffer == null) buffer = allocBuffer(16384);
    if (!isArrayBufferView(buffer)) {
      throw invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', buffer);
    }
    if (offset == null) offset = 0;
    else validateInteger(offset, 'offset', 0, buffer.byteLength);
    if (length == null) length = buffer.byteLength - offset;
    validateInteger(length, 'length', 0, buffer.byteLength - offset);
    if (length === 0) return { bytesRead: 0, buffer };
    const n = await binding.read(fd, buffer, offset, length, normalizePosition(position), P);
    return { bytesRead: n, buffer };
  }

  async write(buffer, offset, length, position) {
    const fd = this.#check('write');
    let bytes;
    if (typeof buffer === 'string') {
      bytes = encode(buffer, typeof length === 'string' ? length : 'utf8');
      const n = await binding.write(fd, bytes, 0, bytes.length, normalizePosition(offset), P);
      return { bytesWritten: n, buffer };
    }
    if (!isArrayBufferView(buffer)) {
      throw invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', buffer);
    }
    if (offset !== null && typeof offset === 'object') {
      ({ offset, length, position } = offset);
    }
    bytes = dataBytes(buffer);
    if (offset == null) offset = 0;
    if (length == null) length = bytes.length - offset;
    validateInteger(offset, 'offset', 0, bytes.length);
    validateInteger(length, 'length', 0, bytes.length - offset);
    const n = await binding.write(fd, bytes, offset, length, normalizePosition(position), P);
    return { bytesWritten: n, buffer };
  }

  async readFile(options) {
    options = getOptions(options, {});
    return readAll(this.#check('read'), options.encoding);
  }

  async writeFile(data, options) {
    options = getOptions(options, { encoding: 'utf8' });
    const bytes = isCustomIterable(data) ? data : dataBytes(data, options.encoding);
    await writeData(this.#check('write'), bytes, options.encoding);
  }

  async appendFile(data, options) {
    return this.writeFile(data, options);
  }

  async truncate(len = 0) {
    await binding.ftruncate(this.#check('ftruncate'), Math.max(0, len), P);
  }

  async sync() { await binding.fsync(this.#check('fsync'), P); }
  async datasync() { await binding.fdatasync(this.#check('fdatasync'), P); }
  async chmod(mode) {
    await binding.fchmod(this.#check('fchmod'), parseFileMode(mode, 'mode'), P);
  }
  async chown(uid, gid) { await binding.fchown(this.#check('fchown'), uid, gid, P); }
  async utimes(atime, mtime) {
    await binding.futimes(this.#check('futime'), toUnixTimestamp(atime, 'atime'),
                          toUnixTimestamp(mtime, 'mtime'), P);
  }
  createReadStream(options = undefined) {
    return fs.createReadStream(undefined, Object.assign({}, options, { fd: this }));
  }
  createWriteStream(options = undefined) {
    return fs.createWriteStream(undefined, Object.assign({}, options, { fd: this }));
  }
  readLines(options = undefined) {
    return require('readline').createInterface({
      input: this.createReadStream(options),
      crlfDelay: Infinity,
    });
  }
  async [Symbol.asyncDispose]() { return this.close(); }
}

async function readAll(fd, encoding) {
  const st = await binding.fstat(fd, false, P);
  const isReg = (st[1] & constants.S_IFMT) === constants.S_IFREG;
  const size = isReg ? st[8] : 0;
  if (size > 0) {
    const buf = new Uint8Array(size);
    let got = 0;
    while (got < size) {
      const n = await binding.read(fd, buf, got, size - got, -1, P);
      if (n === 0) break;
      got += n;
    }
    return bytesResult(got < size ? buf.subarray(0, got) : buf, encoding);
  }
  const chunks = [];
  let total = 0;
  for (;;) {
    const chunk = new Uint8Array(kReadChunk);
    const n = await binding.read(fd, chunk, 0, kReadChunk, -1, P);
    if (n === 0) break;
    chunks.push(chunk.subarray(0, n));
    total += n;
  }
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return bytesResult(out, encoding);
}

async function writeAll(fd, bytes) {
  let off = 0;
  while (off < bytes.length) {
    off += await binding.write(fd, bytes, off, bytes.length - off, -1, P);
  }
}

// ---- functions -------------------------------------------------------------------

async function open(path, flags, mode) {
  path = getValidatedPath(path);
  const f = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  return new FileHandle(await binding.open(path, f, mode, P));
}

async function readFile(path, options) {
  options = getOptions(options, { flag: 'r' });
  if (path instanceof FileHandle) return path.readFile(options);
  path = getValidatedPath(path);
  const fd = await binding.open(path, stringToFlags(options.flag), 0o666, P);
  try {
    return await readAll(fd, options.encoding);
  } finally {
    await binding.close(fd, P);
  }
}

// Node's isCustomIterable: data that writeFile consumes chunk by chunk (a
// stream, a generator, an array of strings).
function isCustomIterable(data) {
  return data !== null && typeof data === 'object' && !isArrayBufferView(data) &&
    (typeof data[Symbol.iterator] === 'function' ||
     typeof data[Symbol.asyncIterator] === 'function');
}

async function writeData(fd, data, encoding) {
  if (!isCustomIterable(data)) return writeAll(fd, data);
  for await (const chunk of data) {
    const bytes = isArrayBufferView(chunk) ? dataBytes(chunk)
      : require('buffer').Buffer.from(chunk, encoding || 'utf8');
    await writeAll(fd, bytes);
  }
}

async function writeFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = isCustomIterable(data) ? data : dataBytes(data, options.encoding);
  if (path instanceof FileHandle) return writeData(path.fd, bytes, options.encoding);
  path = getValidatedPath(path);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  const fd = await binding.open(path, stringToFlags(options.flag || 'w'), mode, P);
  try {
    await writeData(fd, bytes, options.encoding);
  } finally {
    await binding.close(fd, P);
  }
}

async function appendFile(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  if (!options.flag) options.flag = 'a';
  return writeFile(path, data, options);
}

async function access(path, mode = constants.F_OK) {
  path = getValidatedPath(path);
  validateInteger(mode, 'mode', 0, 7);
  await binding.access(path, mode, P);
}

async function copyFile(src, dest, mode = 0) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  validateInteger(mode, 'mode', 0, 7);
  await binding.copyfile(src, dest, mode, P);
}

async function cp(src, dest, options) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  return new Promise((resolve, reject) => {
    fs.cp(src, dest, options, (err) => (err ? reject(err) : resolve()));
  });
}

async function rename(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  await binding.rename(oldPath, newPath, P);
}

async function truncate(path, len = 0) {
  const fh = await open(path, 'r+');
  try {
    await fh.truncate(len);
  } finally {
    await fh.close();
  }
}

async function rm(path, options) {
  path = getValidatedPath(path);
  options = Object.assign({ force: false, recursive: false }, options);
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.recursive, 'options.recursive');
  let st;
  try {
    st = await binding.lstat(path, false, P);
  } catch (e) {
    if (e.code === 'ENOENT' && options.force) return;
    throw e;
  }
  const isDir = (st[1] & constants.S_IFMT) === constants.S_IFDIR;
  if (isDir && !options.recursive) {
    throw new SystemError('ERR_FS_EISDIR', {
      code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21,
    }, 'Path is a directory');
  }
  if (isDir) await binding.rmtree(path, P);
  else await binding.unlink(path, P);
}

async function rmdir(path, options) {
  path = getValidatedPath(path);
  if (options && options.recursive) await binding.rmtree(path, P);
  else await binding.rmdir(path, P);
}

async function mkdir(path, options) {
  path = getValidatedPath(path);
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') mode = options;
  else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = options.mode;
  }
  validateBoolean(recursive, 'options.recursive');
  mode = parseFileMode(mode, 'mode', 0o777);
  if (recursive) return binding.mkdirp(path, mode, P);
  await binding.mkdir(path, mode, P);
  return undefined;
}

async function readdir(path, options) {
  options = getOptions(options, {});
  path = getValidatedPath(path);
  if (options.recursive) {
    const out = [];
    const queue = [path];
    while (queue.length) {
      const dir = queue.shift();
      const [names, types] = await binding.scandir(dir, true, P);
      for (let i = 0; i < names.length; i++) {
        const full = pathModule.join(dir, names[i]);
        if (options.withFileTypes) out.push(new Dirent(names[i], types[i], dir));
        else out.push(nameIn(pathModule.relative(path, full), options.encoding));
        if (types[i] === constants.UV_DIRENT_DIR) queue.push(full);
      }
    }
    return out;
  }
  if (options.withFileTypes) {
    const [names, types] = await binding.scandir(path, true, P);
    return names.map((n, i) => new Dirent(nameIn(n, options.encoding), types[i], path));
  }
  const names = await binding.scandir(path, false, P);
  return names.map((n) => nameIn(n, options.encoding));
}

async function readlink(path, options) {
  options = getOptions(options, {});
  return nameIn(await binding.readlink(getValidatedPath(path, 'oldPath'), P),
                options.encoding);
}

async function symlink(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  const flags = type === 'dir' ? 1 : type === 'junction' ? 2 : 0;
  await binding.symlink(target, path, flags, P);
}

async function lstat(path, options = { bigint: false }) {
  const a = await binding.lstat(getValidatedPath(path), false, P);
  return makeStats(a, options && options.bigint);
}

async function stat(path, options = { bigint: false }) {
  const a = await binding.stat(getValidatedPath(path), false, P);
  return makeStats(a, options && options.bigint);
}

async function link(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  await binding.link(existingPath, newPath, P);
}

async function unlink(path) {
  await binding.unlink(getValidatedPath(path), P);
}

async function chmod(path, mode) {
  path = getValidatedPath(path);
  await binding.chmod(path, parseFileMode(mode, 'mode'), P);
}

async function lchmod() {
  const e = new Error('The lchmod() method is not implemented');
  e.code = 'ERR_METHOD_NOT_IMPLEMENTED';
  throw e;
}

async function lchown(path, uid, gid) {
  await binding.lchown(getValidatedPath(path), uid, gid, P);
}

async function chown(path, uid, gid) {
  await binding.chown(getValidatedPath(path), uid, gid, P);
}

async function utimes(path, atime, mtime) {
  path = getValidatedPath(path);
  await binding.utimes(path, toUnixTimestamp(atime, 'atime'),
                       toUnixTimestamp(mtime, 'mtime'), P);
}

async function lutimes(path, atime, mtime) {
  path = getValidatedPath(path);
  await binding.lutimes(path, toUnixTimestamp(atime, 'atime'),
                        toUnixTimestamp(mtime, 'mtime'), P);
}

async function realpath(path, options) {
  options = getOptions(options, {});
  return nameIn(await binding.realpath(getValidatedPath(path), P), options.encoding);
}

async function mkdtemp(prefix, options) {
  options = getOptions(options, {});
  if (typeof prefix !== 'string') throw invalidArgType('prefix', 'of type string or an instance of Buffer or URL', prefix);
  return nameIn(await binding.mkdtemp(getValidatedPath(prefix, 'prefix'), P),
                options.encoding);
}

async function statfs(path, options = { bigint: false }) {
  const a = await binding.statfs(getValidatedPath(path), false, P);
  return internal.makeStatFs(a, options && options.bigint);
}

// An async iterator of {eventType, filename} over fs.watch.
function watch(filename, options = {}) {
  const w = fs.watch(filename, options);
  const queue = [];
  const waiting = [];
  let done = false;
  let failure = null;
  const push = (item) => {
    if (waiting.length) waiting.shift().resolve({ value: item, done: false });
    else queue.push(item);
  };
  w.on('change', (eventType, name) => push({ eventType, filename: name }));
  w.on('error', (err) => {
    failure = err;
    while (waiting.length) waiting.shift().reject(err);
  });
  const finish = () => {
    done = true;
    w.close();
    while (waiting.length) waiting.shift().resolve({ value: undefined, done: true });
  };
  if (options.signal) {
    const abort = () => {
      const e = new Error('The operation was aborted');
      e.name = 'AbortError';
      e.code = 'ABORT_ERR';
      failure = e;
      w.close();
      while (waiting.length) waiting.shift().reject(e);
    };
    if (options.signal.aborted) abort();
    else options.signal.addEventListener('abort', abort, { once: true });
  }
  return {
    next() {
      if (queue.length) return Promise.resolve({ value: queue.shift(), done: false });
      if (failure) return Promise.reject(failure);
      if (done) return Promise.resolve({ value: undefined, done: true });
      return new Promise((resolve, reject) => waiting.push({ resolve, reject }));
    },
    return() {
      finish();
      return Promise.resolve({ value: undefined, done: true });
    },
    [Symbol.asyncIterator]() { return this; },
  };
}

async function opendir(path, options) {
  return new Promise((resolve, reject) => {
    fs.opendir(path, options, (err, dir) => (err ? reject(err) : resolve(dir)));
  });
}

module.exports = {
  access, copyFile, cp, open, opendir, rename, truncate, rm, rmdir, mkdir, readdir,
  readlink, symlink, lstat, stat, statfs, link, unlink, chmod, lchmod, lchown, chown,
  utimes, lutimes, realpath, mkdtemp, writeFile, appendFile, readFile, watch,
  constants,
};
