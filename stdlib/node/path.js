// Kiln standard library: Node's `path` module (POSIX flavour), written for
// Kiln's library mode and compiled by Kiln itself when Kiln is built.
//
// Implements, with Node 20's results: sep, delimiter, normalize, join,
// resolve (relative to process.cwd()), isAbsolute, relative, dirname,
// basename (with suffix), extname, parse, format, toNamespacedPath (and its
// old alias _makeLong), and `posix` (this same object).
// Not implemented: `win32` (Windows path rules) and the experimental
// matchesGlob. Non-string arguments raise a TypeError whose code is
// 'ERR_INVALID_ARG_TYPE' and whose message is worded like Node's.
//
// No regular expressions are used: all scanning is done by hand.
'use strict';

// ---- errors -------------------------------------------------------------

// The " Received ..." tail of Node's ERR_INVALID_ARG_TYPE messages.
function describeReceived(value) {
  if (value === null || value === undefined) return ' Received ' + value;
  if (typeof value === 'function') return ' Received function ' + value.name;
  if (typeof value === 'object') {
    const ctor = value.constructor;
    if (ctor && 'name' in ctor) return ' Received an instance of ' + ctor.name;
    const empty = Object.keys(value).length === 0;
    if (Object.getPrototypeOf(value) === null) {
      return ' Received [Object: null prototype]' + (empty ? ' {}' : '');
    }
    return ' Received ' + (empty ? '{}' : '[Object]');
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

function invalidArgType(name, expected, value) {
  const e = new TypeError('The "' + name + '" argument must be of type ' +
                          expected + '.' + describeReceived(value));
  e.code = 'ERR_INVALID_ARG_TYPE';
  return e;
}

function checkString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(name, 'string', value);
}

// ---- helpers -------------------------------------------------------------

const SLASH = '/';

// Collapses the segments of `path`: drops empty and '.' segments, folds
// 'x/..' away. '..' that would climb above the start is kept when
// `allowAboveRoot` is true and dropped otherwise. The result has no leading
// or trailing slash.
function collapseSegments(path, allowAboveRoot) {
  const out = [];
  for (const segment of path.split(SLASH)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (allowAboveRoot) out.push('..');
      continue;
    }
    out.push(segment);
  }
  return out.join(SLASH);
}

// Index just past the last non-slash character, or -1 if there is none.
function endOfLastPart(path) {
  let end = path.length;
  while (end > 0 && path[end - 1] === SLASH) end--;
  return end === 0 ? -1 : end;
}

// Index of the first character of the part ending at `end`.
function startOfPart(path, end) {
  let start = end;
  while (start > 0 && path[start - 1] !== SLASH) start--;
  return start;
}

// The extension of a single path part (no slashes), by Node's rules:
// the text from the last dot, unless the dot is the first character
// ('.bashrc') or the part is '..'.
function extOfPart(part) {
  const dot = part.lastIndexOf('.');
  if (dot <= 0 || part === '..') return '';
  return part.slice(dot);
}

// ---- the module ----------------------------------------------------------

function isAbsolute(path) {
  checkString(path, 'path');
  return path.length > 0 && path[0] === SLASH;
}

function normalize(path) {
  checkString(path, 'path');
  if (path.length === 0) return '.';
  const absolute = path[0] === SLASH;
  const trailingSlash = path[path.length - 1] === SLASH;
  let result = collapseSegments(path, !absolute);
  if (result.length === 0) {
    if (absolute) return SLASH;
    return trailingSlash ? './' : '.';
  }
  if (trailingSlash) result += SLASH;
  return absolute ? SLASH + result : result;
}

function join(...parts) {
  let joined = '';
  for (const part of parts) {
    checkString(part, 'path');
    if (part.length === 0) continue;
    joined = joined.length === 0 ? part : joined + SLASH + part;
  }
  if (joined.length === 0) return '.';
  return normalize(joined);
}

function resolve(...paths) {
  let resolved = '';
  let absolute = false;
  // Walk from the right until an absolute path is found; the current
  // directory is the last resort.
  for (let i = paths.length - 1; i >= -1 && !absolute; i--) {
    const path = i >= 0 ? paths[i] : process.cwd();
    checkString(path, 'paths[' + i + ']');
    if (path.length === 0) continue;
    resolved = path + SLASH + resolved;
    absolute = path[0] === SLASH;
  }
  resolved = collapseSegments(resolved, !absolute);
  if (absolute) return SLASH + resolved;
  return resolved.length > 0 ? resolved : '.';
}

function relative(from, to) {
  checkString(from, 'from');
  checkString(to, 'to');
  if (from === to) return '';
  from = resolve(from);
  to = resolve(to);
  if (from === to) return '';
  // Both are now absolute and normalized: '/' or '/a/b' (no trailing slash).
  const fromParts = from === SLASH ? [] : from.slice(1).split(SLASH);
  const toParts = to === SLASH ? [] : to.slice(1).split(SLASH);
  let common = 0;
  while (common < fromParts.length && common < toParts.length &&
         fromParts[common] === toParts[common]) {
    common++;
  }
  const out = [];
  for (let i = common; i < fromParts.length; i++) out.push('..');
  for (let i = common; i < toParts.length; i++) out.push(toParts[i]);
  return out.join(SLASH);
}

function dirname(path) {
  checkString(path, 'path');
  if (path.length === 0) return '.';
  const rooted = path[0] === SLASH;
  // Skip trailing slashes (never the first character), then the last part,
  // and cut at the slash before it.
  let i = path.length - 1;
  while (i >= 1 && path[i] === SLASH) i--;
  while (i >= 1 && path[i] !== SLASH) i--;
  if (i < 1) return rooted ? SLASH : '.';
  if (rooted && i === 1) return '//';
  return path.slice(0, i);
}

function basename(path, suffix) {
  if (suffix !== undefined) checkString(suffix, 'suffix');
  checkString(path, 'path');
  const end = endOfLastPart(path);
  const start = end === -1 ? 0 : startOfPart(path, end);
  const part = end === -1 ? '' : path.slice(start, end);
  if (suffix === undefined || suffix.length === 0 ||
      suffix.length > path.length) {
    return part;
  }
  if (suffix === path) return '';
  if (part.length > suffix.length) {
    // Strip the suffix when the part ends with it.
    return part.endsWith(suffix) ? part.slice(0, part.length - suffix.length)
                                 : part;
  }
  if (part === suffix) return part;
  // The part is shorter than the suffix. When it is a tail of the suffix,
  // Node returns everything from the part's start, trailing slashes included.
  return suffix.endsWith(part) ? path.slice(start) : part;
}

function extname(path) {
  checkString(path, 'path');
  const end = endOfLastPart(path);
  if (end === -1) return '';
  return extOfPart(path.slice(startOfPart(path, end), end));
}

function parse(path) {
  checkString(path, 'path');
  const result = { root: '', dir: '', base: '', ext: '', name: '' };
  if (path.length === 0) return result;
  const absolute = path[0] === SLASH;
  if (absolute) result.root = SLASH;
  const end = endOfLastPart(path);
  if (end === -1) {
    // Nothing but slashes.
    result.dir = SLASH;
    return result;
  }
  // The last part; in an absolute path the leading slash is never searched,
  // so a part starting right after it counts as starting at 0.
  let start = startOfPart(path, end);
  if (absolute && start === 1) start = 0;
  const base = path.slice(absolute && start === 0 ? 1 : start, end);
  result.base = base;
  let ext = extOfPart(base);
  // Node's parse (unlike extname) treats '/..' as having the extension '.'.
  if (absolute && start === 0 && base === '..') ext = '.';
  result.ext = ext;
  result.name = base.slice(0, base.length - ext.length);
  if (start > 0) result.dir = path.slice(0, start - 1);
  else if (absolute) result.dir = SLASH;
  return result;
}

function format(pathObject) {
  if (pathObject === null || typeof pathObject !== 'object' ||
      Array.isArray(pathObject)) {
    throw invalidArgType('pathObject', 'object', pathObject);
  }
  const dir = pathObject.dir || pathObject.root;
  let base = pathObject.base;
  if (!base) {
    const ext = pathObject.ext;
    base = (pathObject.name || '') +
           (ext ? (ext[0] === '.' ? ext : '.' + ext) : '');
  }
  if (!dir) return base;
  return dir === pathObject.root ? dir + base : dir + SLASH + base;
}

function toNamespacedPath(path) {
  // POSIX paths have no namespace prefix.
  return path;
}

const path = {
  resolve,
  normalize,
  isAbsolute,
  join,
  relative,
  toNamespacedPath,
  dirname,
  basename,
  extname,
  format,
  parse,
  sep: SLASH,
  delimiter: ':',
  win32: null,
  posix: null,
  _makeLong: toNamespacedPath,
};
path.posix = path;
// Windows rules are not implemented; `win32` is left out.
delete path.win32;

module.exports = path;
