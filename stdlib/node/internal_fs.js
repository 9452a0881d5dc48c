// SPDX-License-Identifier: MIT
//
// internal_fs.js: what `fs` and `fs/promises` share: argument validation
// with node's error codes and messages, open flags and modes, encodings,
// the Stats and Dirent classes, and node's SystemError for rm.
//
// Bytes: node's functions return Buffers; byte arrays made here are
// wrapped (no copy) as Buffers by toBuffer().
'use strict';
const binding = require('kiln:fs');

// ---- errors -------------------------------------------------------------

// The " Received ..." tail of Node's ERR_INVALID_ARG_TYPE messages.
function describeReceived(value) {
  if (value === null || value === undefined) return ' Received ' + value;
  if (typeof value === 'function') {
    return ' Received function ' + (value.name || '<anonymous>');
  }
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

function codedError(Ctor, code, message) {
  const e = new Ctor(message);
  e.code = code;
  // Node prints these as "TypeError [CODE]: message".
  Object.defineProperty(e, 'stack', {
    value: e.name + ' [' + code + ']: ' + message + '\n    at <anonymous>',
    writable: true, configurable: true, enumerable: false,
  });
  return e;
}

function invalidArgType(name, expected, value) {
  const what = name.includes('.') ? 'The "' + name + '" property'
                                  : 'The "' + name + '" argument';
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                    what + ' must be ' + expected + '.' + describeReceived(value));
}

function inspectShort(value) {
  return require('kiln:internal').inspect(value);
}

function invalidArgValue(name, value, reason) {
  const kind = name.includes('.') ? 'property' : 'argument';
  return codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
                    "The " + kind + " '" + name + "' " + (reason || 'is invalid') +
                    '. Received ' + inspectShort(value));
}

function outOfRange(name, range, value) {
  let shown = String(value);
  if (typeof value === 'number' && Number.isInteger(value) && Math.abs(value) > 2 ** 32) {
    shown = addUnderscores(String(value));
  } else if (typeof value === 'bigint') {
    shown = String(value) + 'n';
  }
  return codedError(RangeError, 'ERR_OUT_OF_RANGE',
                    'The value of "' + name + '" is out of range. It must be ' +
                    range + '. Received ' + shown);
}

function addUnderscores(s) {
  let out = '';
  let i = s.length;
  const start = s[0] === '-' ? 1 : 0;
  for (; i >= start + 4; i -= 3) out = '_' + s.slice(i - 3, i) + out;
  return s.slice(0, i) + out;
}

// Node's SystemError (rm of a directory without `recursive`).
class SystemError extends Error {
  constructor(key, context, message) {
    let text = message + ': ' + context.syscall + ' returned ' + context.code +
               ' (' + context.message + ')';
    if (context.path !== undefined) text += ' ' + context.path;
    if (context.dest !== undefined) text += ' => ' + context.dest;
    super(text);
    this.code = key;
    this.info = context;
    this.errno = context.errno;
    this.syscall = context.syscall;
    if (context.path !== undefined) this.path = context.path;
    if (context.dest !== undefined) this.dest = context.dest;
  }
  get name() { return 'SystemError'; }
  toString() { return 'SystemError [' + this.code + ']: ' + this.message; }
}

// ---- validation ---------------------------------------------------------

function validateFunction(value, name) {
  if (typeof value !== 'function') {
    throw invalidArgType(name, 'of type function', value);
  }
  return value;
}

function makeCallback(cb) {
  return validateFunction(cb, 'cb');
}

function validateInteger(value, name, min, max) {
  if (typeof value !== 'number') throw invalidArgType(name, 'of type number', value);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) {
    throw outOfRange(name, '>= ' + min + ' && <= ' + max, value);
  }
  return value;
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  return validateInteger(value, name, min, max);
}

function validateUint32(value, name) {
  return validateInteger(value, name, 0, 4294967295);
}

function getValidatedFd(fd, name = 'fd') {
  return validateInt32(fd, name, 0);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') throw invalidArgType(name, 'of type boolean', value);
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalidArgType(name, 'of type object', value);
  }
}

function isUint8Array(v) {
  return v instanceof Uint8Array;
}

function isArrayBufferView(v) {
  return ArrayBuffer.isView(v);
}

// A file: URL (the url module's URL, or any object that looks like one).
function isURL(v) {
  return v != null && typeof v === 'object' && typeof v.href === 'string' &&
         typeof v.protocol === 'string' && v.origin !== undefined &&
         v.pathname !== undefined;
}

function fileURLToPath(url) {
  if (url.protocol !== 'file:') {
    throw codedError(TypeError, 'ERR_INVALID_URL_SCHEME', 'The URL must be of scheme file');
  }
  if (url.hostname !== '' && url.hostname !== undefined) {
    throw codedError(TypeError, 'ERR_INVALID_FILE_URL_HOST',
                     'File URL host must be "localhost" or empty on linux');
  }
  const p = url.pathname;
  if (/%2f/i.test(p)) {
    throw codedError(TypeError, 'ERR_INVALID_FILE_URL_PATH',
                     'File URL path must not include encoded / characters');
  }
  return decodeURIComponent(p);
}

// A path argument as a string: strings, Buffers/Uint8Arrays (UTF-8) and
// file: URLs; no NUL bytes.
function getValidatedPath(path, name = 'path') {
  if (isURL(path)) path = fileURLToPath(path);
  else if (isUint8Array(path)) path = decode(path, 'utf8');
  else if (typeof path !== 'string') {
    throw invalidArgType(name, 'of type string or an instance of Buffer or URL', path);
  }
  if (path.includes('\u0000')) {
    throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
                     "The argument '" + name + "' must be a string, Uint8Array, or URL " +
                     'without null bytes. Received ' + inspectShort(path));
  }
  return path;
}

const O = {
  O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2, O_CREAT: 64, O_EXCL: 128, O_TRUNC: 512,
  O_APPEND: 1024, O_SYNC: 1052672,
};

// Node's stringToFlags.
function stringToFlags(flags, name = 'flags') {
  if (typeof flags === 'number') return flags;
  if (flags == null) return O.O_RDONLY;
  switch (flags) {
    case 'r': return O.O_RDONLY;
    case 'rs': case 'sr': return O.O_RDONLY | O.O_SYNC;
    case 'r+': return O.O_RDWR;
    case 'rs+': case 'sr+': return O.O_RDWR | O.O_SYNC;
    case 'w': return O.O_TRUNC | O.O_CREAT | O.O_WRONLY;
    case 'wx': case 'xw': return O.O_TRUNC | O.O_CREAT | O.O_WRONLY | O.O_EXCL;
    case 'w+': return O.O_TRUNC | O.O_CREAT | O.O_RDWR;
    case 'wx+': case 'xw+': return O.O_TRUNC | O.O_CREAT | O.O_RDWR | O.O_EXCL;
    case 'a': return O.O_APPEND | O.O_CREAT | O.O_WRONLY;
    case 'ax': case 'xa': return O.O_APPEND | O.O_CREAT | O.O_WRONLY | O.O_EXCL;
    case 'as': case 'sa': return O.O_APPEND | O.O_CREAT | O.O_WRONLY | O.O_SYNC;
    case 'a+': return O.O_APPEND | O.O_CREAT | O.O_RDWR;
    case 'ax+': case 'xa+': return O.O_APPEND | O.O_CREAT | O.O_RDWR | O.O_EXCL;
    case 'as+': case 'sa+': return O.O_APPEND | O.O_CREAT | O.O_RDWR | O.O_SYNC;
  }
  throw invalidArgValue('flags', flags);
}

// Node's parseFileMode: a number, or a string of octal digits.
function parseFileMode(value, name, def) {
  if (value == null) value = def;
  if (typeof value === 'string') {
    if (!/^[0-7]+$/.test(value)) {
      throw invalidArgValue(name, value, 'must be a 32-bit unsigned integer or an octal string');
    }
    value = parseInt(value, 8);
  }
  validateUint32(value, name);
  return value;
}

// ---- encodings ----------------------------------------------------------

function normalizeEncoding(enc) {
  if (enc == null || enc === 'utf8' || enc === 'utf-8') return 'utf8';
  switch (String(enc).toLowerCase()) {
    case 'utf8': case 'utf-8': return 'utf8';
    case 'ucs2': case 'ucs-2': case 'utf16le': case 'utf-16le': return 'utf16le';
    case 'latin1': case 'binary': return 'latin1';
    case 'base64': return 'base64';
    case 'base64url': return 'base64url';
    case 'hex': return 'hex';
    case 'ascii': return 'ascii';
    case 'buffer': return 'buffer';
  }
  return undefined;
}

function assertEncoding(enc) {
  if (enc && enc !== 'buffer' && normalizeEncoding(enc) === undefined) {
    throw invalidArgValue('encoding', enc, 'is invalid encoding');
  }
}

const { Buffer } = require('buffer');

// The bytes of a string in an encoding, as a Buffer.
function encode(str, encoding) {
  return Buffer.from(str, encoding || 'utf8');
}

// Bytes (any Uint8Array) as a Buffer over the same memory.
function toBuffer(u8) {
  return u8 instanceof Buffer ? u8 : Buffer.from(u8.buffer, u8.byteOffset, u8.length);
}

// The text of bytes [start, end) in an encoding.
function decode(bytes, encoding, start = 0, end = bytes.length) {
  return toBuffer(bytes).toString(normalizeEncoding(encoding) || 'utf8', start, end);
}

function allocBuffer(n) {
  return Buffer.alloc(n);
}

// Bytes as a Buffer, or as text when an encoding other than 'buffer' is
// asked for.
function bytesResult(u8, encoding) {
  if (encoding && encoding !== 'buffer') return decode(u8, encoding);
  return toBuffer(u8);
}

// The `data` argument of writeFile & co as a byte view.
function dataBytes(data, encoding, name = 'data') {
  if (typeof data === 'string') return encode(data, encoding);
  if (isArrayBufferView(data)) {
    return data instanceof Uint8Array ? data
      : new Uint8Array(data.buffer, data.byteOffset, data.byteLength);
  }
  throw invalidArgType(name, 'of type string or an instance of Buffer, TypedArray, or DataView', data);
}

// Node's getOptions: a string is the encoding, an object the options.
function getOptions(options, defaults) {
  if (options == null || typeof options === 'function') return defaults;
  if (typeof options === 'string') {
    options = Object.assign({}, defaults, { encoding: options });
  } else if (typeof options !== 'object') {
    throw invalidArgType('options', 'one of type string or object', options);
  } else {
    options = Object.assign({}, defaults, options);
  }
  if (options.encoding !== 'buffer') assertEncoding(options.encoding);
  return options;
}

// ---- Stats ----------------------------------------------------------------

const S_IFMT = 61440, S_IFREG = 32768, S_IFDIR = 16384, S_IFCHR = 8192,
  S_IFBLK = 24576, S_IFIFO = 4096, S_IFLNK = 40960, S_IFSOCK = 49152;

function dateFromMs(ms) {
  return new Date(Math.round(Number(ms)));
}

function Stats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
               atimeMs, mtimeMs, ctimeMs, birthtimeMs) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
  this.atimeMs = atimeMs;
  this.mtimeMs = mtimeMs;
  this.ctimeMs = ctimeMs;
  this.birthtimeMs = birthtimeMs;
  this.atime = dateFromMs(atimeMs);
  this.mtime = dateFromMs(mtimeMs);
  this.ctime = dateFromMs(ctimeMs);
  this.birthtime = dateFromMs(birthtimeMs);
}

function BigIntStats(dev, mode, nlink, uid, gid, rdev, blksize, ino, size, blocks,
                     atimeNs, mtimeNs, ctimeNs, birthtimeNs) {
  this.dev = dev;
  this.mode = mode;
  this.nlink = nlink;
  this.uid = uid;
  this.gid = gid;
  this.rdev = rdev;
  this.blksize = blksize;
  this.ino = ino;
  this.size = size;
  this.blocks = blocks;
  this.atimeMs = atimeNs / 1000000n;
  this.mtimeMs = mtimeNs / 1000000n;
  this.ctimeMs = ctimeNs / 1000000n;
  this.birthtimeMs = birthtimeNs / 1000000n;
  this.atimeNs = atimeNs;
  this.mtimeNs = mtimeNs;
  this.ctimeNs = ctimeNs;
  this.birthtimeNs = birthtimeNs;
  this.atime = dateFromMs(this.atimeMs);
  this.mtime = dateFromMs(this.mtimeMs);
  this.ctime = dateFromMs(this.ctimeMs);
  this.birthtime = dateFromMs(this.birthtimeMs);
}

function defineTypeChecks(proto, big) {
  const kind = (self, type) => big ? (self.mode & BigInt(S_IFMT)) === BigInt(type)
                                   : (self.mode & S_IFMT) === type;
  const methods = {
    isDirectory() { return kind(this, S_IFDIR); },
    isFile() { return kind(this, S_IFREG); },
    isBlockDevice() { return kind(this, S_IFBLK); },
    isCharacterDevice() { return kind(this, S_IFCHR); },
    isSymbolicLink() { return kind(this, S_IFLNK); },
    isFIFO() { return kind(this, S_IFIFO); },
    isSocket() { return kind(this, S_IFSOCK); },
  };
  for (const name of Object.keys(methods)) {
    Object.defineProperty(proto, name, {
      value: methods[name], writable: true, configurable: true, enumerable: false,
    });
  }
}
defineTypeChecks(Stats.prototype, false);
defineTypeChecks(BigIntStats.prototype, true);

// A Stats from the natives' array (see stat_array in fs.c).
function makeStats(a, bigint) {
  if (!bigint) {
    const ms = (i) => a[i] * 1e3 + a[i + 1] / 1e6;
    return new Stats(a[0], a[1], a[2], a[3], a[4], a[5], a[6], a[7], a[8], a[9],
                     ms(10), ms(12), ms(14), ms(16));
  }
  const ns = (i) => BigInt(a[i]) * 1000000000n + BigInt(a[i + 1]);
  const b = (i) => BigInt(a[i]);
  return new BigIntStats(b(0), b(1), b(2), b(3), b(4), b(5), b(6), b(7), b(8), b(9),
                         ns(10), ns(12), ns(14), ns(16));
}

// StatFs from the natives' [type, bsize, blocks, bfree, bavail, files, ffree].
function StatFs(type, bsize, blocks, bfree, bavail, files, ffree) {
  this.type = type;
  this.bsize = bsize;
  this.blocks = blocks;
  this.bfree = bfree;
  this.bavail = bavail;
  this.files = files;
  this.ffree = ffree;
}

function makeStatFs(a, bigint) {
  return bigint ? new StatFs(...a.map((x) => BigInt(x))) : new StatFs(...a);
}

// ---- Dirent ---------------------------------------------------------------

const kType = Symbol('type');
const UV_DIRENT = { FILE: 1, DIR: 2, LINK: 3, FIFO: 4, SOCKET: 5, CHAR: 6, BLOCK: 7 };

class Dirent {
  constructor(name, type, path) {
    this.name = name;
    this.parentPath = path;
    this.path = path;
    this[kType] = type;
  }
  isDirectory() { return this[kType] === UV_DIRENT.DIR; }
  isFile() { return this[kType] === UV_DIRENT.FILE; }
  isBlockDevice() { return this[kType] === UV_DIRENT.BLOCK; }
  isCharacterDevice() { return this[kType] === UV_DIRENT.CHAR; }
  isSymbolicLink() { return this[kType] === UV_DIRENT.LINK; }
  isFIFO() { return this[kType] === UV_DIRENT.FIFO; }
  isSocket() { return this[kType] === UV_DIRENT.SOCKET; }
}

// ---- times ---------------------------------------------------------------

// Node's toUnixTimestamp: seconds from a number, numeric string or Date.
function toUnixTimestamp(time, name = 'time') {
  name = 'time';  // node names every time argument "time"

  if (typeof time === 'string' && +time == time) return +time;
  if (typeof time === 'number' && Number.isFinite(time)) {
    return time < 0 ? Date.now() / 1000 : time;
  }
  if (time instanceof Date) return time.getTime() / 1000;
  throw invalidArgType(name, 'an instance of Date or an Time in seconds', time);
}

const constants = {
  UV_FS_SYMLINK_DIR: 1, UV_FS_SYMLINK_JUNCTION: 2, O_RDONLY: 0, O_WRONLY: 1, O_RDWR: 2,
  UV_DIRENT_UNKNOWN: 0, UV_DIRENT_FILE: 1, UV_DIRENT_DIR: 2, UV_DIRENT_LINK: 3,
  UV_DIRENT_FIFO: 4, UV_DIRENT_SOCKET: 5, UV_DIRENT_CHAR: 6, UV_DIRENT_BLOCK: 7,
  EXTENSIONLESS_FORMAT_JAVASCRIPT: 0, EXTENSIONLESS_FORMAT_WASM: 1,
  S_IFMT: 61440, S_IFREG: 32768, S_IFDIR: 16384, S_IFCHR: 8192, S_IFBLK: 24576,
  S_IFIFO: 4096, S_IFLNK: 40960, S_IFSOCK: 49152, O_CREAT: 64, O_EXCL: 128,
  UV_FS_O_FILEMAP: 0, O_NOCTTY: 256, O_TRUNC: 512, O_APPEND: 1024, O_DIRECTORY: 65536,
  O_NOATIME: 262144, O_NOFOLLOW: 131072, O_SYNC: 1052672, O_DSYNC: 4096,
  O_DIRECT: 16384, O_NONBLOCK: 2048, S_IRWXU: 448, S_IRUSR: 256, S_IWUSR: 128,
  S_IXUSR: 64, S_IRWXG: 56, S_IRGRP: 32, S_IWGRP: 16, S_IXGRP: 8, S_IRWXO: 7,
  S_IROTH: 4, S_IWOTH: 2, S_IXOTH: 1, F_OK: 0, R_OK: 4, W_OK: 2, X_OK: 1,
  UV_FS_COPYFILE_EXCL: 1, COPYFILE_EXCL: 1, UV_FS_COPYFILE_FICLONE: 2,
  COPYFILE_FICLONE: 2, UV_FS_COPYFILE_FICLONE_FORCE: 4, COPYFILE_FICLONE_FORCE: 4,
};
Object.freeze(constants);

module.exports = {
  binding, codedError, invalidArgType, invalidArgValue, outOfRange, SystemError,
  validateFunction, makeCallback, validateInteger, validateInt32, validateUint32,
  getValidatedFd, validateBoolean, validateObject, isArrayBufferView, isUint8Array,
  getValidatedPath, stringToFlags, parseFileMode, normalizeEncoding, assertEncoding,
  encode, decode, toBuffer, allocBuffer, bytesResult, dataBytes, getOptions,
  Stats, BigIntStats, makeStats, StatFs, makeStatFs, Dirent, kType, toUnixTimestamp, constants, O,
  fileURLToPath,
};
