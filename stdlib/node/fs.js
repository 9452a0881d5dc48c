// SPDX-License-Identifier: MIT
//
// fs.js: node's `fs` module: the sync, callback and (through
// fs.promises) promise forms of the file system API.
//
// Argument handling and errors are here; the system work is in the natives
// of stdlib/node/fs.c, which take a last `req` argument: undefined runs the
// call synchronously (and throws node's uvException-style error), a
// function queues it on libuv's thread pool and calls it back as
// cb(err, result). Compound operations (readFile, writeFile, truncate ...)
// chain those requests the way node's do (open, fstat, read ..., close), so
// callbacks interleave with timers and immediates as in node.
//
// fs.watch runs a uv_fs_event_t (natives watchStart/watchOp); watchFile
// polls with stat on a timer, as node's StatWatcher does with uv_fs_poll.
//
// ReadStream and WriteStream are built on first use over require('stream'),
// so a program that never streams never loads it.
//
// Not done: openAsBlob (waits for Blob).
'use strict';
const internal = require('kiln:internal_fs');
const pathModule = require('path');
const {
  binding, codedError, invalidArgType, invalidArgValue, outOfRange, SystemError,
  validateFunction, makeCallback, validateInteger, validateInt32, getValidatedFd,
  validateBoolean, validateObject, isArrayBufferView, getValidatedPath,
  stringToFlags, parseFileMode, assertEncoding, encode, decode, toBuffer,
  allocBuffer, bytesResult, dataBytes, getOptions, makeStats, Dirent,
  toUnixTimestamp, constants, O,
} = internal;

const kReadChunk = 64 * 1024;

function maybeCallback(cb) {
  return makeCallback(cb);
}

function isFd(path) {
  return typeof path === 'number';
}

// ---- open, close, read, write -----------------------------------------------

function openSync(path, flags, mode) {
  path = getValidatedPath(path);
  return binding.open(path, stringToFlags(flags), parseFileMode(mode, 'mode', 0o666),
                      undefined);
}

function open(path, flags, mode, callback) {
  path = getValidatedPath(path);
  if (arguments.length < 3) {
    callback = flags;
    flags = 'r';
    mode = 0o666;
  } else if (typeof mode === 'function') {
    callback = mode;
    mode = 0o666;
  }
  const f = stringToFlags(flags);
  mode = parseFileMode(mode, 'mode', 0o666);
  binding.open(path, f, mode, makeCallback(callback));
}

function closeSync(fd) {
  binding.close(getValidatedFd(fd), undefined);
}

function defaultCloseCallback(err) {
  if (err != null) throw err;
}

function close(fd, callback = defaultCloseCallback) {
  fd = getValidatedFd(fd);
  if (callback !== defaultCloseCallback) makeCallback(callback);
  binding.close(fd, callback);
}

// Node's read argument forms: (buffer, offset, length, position),
// (buffer, {offset, length, position}) and ({buffer, ...}).
function readArgs(buffer, offsetOrOptions, length, position, viaObject) {
  let offset = offsetOrOptions;
  if (viaObject || (offset !== null && typeof offset === 'object')) {
    const o = offset || {};
    offset = o.offset;
    length = o.length;
    position = o.position;
  }
  if (!isArrayBufferView(buffer)) {
    throw invalidArgType('buffer', 'an instance of Buffer, TypedArray, or DataView', buffer);
  }
  const size = buffer.byteLength;
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
  if (length === undefined) length = size - offset;
  validateInteger(length, 'length', 0, 2147483647);
  if (length > size - offset) {
    throw outOfRange('length', '<= ' + (size - offset), length);
  }
  return [offset, length, normalizePosition(position)];
}

function normalizePosition(position) {
  if (position == null) return -1;
  if (typeof position === 'bigint') return Number(position);
  if (typeof position !== 'number') {
    throw invalidArgType('position', 'of type number or bigint', position);
  }
  if (!Number.isInteger(position)) throw outOfRange('position', 'an integer', position);
  return position;
}

function readSync(fd, buffer, offset, length, position) {
  fd = getValidatedFd(fd);
  const [off, len, pos] = readArgs(buffer, offset, length, position, false);
  if (len === 0) return 0;
  return binding.read(fd, buffer, buffer.byteOffset === undefined ? off : off,
                      len, pos, undefined);
}

function read(fd, buffer, offset, length, position, callback) {
  fd = getValidatedFd(fd);
  let viaObject = false;
  if (arguments.length <= 4) {
    if (arguments.length === 4) {
      // read(fd, buffer, options, callback)
      callback = length;
      viaObject = true;
    } else if (arguments.length === 3) {
      // read(fd, {buffer, ...}, callback) or read(fd, buffer, callback)
      callback = offset;
      if (isArrayBufferView(buffer)) {
        offset = undefined;
      } else {
        const o = buffer || {};
        buffer = o.buffer || allocBuffer(16384);
        offset = o;
        viaObject = true;
      }
    } else {
      // read(fd, callback)
      callback = buffer;
      buffer = allocBuffer(16384);
      offset = undefined;
    }
  }
  makeCallback(callback);
  const [off, len, pos] = readArgs(buffer, offset, length, position, viaObject);
  if (len === 0) {
    process.nextTick(() => callback(null, 0, buffer));
    return;
  }
  binding.read(fd, buffer, off, len, pos, (err, n) => {
    if (err) callback(err);
    else callback(null, n, buffer);
  });
}

// write(fd, buffer, offset, length, position) or
// write(fd, string, position, encoding).
function writeArgs(buffer, offset, length, position) {
  if (typeof buffer === 'string') {
    const encoding = typeof length === 'string' ? length : 'utf8';
    const bytes = encode(buffer, encoding);
    return [bytes, 0, bytes.length, normalizePosition(offset)];
  }
  if (!isArrayBufferView(buffer)) {
    throw invalidArgType('buffer', 'of type string or an instance of Buffer, TypedArray, or DataView', buffer);
  }
  if (offset !== null && typeof offset === 'object') {
    const o = offset;
    offset = o.offset;
    length = o.length;
    position = o.position;
  }
  const size = buffer.byteLength;
  if (offset == null) offset = 0;
  else validateInteger(offset, 'offset', 0, Number.MAX_SAFE_INTEGER);
  if (length == null) length = size - offset;
  if (offset > size) throw outOfRange('offset', '>= 0 && <= ' + size, offset);
  validateInteger(length, 'length', 0, size - offset);
  const bytes = buffer instanceof Uint8Array ? buffer
    : new Uint8Array(buffer.buffer, buffer.byteOffset, buffer.byteLength);
  return [bytes, offset, length, normalizePosition(position)];
}

function writeSync(fd, buffer, offset, length, position) {
  fd = getValidatedFd(fd);
  const [bytes, off, len, pos] = writeArgs(buffer, offset, length, position);
  return binding.write(fd, bytes, off, len, pos, undefined);
}

function write(fd, buffer, offset, length, position, callback) {
  fd = getValidatedFd(fd);
  const args = Array.prototype.slice.call(arguments, 1);
  callback = args.pop();
  makeCallback(callback);
  const [bytes, off, len, pos] = writeArgs(args[0], args[1], args[2], args[3]);
  binding.write(fd, bytes, off, len, pos, (err, n) => {
    if (err) callback(err);
    else callback(null, n, buffer);
  });
}

// ---- readFile, writeFile, appendFile --------------------------------------

function concatChunks(chunks, total) {
  const out = new Uint8Array(total);
  let o = 0;
  for (const c of chunks) {
    out.set(c, o);
    o += c.length;
  }
  return out;
}

function readFileSync(path, options) {
  options = getOptions(options, { flag: 'r' });
  const userFd = isFd(path);
  const fd = userFd ? getValidatedFd(path) : openSync(path, options.flag, 0o666);
  let result;
  try {
    const st = binding.fstat(fd, false, undefined);
    const isReg = (st[1] & constants.S_IFMT) === constants.S_IFREG;
    let size = isReg ? st[8] : 0;
    if (size > 0) {
      let buf = new Uint8Array(size);
      let got = 0;
      while (got < size) {
        const n = binding.read(fd, buf, got, size - got, -1, undefined);
        if (n === 0) break;
        got += n;
      }
      result = got < size ? buf.subarray(0, got) : buf;
    } else {
      const chunks = [];
      let total = 0;
      for (;;) {
        const chunk = new Uint8Array(kReadChunk);
        const n = binding.read(fd, chunk, 0, kReadChunk, -1, undefined);
        if (n === 0) break;
        chunks.push(chunk.subarray(0, n));
        total += n;
      }
      result = concatChunks(chunks, total);
    }
  } finally {
    if (!userFd) binding.close(fd, undefined);
  }
  return bytesResult(result, options.encoding);
}

// open -> fstat -> read ... -> close, each on the thread pool.
function readFile(path, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { flag: 'r' });
  const userFd = isFd(path);
  let fd;
  let buf, got = 0, size = 0, chunks = null, total = 0;
  const done = (err, result) => {
    if (userFd) {
      if (err) callback(err);
      else callback(null, bytesResult(result, options.encoding));
      return;
    }
    binding.close(fd, (closeErr) => {
      if (err || closeErr) callback(err || closeErr);
      else callback(null, bytesResult(result, options.encoding));
    });
  };
  const readMore = () => {
    if (chunks) {
      const chunk = new Uint8Array(kReadChunk);
      binding.read(fd, chunk, 0, kReadChunk, -1, (err, n) => {
        if (err) return done(err);
        if (n === 0) return done(null, concatChunks(chunks, total));
        chunks.push(chunk.subarray(0, n));
        total += n;
        readMore();
      });
      return;
    }
    binding.read(fd, buf, got, size - got, -1, (err, n) => {
      if (err) return done(err);
      got += n;
      if (n === 0 || got === size) return done(null, got < size ? buf.subarray(0, got) : buf);
      readMore();
    });
  };
  const onStat = (err, st) => {
    if (err) return done(err);
    const isReg = (st[1] & constants.S_IFMT) === constants.S_IFREG;
    size = isReg ? st[8] : 0;
    if (size > 0) buf = new Uint8Array(size);
    else chunks = [];
    readMore();
  };
  const onOpen = (err, f) => {
    if (err) return callback(err);
    fd = f;
    binding.fstat(fd, false, onStat);
  };
  if (userFd) {
    fd = getValidatedFd(path);
    binding.fstat(fd, false, onStat);
    return;
  }
  path = getValidatedPath(path);
  binding.open(path, stringToFlags(options.flag), 0o666, onOpen);
}

function writeAllSync(fd, bytes, position) {
  let off = 0;
  while (off < bytes.length) {
    const n = binding.write(fd, bytes, off, bytes.length - off, position, undefined);
    off += n;
    if (position >= 0) position += n;
  }
}

function writeFileSync(path, data, options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = dataBytes(data, options.encoding);
  const flag = options.flag || 'w';
  if (isFd(path)) {
    writeAllSync(getValidatedFd(path), bytes, -1);
    return;
  }
  const fd = openSync(path, flag, options.mode);
  try {
    writeAllSync(fd, bytes, -1);
  } finally {
    binding.close(fd, undefined);
  }
}

function writeAll(fd, bytes, off, cb) {
  if (off >= bytes.length) return cb(null);
  binding.write(fd, bytes, off, bytes.length - off, -1, (err, n) => {
    if (err) return cb(err);
    writeAll(fd, bytes, off + n, cb);
  });
}

function writeFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'w' });
  const bytes = dataBytes(data, options.encoding);
  const flag = options.flag || 'w';
  if (isFd(path)) {
    writeAll(getValidatedFd(path), bytes, 0, callback);
    return;
  }
  path = getValidatedPath(path);
  const mode = parseFileMode(options.mode, 'mode', 0o666);
  binding.open(path, stringToFlags(flag), mode, (err, fd) => {
    if (err) return callback(err);
    writeAll(fd, bytes, 0, (werr) => {
      binding.close(fd, (cerr) => {
        if (werr || cerr) callback(werr || cerr);
        else callback(null);
      });
    });
  });
}

function appendOptions(options) {
  options = getOptions(options, { encoding: 'utf8', mode: 0o666, flag: 'a' });
  if (!options.flag || isFd(options.flag)) options = Object.assign({}, options, { flag: 'a' });
  return options;
}

function appendFileSync(path, data, options) {
  writeFileSync(path, data, appendOptions(options));
}

function appendFile(path, data, options, callback) {
  callback = maybeCallback(callback || options);
  writeFile(path, data, appendOptions(typeof options === 'function' ? undefined : options),
            callback);
}

// ---- stat ---------------------------------------------------------------------

function statOptions(options) {
  if (options == null || typeof options === 'function') return { bigint: false };
  return options;
}

function statCallback(callback, bigint) {
  return (err, a) => {
    if (err) callback(err);
    else callback(null, makeStats(a, bigint));
  };
}

function statSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  try {
    return makeStats(binding.stat(path, false, undefined), options.bigint);
  } catch (e) {
    if (options.throwIfNoEntry === false && e.code === 'ENOENT') return undefined;
    throw e;
  }
}

function lstatSync(path, options = { bigint: false, throwIfNoEntry: true }) {
  path = getValidatedPath(path);
  try {
    return makeStats(binding.lstat(path, false, undefined), options.bigint);
  } catch (e) {
    if (options.throwIfNoEntry === false && e.code === 'ENOENT') return undefined;
    throw e;
  }
}

function fstatSync(fd, options = { bigint: false }) {
  fd = getValidatedFd(fd);
  return makeStats(binding.fstat(fd, false, undefined), options.bigint);
}

function stat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = { bigint: false };
  }
  makeCallback(callback);
  path = getValidatedPath(path);
  binding.stat(path, false, statCallback(callback, statOptions(options).bigint));
}

function lstat(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = { bigint: false };
  }
  makeCallback(callback);
  path = getValidatedPath(path);
  binding.lstat(path, false, statCallback(callback, statOptions(options).bigint));
}

function fstat(fd, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = { bigint: false };
  }
  makeCallback(callback);
  fd = getValidatedFd(fd);
  binding.fstat(fd, false, statCallback(callback, statOptions(options).bigint));
}

// ---- directories ---------------------------------------------------------------

function direntsOf(result, dir, encoding) {
  const [names, types] = result;
  return names.map((n, i) => new Dirent(nameIn(n, encoding), types[i], dir));
}

function nameIn(name, encoding) {
  if (encoding === 'buffer') return toBuffer(encode(name, 'utf8'));
  if (encoding && encoding !== 'utf8' && encoding !== 'utf-8') {
    return decode(encode(name, 'utf8'), encoding);
  }
  return name;
}

// Recursive listing: a directory's entries, then those of its
// subdirectories in order (node's readdir recursive).
function readdirRecursiveSync(root, withFileTypes, encoding) {
  const out = [];
  const queue = [root];
  while (queue.length) {
    const dir = queue.shift();
    const [names, types] = binding.scandir(dir, true, undefined);
    for (let i = 0; i < names.length; i++) {
      const full = pathModule.join(dir, names[i]);
      if (withFileTypes) out.push(new Dirent(names[i], types[i], dir));
      else out.push(nameIn(pathModule.relative(root, full), encoding));
      if (types[i] === constants.UV_DIRENT_DIR) queue.push(full);
    }
  }
  return out;
}

function readdirSync(path, options) {
  options = getOptions(options, {});
  path = getValidatedPath(path);
  if (options.recursive) {
    return readdirRecursiveSync(path, !!options.withFileTypes, options.encoding);
  }
  if (options.withFileTypes) {
    return direntsOf(binding.scandir(path, true, undefined), path, options.encoding);
  }
  return binding.scandir(path, false, undefined).map((n) => nameIn(n, options.encoding));
}

function readdir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, {});
  path = getValidatedPath(path);
  if (options.recursive) {
    const root = path;
    const out = [];
    const queue = [root];
    const next = () => {
      if (queue.length === 0) return callback(null, out);
      const dir = queue.shift();
      binding.scandir(dir, true, (err, res) => {
        if (err) return callback(err);
        const [names, types] = res;
        for (let i = 0; i < names.length; i++) {
          const full = pathModule.join(dir, names[i]);
          if (options.withFileTypes) out.push(new Dirent(names[i], types[i], dir));
          else out.push(nameIn(pathModule.relative(root, full), options.encoding));
          if (types[i] === constants.UV_DIRENT_DIR) queue.push(full);
        }
        next();
      });
    };
    next();
    return;
  }
  const withTypes = !!options.withFileTypes;
  binding.scandir(path, withTypes, (err, res) => {
    if (err) return callback(err);
    if (withTypes) callback(null, direntsOf(res, path, options.encoding));
    else callback(null, res.map((n) => nameIn(n, options.encoding)));
  });
}

function mkdirOptions(options) {
  let mode = 0o777;
  let recursive = false;
  if (typeof options === 'number' || typeof options === 'string') {
    mode = options;
  } else if (options) {
    if (options.recursive !== undefined) recursive = options.recursive;
    if (options.mode !== undefined) mode = options.mode;
  }
  validateBoolean(recursive, 'options.recursive');
  return { mode: parseFileMode(mode, 'mode', 0o777), recursive };
}

function mkdirSync(path, options) {
  path = getValidatedPath(path);
  const { mode, recursive } = mkdirOptions(options);
  if (recursive) return binding.mkdirp(path, mode, undefined);
  binding.mkdir(path, mode, undefined);
  return undefined;
}

function mkdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  makeCallback(callback);
  path = getValidatedPath(path);
  const { mode, recursive } = mkdirOptions(options);
  if (recursive) binding.mkdirp(path, mode, callback);
  else binding.mkdir(path, mode, callback);
}

function mkdtempPrefix(prefix) {
  if (typeof prefix !== 'string') {
    throw invalidArgType('prefix', 'of type string or an instance of Buffer or URL', prefix);
  }
  return getValidatedPath(prefix, 'prefix');
}

function mkdtempSync(prefix, options) {
  options = getOptions(options, {});
  return nameIn(binding.mkdtemp(mkdtempPrefix(prefix), undefined), options.encoding);
}

function mkdtemp(prefix, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, {});
  binding.mkdtemp(mkdtempPrefix(prefix), (err, p) => {
    if (err) callback(err);
    else callback(null, nameIn(p, options.encoding));
  });
}

function rmdirSync(path, options) {
  path = getValidatedPath(path);
  if (options && options.recursive) {
    binding.rmtree(path, undefined);
    return;
  }
  binding.rmdir(path, undefined);
}

function rmdir(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  makeCallback(callback);
  path = getValidatedPath(path);
  if (options && options.recursive) binding.rmtree(path, callback);
  else binding.rmdir(path, callback);
}

function rmOptions(options) {
  options = Object.assign({ force: false, recursive: false, maxRetries: 0, retryDelay: 100 },
                          options);
  validateBoolean(options.force, 'options.force');
  validateBoolean(options.recursive, 'options.recursive');
  return options;
}

function isDirError(path) {
  return new SystemError('ERR_FS_EISDIR', {
    code: 'EISDIR', message: 'is a directory', path, syscall: 'rm', errno: 21,
  }, 'Path is a directory');
}

function rmSync(path, options) {
  path = getValidatedPath(path);
  options = rmOptions(options);
  let st;
  try {
    st = binding.lstat(path, false, undefined);
  } catch (e) {
    if (e.code === 'ENOENT' && options.force) return;
    throw e;
  }
  const isDir = (st[1] & constants.S_IFMT) === constants.S_IFDIR;
  if (isDir && !options.recursive) throw isDirError(path);
  if (isDir) binding.rmtree(path, undefined);
  else binding.unlink(path, undefined);
}

function rm(path, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  makeCallback(callback);
  path = getValidatedPath(path);
  options = rmOptions(options);
  binding.lstat(path, false, (err, st) => {
    if (err) {
      if (err.code === 'ENOENT' && options.force) return callback(null);
      return callback(err);
    }
    const isDir = (st[1] & constants.S_IFMT) === constants.S_IFDIR;
    if (isDir && !options.recursive) return callback(isDirError(path));
    if (isDir) binding.rmtree(path, callback);
    else binding.unlink(path, callback);
  });
}

// ---- simple path operations --------------------------------------------------------

function unlinkSync(path) {
  binding.unlink(getValidatedPath(path), undefined);
}

function unlink(path, callback) {
  makeCallback(callback);
  binding.unlink(getValidatedPath(path), callback);
}

function renameSync(oldPath, newPath) {
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, undefined);
}

function rename(oldPath, newPath, callback) {
  makeCallback(callback);
  oldPath = getValidatedPath(oldPath, 'oldPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.rename(oldPath, newPath, callback);
}

function linkSync(existingPath, newPath) {
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, undefined);
}

function link(existingPath, newPath, callback) {
  makeCallback(callback);
  existingPath = getValidatedPath(existingPath, 'existingPath');
  newPath = getValidatedPath(newPath, 'newPath');
  binding.link(existingPath, newPath, callback);
}

function symlinkFlags(type) {
  if (type == null) return 0;
  if (type === 'dir') return constants.UV_FS_SYMLINK_DIR;
  if (type === 'junction') return constants.UV_FS_SYMLINK_JUNCTION;
  if (type === 'file') return 0;
  throw internal.codedError(Error, 'ERR_FS_INVALID_SYMLINK_TYPE',
                            'Symlink type must be one of "dir", "file", or "junction". ' +
                            'Received ' + JSON.stringify(type));
}

function symlinkSync(target, path, type) {
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, path, symlinkFlags(type), undefined);
}

function symlink(target, path, type, callback) {
  if (typeof type === 'function') {
    callback = type;
    type = undefined;
  }
  makeCallback(callback);
  target = getValidatedPath(target, 'target');
  path = getValidatedPath(path);
  binding.symlink(target, path, symlinkFlags(type), callback);
}

function copyMode(mode) {
  return validMode(mode, 0);
}

function copyFileSync(src, dest, mode) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  binding.copyfile(src, dest, copyMode(mode), undefined);
}

function copyFile(src, dest, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = 0;
  }
  makeCallback(callback);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  binding.copyfile(src, dest, copyMode(mode), callback);
}

function readlinkSync(path, options) {
  options = getOptions(options, {});
  return nameIn(binding.readlink(getValidatedPath(path, 'oldPath'), undefined),
                options.encoding);
}

function readlink(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, {});
  binding.readlink(getValidatedPath(path, 'oldPath'), (err, p) => {
    if (err) callback(err);
    else callback(null, nameIn(p, options.encoding));
  });
}

// Node's JS realpath reports a missing component as an lstat error on
// the absolute path up to it; find that component.
function realpathError(path, err) {
  if (err.code !== 'ENOENT' && err.code !== 'ENOTDIR') return err;
  const abs = pathModule.resolve(path);
  const parts = abs.split('/').filter(Boolean);
  let cur = '';
  for (const part of parts) {
    cur += '/' + part;
    try {
      binding.lstat(cur, false, undefined);
    } catch (e) {
      return e;
    }
  }
  return err;
}

function realpathSync(path, options) {
  options = getOptions(options, {});
  path = getValidatedPath(path);
  try {
    return nameIn(binding.realpath(path, undefined), options.encoding);
  } catch (e) {
    throw realpathError(path, e);
  }
}

realpathSync.native = function native(path, options) {
  options = getOptions(options, {});
  path = getValidatedPath(path);
  return nameIn(binding.realpath(path, undefined), options.encoding);
};

function realpath(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, {});
  path = getValidatedPath(path);
  binding.realpath(path, (err, p) => {
    if (err) callback(realpathError(path, err));
    else callback(null, nameIn(p, options.encoding));
  });
}

realpath.native = function native(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, {});
  path = getValidatedPath(path);
  binding.realpath(path, (err, p) => {
    if (err) callback(err);
    else callback(null, nameIn(p, options.encoding));
  });
};

// Node's getValidMode for access and copyFile.
function validMode(mode, def) {
  if (mode == null) return def;
  validateInteger(mode, 'mode', -2147483648, 2147483647);
  if (mode < 0 || mode > 7) {
    throw internal.codedError(RangeError, 'ERR_OUT_OF_RANGE',
                              'mode is out of range: >= 0 && <= 7');
  }
  return mode;
}

function accessMode(mode) {
  return validMode(mode, constants.F_OK);
}

function accessSync(path, mode) {
  path = getValidatedPath(path);
  binding.access(path, accessMode(mode), undefined);
}

function access(path, mode, callback) {
  if (typeof mode === 'function') {
    callback = mode;
    mode = constants.F_OK;
  }
  makeCallback(callback);
  path = getValidatedPath(path);
  binding.access(path, accessMode(mode), callback);
}

function existsSync(path) {
  try {
    path = getValidatedPath(path);
  } catch {
    return false;
  }
  try {
    binding.access(path, constants.F_OK, undefined);
    return true;
  } catch {
    return false;
  }
}

function exists(path, callback) {
  validateFunction(callback, 'cb');
  try {
    path = getValidatedPath(path);
  } catch {
    process.nextTick(callback, false);
    return;
  }
  binding.access(path, constants.F_OK, (err) => callback(!err));
}

function chmodSync(path, mode) {
  path = getValidatedPath(path);
  binding.chmod(path, parseFileMode(mode, 'mode'), undefined);
}

function chmod(path, mode, callback) {
  path = getValidatedPath(path);
  mode = parseFileMode(mode, 'mode');
  makeCallback(callback);
  binding.chmod(path, mode, callback);
}

function fchmodSync(fd, mode) {
  binding.fchmod(getValidatedFd(fd), parseFileMode(mode, 'mode'), undefined);
}

function fchmod(fd, mode, callback) {
  fd = getValidatedFd(fd);
  mode = parseFileMode(mode, 'mode');
  makeCallback(callback);
  binding.fchmod(fd, mode, callback);
}

function validateId(id, name) {
  return validateInteger(id, name, -1, 4294967295);
}

function chownSync(path, uid, gid) {
  path = getValidatedPath(path);
  binding.chown(path, validateId(uid, 'uid'), validateId(gid, 'gid'), undefined);
}

function chown(path, uid, gid, callback) {
  makeCallback(callback);
  path = getValidatedPath(path);
  binding.chown(path, validateId(uid, 'uid'), validateId(gid, 'gid'), callback);
}

function fchownSync(fd, uid, gid) {
  binding.fchown(getValidatedFd(fd), validateId(uid, 'uid'), validateId(gid, 'gid'),
                 undefined);
}

function fchown(fd, uid, gid, callback) {
  fd = getValidatedFd(fd);
  makeCallback(callback);
  binding.fchown(fd, validateId(uid, 'uid'), validateId(gid, 'gid'), callback);
}

function lchownSync(path, uid, gid) {
  path = getValidatedPath(path);
  binding.lchown(path, validateId(uid, 'uid'), validateId(gid, 'gid'), undefined);
}

function lchown(path, uid, gid, callback) {
  makeCallback(callback);
  path = getValidatedPath(path);
  binding.lchown(path, validateId(uid, 'uid'), validateId(gid, 'gid'), callback);
}

function utimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'),
                 undefined);
}

function utimes(path, atime, mtime, callback) {
  makeCallback(callback);
  path = getValidatedPath(path);
  binding.utimes(path, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'),
                 callback);
}

function futimesSync(fd, atime, mtime) {
  binding.futimes(getValidatedFd(fd), toUnixTimestamp(atime, 'atime'),
                  toUnixTimestamp(mtime, 'mtime'), undefined);
}

function futimes(fd, atime, mtime, callback) {
  fd = getValidatedFd(fd);
  atime = toUnixTimestamp(atime, 'atime');
  mtime = toUnixTimestamp(mtime, 'mtime');
  makeCallback(callback);
  binding.futimes(fd, atime, mtime, callback);
}

function lutimesSync(path, atime, mtime) {
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'),
                  undefined);
}

function lutimes(path, atime, mtime, callback) {
  makeCallback(callback);
  path = getValidatedPath(path);
  binding.lutimes(path, toUnixTimestamp(atime, 'atime'), toUnixTimestamp(mtime, 'mtime'),
                  callback);
}

function truncLen(len) {
  if (len == null) return 0;
  validateInteger(len, 'len', -Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER);
  return Math.max(0, len);
}

function ftruncateSync(fd, len = 0) {
  binding.ftruncate(getValidatedFd(fd), truncLen(len), undefined);
}

function ftruncate(fd, len = 0, callback) {
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  fd = getValidatedFd(fd);
  len = truncLen(len);
  makeCallback(callback);
  binding.ftruncate(fd, len, callback);
}

function truncateSync(path, len) {
  if (isFd(path)) return ftruncateSync(path, len);
  len = truncLen(len);
  const fd = openSync(path, 'r+');
  try {
    binding.ftruncate(fd, len, undefined);
  } finally {
    binding.close(fd, undefined);
  }
}

function truncate(path, len, callback) {
  if (isFd(path)) return ftruncate(path, len, callback);
  if (typeof len === 'function') {
    callback = len;
    len = 0;
  }
  makeCallback(callback);
  len = truncLen(len);
  path = getValidatedPath(path);
  binding.open(path, O.O_RDWR, 0o666, (err, fd) => {
    if (err) return callback(err);
    binding.ftruncate(fd, len, (terr) => {
      binding.close(fd, (cerr) => {
        if (terr || cerr) callback(terr || cerr);
        else callback(null);
      });
    });
  });
}

function fsyncSync(fd) {
  binding.fsync(getValidatedFd(fd), undefined);
}

function fsync(fd, callback) {
  fd = getValidatedFd(fd);
  makeCallback(callback);
  binding.fsync(fd, callback);
}

function fdatasyncSync(fd) {
  binding.fdatasync(getValidatedFd(fd), undefined);
}

function fdatasync(fd, callback) {
  fd = getValidatedFd(fd);
  makeCallback(callback);
  binding.fdatasync(fd, callback);
}

// ---- readv, writev, statfs -----------------------------------------------------

function validateBufferArray(buffers) {
  if (!Array.isArray(buffers) || !buffers.every(isArrayBufferView)) {
    throw invalidArgType('buffers', 'an ArrayBufferView[]', buffers);
  }
  return buffers;
}

function readvSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  return binding.readv(fd, buffers, typeof position === 'number' ? position : -1, undefined);
}

function readv(fd, buffers, position, callback) {
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  makeCallback(callback);
  binding.readv(fd, buffers, typeof position === 'number' ? position : -1, (err, n) => {
    if (err) callback(err);
    else callback(null, n, buffers);
  });
}

function writevSync(fd, buffers, position) {
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  if (buffers.length === 0) return 0;
  return binding.writev(fd, buffers, typeof position === 'number' ? position : -1, undefined);
}

function writev(fd, buffers, position, callback) {
  if (typeof position === 'function') {
    callback = position;
    position = null;
  }
  fd = getValidatedFd(fd);
  validateBufferArray(buffers);
  makeCallback(callback);
  if (buffers.length === 0) {
    process.nextTick(callback, null, 0, buffers);
    return;
  }
  binding.writev(fd, buffers, typeof position === 'number' ? position : -1, (err, n) => {
    if (err) callback(err);
    else callback(null, n, buffers);
  });
}

function statfsSync(path, options = { bigint: false }) {
  path = getValidatedPath(path);
  return internal.makeStatFs(binding.statfs(path, false, undefined), options.bigint);
}

function statfs(path, options = { bigint: false }, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = { bigint: false };
  }
  makeCallback(callback);
  path = getValidatedPath(path);
  binding.statfs(path, false, (err, a) => {
    if (err) callback(err);
    else callback(null, internal.makeStatFs(a, options.bigint));
  });
}

// ---- watch, watchFile ----------------------------------------------------------

const EventEmitter = require('events');

class FSWatcher extends EventEmitter {
  #id = -1;
  constructor() {
    super();
  }
  _start(filename, persistent, recursive) {
    this.#id = binding.watchStart(filename, recursive, persistent, (type, name) => {
      if (typeof type === 'number') {
        const err = binding.uvError(type, 'watch', filename);
        err.filename = filename;
        this.close();
        this.emit('error', err);
        return;
      }
      this.emit('change', type, name);
    });
  }
  close() {
    if (this.#id < 0) return;
    binding.watchOp(this.#id, 0);
    this.#id = -1;
    process.nextTick(() => this.emit('close'));
  }
  ref() {
    if (this.#id >= 0) binding.watchOp(this.#id, 1);
    return this;
  }
  unref() {
    if (this.#id >= 0) binding.watchOp(this.#id, 2);
    return this;
  }
}

function watch(filename, options, listener) {
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = getOptions(options, {});
  if (options.persistent === undefined) options.persistent = true;
  if (options.recursive === undefined) options.recursive = false;
  filename = getValidatedPath(filename, 'filename');
  const w = new FSWatcher();
  w._start(filename, !!options.persistent, !!options.recursive);
  if (listener) w.addListener('change', listener);
  if (options.signal) {
    if (options.signal.aborted) process.nextTick(() => w.close());
    else options.signal.addEventListener('abort', () => w.close(), { once: true });
  }
  return w;
}

const statWatchers = new Map();

function zeroStats(bigint) {
  return internal.makeStats(new Array(18).fill(0), bigint);
}

class StatWatcher extends EventEmitter {
  constructor(bigint) {
    super();
    this._bigint = bigint;
    this._timer = null;
    this._prev = null;
  }
  _start(filename, persistent, interval) {
    const statNow = () => {
      try {
        return makeStats(binding.stat(filename, false, undefined), this._bigint);
      } catch {
        return zeroStats(this._bigint);
      }
    };
    this._prev = statNow();
    const poll = () => {
      binding.stat(filename, false, (err, a) => {
        if (this._timer === null) return;
        const curr = err ? zeroStats(this._bigint) : makeStats(a, this._bigint);
        const prev = this._prev;
        if (curr.mtimeMs !== prev.mtimeMs || curr.ctimeMs !== prev.ctimeMs ||
            curr.size !== prev.size || curr.ino !== prev.ino || curr.nlink !== prev.nlink ||
            curr.mode !== prev.mode) {
          this._prev = curr;
          this.emit('change', curr, prev);
        }
      });
    };
    this._timer = setInterval(poll, interval);
    if (!persistent) this._timer.unref();
  }
  stop() {
    if (this._timer === null) return;
    clearInterval(this._timer);
    this._timer = null;
    process.nextTick(() => this.emit('stop'));
  }
  ref() {
    if (this._timer) this._timer.ref();
    return this;
  }
  unref() {
    if (this._timer) this._timer.unref();
    return this;
  }
}

function watchFile(filename, options, listener) {
  filename = getValidatedPath(filename, 'filename');
  const key = pathModule.resolve(filename);
  if (typeof options === 'function') {
    listener = options;
    options = undefined;
  }
  options = Object.assign({ interval: 5007, persistent: true, bigint: false }, options);
  validateFunction(listener, 'listener');
  let w = statWatchers.get(key);
  if (!w) {
    w = new StatWatcher(options.bigint);
    w._start(filename, options.persistent, options.interval);
    statWatchers.set(key, w);
  }
  w.addListener('change', listener);
  return w;
}

function unwatchFile(filename, listener) {
  filename = getValidatedPath(filename, 'filename');
  const key = pathModule.resolve(filename);
  const w = statWatchers.get(key);
  if (!w) return;
  if (typeof listener === 'function') w.removeListener('change', listener);
  else w.removeAllListeners('change');
  if (w.listenerCount('change') === 0) {
    w.stop();
    statWatchers.delete(key);
  }
}

// ---- cp ---------------------------------------------------------------------------

function cpOptions(options) {
  options = Object.assign({ dereference: false, errorOnExist: false, force: true,
                            preserveTimestamps: false, recursive: false,
                            verbatimSymlinks: false, mode: 0 }, options);
  return options;
}

function cpError(key, code, errno, message, path, title) {
  return new SystemError(key, { message, path, syscall: 'cp', errno, code }, title);
}

// Node's checkPaths: the stats of src and dest (null when dest is
// missing), and the copies it refuses.
function cpCheckPaths(src, dest, options) {
  const statOf = options.dereference ? (f) => binding.stat(f, false, undefined)
                                     : (f) => binding.lstat(f, false, undefined);
  const srcStat = statOf(src);
  let destStat = null;
  try {
    destStat = statOf(dest);
  } catch (e) {
    if (e.code !== 'ENOENT') throw e;
  }
  const srcIsDir = (srcStat[1] & constants.S_IFMT) === constants.S_IFDIR;
  if (destStat) {
    const destIsDir = (destStat[1] & constants.S_IFMT) === constants.S_IFDIR;
    if (srcStat[7] === destStat[7] && srcStat[0] === destStat[0]) {
      throw cpError('ERR_FS_CP_EINVAL', 'EINVAL', 22, 'src and dest cannot be the same',
                    dest, 'Invalid src or dest');
    }
    if (srcIsDir && !destIsDir) {
      throw cpError('ERR_FS_CP_DIR_TO_NON_DIR', 'EISDIR', 21,
                    'cannot overwrite non-directory ' + dest + ' with directory ' + src,
                    dest, 'Cannot overwrite non-directory with directory');
    }
    if (!srcIsDir && destIsDir) {
      throw cpError('ERR_FS_CP_NON_DIR_TO_DIR', 'ENOTDIR', 20,
                    'cannot overwrite directory ' + dest + ' with non-directory ' + src,
                    dest, 'Cannot overwrite directory with non-directory');
    }
  }
  if (srcIsDir) {
    const srcParts = pathModule.resolve(src).split('/').filter(Boolean);
    const destParts = pathModule.resolve(dest).split('/').filter(Boolean);
    if (srcParts.every((part, i) => destParts[i] === part)) {
      throw cpError('ERR_FS_CP_EINVAL', 'EINVAL', 22,
                    'cannot copy ' + src + ' to a subdirectory of self ' + dest,
                    dest, 'Invalid src or dest');
    }
  }
  return { srcStat, destStat };
}

// Copies one checked item: a file or link now; a directory is made and
// its entry names returned (the caller walks them, filter first).
function cpItem(src, dest, options, srcStat, destStat) {
  const type = srcStat[1] & constants.S_IFMT;
  if (type === constants.S_IFDIR) {
    if (!options.recursive) {
      // (node gives EINVAL's errno here)
      throw cpError('ERR_FS_EISDIR', 'EISDIR', 22, src + ' is a directory (not copied)',
                    src, 'Path is a directory');
    }
    if (!destStat) binding.mkdir(dest, srcStat[1] & 0o7777, undefined);
    return binding.scandir(src, false, undefined);
  }
  if (type === constants.S_IFLNK) {
    const target = binding.readlink(src, undefined);
    if (destStat) binding.unlink(dest, undefined);
    binding.symlink(target, dest, 0, undefined);
    return null;
  }
  if (destStat) {
    if (options.errorOnExist && !options.force) {
      throw cpError('ERR_FS_CP_EEXIST', 'EEXIST', 17, dest + ' already exists', dest,
                    'Target already exists');
    }
    if (!options.force) return null;
  }
  binding.copyfile(src, dest, options.mode, undefined);
  if (options.preserveTimestamps) {
    binding.utimes(dest, srcStat[10] + srcStat[11] / 1e9, srcStat[12] + srcStat[13] / 1e9,
                   undefined);
  }
  return null;
}

function cpSyncImpl(src, dest, options) {
  if (options.filter) {
    const keep = options.filter(src, dest);
    if (keep && typeof keep.then === 'function') {
      throw codedError(TypeError, 'ERR_INVALID_RETURN_VALUE',
                       'Expected boolean to be returned from the "filter" function but ' +
                       'got an instance of Promise.');
    }
    if (!keep) return;
  }
  const { srcStat, destStat } = cpCheckPaths(src, dest, options);
  const names = cpItem(src, dest, options, srcStat, destStat);
  if (names) {
    for (const name of names) {
      cpSyncImpl(pathModule.join(src, name), pathModule.join(dest, name), options);
    }
  }
}

// cp and fs.promises.cp: an async filter is awaited; the copying itself
// is synchronous.
async function cpAsyncImpl(src, dest, options) {
  if (options.filter && !(await options.filter(src, dest))) return;
  const { srcStat, destStat } = cpCheckPaths(src, dest, options);
  const names = cpItem(src, dest, options, srcStat, destStat);
  if (names) {
    for (const name of names) {
      await cpAsyncImpl(pathModule.join(src, name), pathModule.join(dest, name), options);
    }
  }
}

function cpValidate(src, dest, options) {
  options = cpOptions(options);
  if (options.filter !== undefined && typeof options.filter !== 'function') {
    throw invalidArgType('options.filter', 'of type function', options.filter);
  }
  return options;
}

function cpSync(src, dest, options) {
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  cpSyncImpl(src, dest, cpValidate(src, dest, options));
}

// Node runs cp's steps on the thread pool one by one; this runs the copy
// as a walk on the next turn (a documented difference: it blocks
// the loop while copying).
function cp(src, dest, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  makeCallback(callback);
  src = getValidatedPath(src, 'src');
  dest = getValidatedPath(dest, 'dest');
  options = cpValidate(src, dest, options);
  setImmediate(() => {
    cpAsyncImpl(src, dest, options).then(() => callback(null), (e) => callback(e));
  });
}

// ---- Dir (opendir) ----------------------------------------------------------------

class Dir {
  #path;
  #entries;
  #closed = false;
  #encoding;
  constructor(path, entries, encoding) {
    this.#path = path;
    this.#entries = entries;
    this.#encoding = encoding;
  }
  get path() { return this.#path; }
  #checkOpen() {
    if (this.#closed) {
      throw internal.codedError(Error, 'ERR_DIR_CLOSED', 'Directory handle was closed');
    }
  }
  readSync() {
    this.#checkOpen();
    return this.#entries.length ? this.#entries.shift() : null;
  }
  read(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        try {
          resolve(this.readSync());
        } catch (e) {
          reject(e);
        }
      });
    }
    makeCallback(callback);
    let entry;
    try {
      entry = this.readSync();
    } catch (e) {
      process.nextTick(callback, e);
      return;
    }
    process.nextTick(callback, null, entry);
  }
  closeSync() {
    this.#checkOpen();
    this.#closed = true;
  }
  close(callback) {
    if (callback === undefined) {
      return new Promise((resolve, reject) => {
        try {
          this.closeSync();
          resolve();
        } catch (e) {
          reject(e);
        }
      });
    }
    makeCallback(callback);
    try {
      this.closeSync();
    } catch (e) {
      process.nextTick(callback, e);
      return;
    }
    process.nextTick(callback, null);
  }
  async *entries() {
    try {
      for (;;) {
        const e = this.readSync();
        if (e === null) break;
        yield e;
      }
    } finally {
      if (!this.#closed) this.closeSync();
    }
  }
  [Symbol.asyncIterator]() {
    return this.entries();
  }
}

// Dir reads the whole directory with scandir; its errors name opendir, as
// node's do.
function asOpendirError(err) {
  if (err && err.syscall === 'scandir') {
    const message = err.message.replace(', scandir ', ', opendir ');
    if (typeof err.stack === 'string') err.stack = err.stack.replace(err.message, message);
    err.message = message;
    err.syscall = 'opendir';
  }
  return err;
}

function opendirSync(path, options) {
  options = getOptions(options, { encoding: 'utf8' });
  path = getValidatedPath(path);
  let res;
  try {
    res = binding.scandir(path, true, undefined);
  } catch (err) {
    // node's opendirSync error names no path (the async forms do)
    asOpendirError(err);
    if (err.path !== undefined) {
      const message = err.message.replace(" '" + err.path + "'", '');
      if (typeof err.stack === 'string') err.stack = err.stack.replace(err.message, message);
      err.message = message;
      delete err.path;
    }
    throw err;
  }
  return new Dir(path, direntsOf(res, path, options.encoding), options.encoding);
}

function opendir(path, options, callback) {
  callback = makeCallback(typeof options === 'function' ? options : callback);
  options = getOptions(options, { encoding: 'utf8' });
  path = getValidatedPath(path);
  binding.scandir(path, true, (err, res) => {
    if (err) callback(asOpendirError(err));
    else callback(null, new Dir(path, direntsOf(res, path, options.encoding), options.encoding));
  });
}

// ---- ReadStream, WriteStream ------------------------------------------------------

let streams = null;
const kHandle = Symbol('kHandle');

// Node's importFd/_construct: open the file (unless an fd was given), then
// 'open' and 'ready'.
function constructStream(stream, callback) {
  if (typeof stream.fd === 'number') {
    callback();
    return;
  }
  binding.open(stream.path, stream.flags, stream.mode, (err, fd) => {
    if (err) {
      callback(err);
      return;
    }
    stream.fd = fd;
    callback();
    stream.emit('open', stream.fd);
    stream.emit('ready');
  });
}

function destroyStream(stream, err, cb) {
  if (stream[kHandle] && stream.autoClose) {
    // A FileHandle's stream closes through the handle (its fd becomes -1).
    stream.fd = null;
    stream[kHandle].close().then(() => cb(err), (er) => cb(er || err));
  } else if (typeof stream.fd === 'number' && stream.autoClose) {
    const fd = stream.fd;
    stream.fd = null;
    binding.close(fd, (er) => cb(er || err));
  } else {
    cb(err);
  }
}

function streamOptions(options, defaults) {
  if (typeof options === 'string') options = { encoding: options };
  else if (options == null) options = {};
  else if (typeof options !== 'object') {
    throw invalidArgType('options', 'one of type string or object', options);
  }
  return Object.assign({}, defaults, options);
}

// A FileHandle of fs/promises (its fd option): the stream reads and writes
// its descriptor and closes through it.
function isFileHandle(v) {
  return v !== null && typeof v === 'object' && typeof v.readLines === 'function' &&
         typeof v.fd === 'number';
}

function initStream(stream, path, options) {
  const fd = options.fd;
  if (isFileHandle(fd)) {
    stream[kHandle] = fd;
    stream.fd = fd.fd;
  } else {
    stream.fd = fd === undefined || fd === null ? null : getValidatedFd(fd);
  }
  stream.path = stream.fd === null ? getValidatedPath(path) : undefined;
  stream.flags = stringToFlags(options.flags);
  stream.mode = parseFileMode(options.mode, 'mode', 0o666);
  stream.start = options.start;
  stream.autoClose = options.autoClose === undefined ? true : options.autoClose;
  if (stream.start !== undefined) {
    validateInteger(stream.start, 'start', 0, Number.MAX_SAFE_INTEGER);
  }
  stream.pos = stream.start;
}

function makeStreams() {
  const { Readable, Writable, finished } = require('stream');

  function ReadStream(path, options) {
    if (!(this instanceof ReadStream)) return new ReadStream(path, options);
    options = streamOptions(options, { flags: 'r' });
    if (options.highWaterMark === undefined) options.highWaterMark = 64 * 1024;
    initStream(this, path, options);
    this.end = options.end === undefined ? Infinity : options.end;
    if (this.end !== Infinity) validateInteger(this.end, 'end', 0, Number.MAX_SAFE_INTEGER);
    if (this.start !== undefined && this.start > this.end) {
      throw outOfRange('start', '<= "end" (here: ' + this.end + ')', this.start);
    }
    this.bytesRead = 0;
    options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
    Readable.call(this, options);
  }
  Object.setPrototypeOf(ReadStream.prototype, Readable.prototype);
  Object.setPrototypeOf(ReadStream, Readable);
  Object.defineProperty(ReadStream.prototype, 'pending', {
    get() { return this.fd === null; }, configurable: true,
  });
  ReadStream.prototype._construct = function _construct(cb) {
    constructStream(this, cb);
  };
  ReadStream.prototype._read = function _read(n) {
    n = this.pos !== undefined ? Math.min(this.end - this.pos + 1, n)
                               : Math.min(this.end - this.bytesRead + 1, n);
    if (n <= 0) {
      this.push(null);
      return;
    }
    const buf = allocBuffer(n);
    binding.read(this.fd, buf, 0, n, this.pos === undefined ? -1 : this.pos, (err, bytes) => {
      if (err) {
        this.destroy(err);
        return;
      }
      if (bytes > 0) {
        if (this.pos !== undefined) this.pos += bytes;
        this.bytesRead += bytes;
        this.push(bytes !== buf.length ? buf.subarray(0, bytes) : buf);
      } else {
        this.push(null);
      }
    });
  };
  ReadStream.prototype._destroy = function _destroy(err, cb) {
    destroyStream(this, err, cb);
  };
  ReadStream.prototype.close = function close(cb) {
    if (typeof cb === 'function') finished(this, cb);
    this.destroy();
  };

  function WriteStream(path, options) {
    if (!(this instanceof WriteStream)) return new WriteStream(path, options);
    options = streamOptions(options, { flags: 'w' });
    options.decodeStrings = true;
    initStream(this, path, options);
    this.bytesWritten = 0;
    options.autoDestroy = options.autoClose === undefined ? true : options.autoClose;
    Writable.call(this, options);
    if (options.encoding) this.setDefaultEncoding(options.encoding);
  }
  Object.setPrototypeOf(WriteStream.prototype, Writable.prototype);
  Object.setPrototypeOf(WriteStream, Writable);
  Object.defineProperty(WriteStream.prototype, 'pending', {
    get() { return this.fd === null; }, configurable: true,
  });
  WriteStream.prototype._construct = function _construct(cb) {
    constructStream(this, cb);
  };
  WriteStream.prototype._write = function _write(data, encoding, cb) {
    const bytes = typeof data === 'string' ? encode(data, encoding) : data;
    binding.write(this.fd, bytes, 0, bytes.length, this.pos === undefined ? -1 : this.pos,
                  (err, n) => {
                    if (err) {
                      cb(err);
                      return;
                    }
                    this.bytesWritten += n;
                    cb();
                  });
    if (this.pos !== undefined) this.pos += bytes.length;
  };
  WriteStream.prototype._destroy = function _destroy(err, cb) {
    destroyStream(this, err, cb);
  };
  WriteStream.prototype.close = function close(cb) {
    if (cb) {
      if (this.closed) {
        process.nextTick(cb);
        return;
      }
      this.on('close', cb);
    }
    if (!this.autoClose) this.on('finish', this.destroy);
    this.end();
  };
  WriteStream.prototype.destroySoon = WriteStream.prototype.end;

  return { ReadStream, WriteStream };
}

function lazyStreams() {
  if (streams === null) streams = makeStreams();
  return streams;
}

function createReadStream(path, options) {
  return new (lazyStreams().ReadStream)(path, options);
}

function createWriteStream(path, options) {
  return new (lazyStreams().WriteStream)(path, options);
}

// ---- the module ---------------------------------------------------------------------

module.exports = {
  appendFile, appendFileSync, access, accessSync, chown, chownSync, chmod, chmodSync,
  close, closeSync, copyFile, copyFileSync, cp, cpSync,
  createReadStream, createWriteStream, exists, existsSync,
  fchown, fchownSync, fchmod, fchmodSync, fdatasync, fdatasyncSync, fstat, fstatSync,
  fsync, fsyncSync, ftruncate, ftruncateSync, futimes, futimesSync, lchown, lchownSync,
  lchmod: undefined, lchmodSync: undefined, link, linkSync, lstat, lstatSync, lutimes, lutimesSync, mkdir, mkdirSync,
  mkdtemp, mkdtempSync, open, openSync, readdir, readdirSync, read, readSync,
  readv, readvSync, readFile, readFileSync, readlink, readlinkSync, realpath, realpathSync,
  rename, renameSync, rm, rmSync, rmdir, rmdirSync, stat, statfs, statSync, statfsSync,
  symlink, symlinkSync, truncate, truncateSync, unwatchFile, unlink, unlinkSync,
  utimes, utimesSync, watch, watchFile, writeFile, writeFileSync, write, writeSync,
  writev, writevSync,
  Dirent: internal.Dirent, Stats: internal.Stats,
  get ReadStream() { return lazyStreams().ReadStream; },
  set ReadStream(v) { Object.defineProperty(this, 'ReadStream', { value: v, writable: true, enumerable: true, configurable: true }); },
  get WriteStream() { return lazyStreams().WriteStream; },
  set WriteStream(v) { Object.defineProperty(this, 'WriteStream', { value: v, writable: true, enumerable: true, configurable: true }); },
  get FileReadStream() { return lazyStreams().ReadStream; },
  set FileReadStream(v) { Object.defineProperty(this, 'FileReadStream', { value: v, writable: true, enumerable: true, configurable: true }); },
  get FileWriteStream() { return lazyStreams().WriteStream; },
  set FileWriteStream(v) { Object.defineProperty(this, 'FileWriteStream', { value: v, writable: true, enumerable: true, configurable: true }); },
  _toUnixTimestamp: toUnixTimestamp,
  Dir, opendir, opendirSync,
  F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  constants,
};

Object.defineProperty(module.exports, 'promises', {
  enumerable: true, configurable: true,
  get() { return require('fs/promises'); },
});
