// Kiln standard library: Node's `path` module (POSIX flavour), written for
// Kiln's library mode and compiled by Kiln itself when Kiln is built.
//
// Implements, with Node 20's results: sep, delimiter, normalize, join,
// resolve (relative to process.cwd()), isAbsolute, relative, dirname,
// basename (with suffix), extname, parse, format, toNamespacedPath (and its
// old alias _makeLong), `posix` (this same object) and `win32` (Windows
// rules, as node has them on any host).
// Not implemented: the experimental matchesGlob. Non-string arguments
// raise a TypeError whose code is 'ERR_INVALID_ARG_TYPE' and whose message
// is worded like Node's.
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
  return formatWith(SLASH, pathObject);
}

function formatWith(sep, pathObject) {
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
  return dir === pathObject.root ? dir + base : dir + sep + base;
}

function toNamespacedPath(path) {
  // POSIX paths have no namespace prefix.
  return path;
}

// ---- win32 ------------------------------------------------------------------
//
// Windows rules, with node's results on any host: '\\' and '/' both
// separate, a root is '\\', a drive ('C:' or 'C:\\') or a UNC share
// ('\\\\server\\share\\'); drive letters compare without case.

const BSLASH = '\\';

function isSep(c) {
  return c === '/' || c === '\\';
}

function isDriveLetter(c) {
  return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

function hasDrive(path) {
  return path.length >= 2 && path[1] === ':' && isDriveLetter(path[0]);
}

// Segment folding for win32 (node's normalizeString with '\\'): both
// separators split, '\\' joins.
function collapseWin32(path, allowAboveRoot) {
  let res = '';
  let lastLen = 0;
  let lastSep = -1;
  let dots = 0;
  let c = '';
  for (let i = 0; i <= path.length; i++) {
    if (i < path.length) c = path[i];
    else if (isSep(c)) break;
    else c = '/';
    if (isSep(c)) {
      if (lastSep === i - 1 || dots === 1) {
        // an empty or '.' segment
      } else if (dots === 2) {
        const endsInDotDot = res.length >= 2 && lastLen === 2 &&
                             res[res.length - 1] === '.' && res[res.length - 2] === '.';
        if (!endsInDotDot && res.length > 2) {
          const cut = res.lastIndexOf(BSLASH);
          if (cut === -1) {
            res = '';
            lastLen = 0;
          } else {
            res = res.slice(0, cut);
            lastLen = res.length - 1 - res.lastIndexOf(BSLASH);
          }
          lastSep = i;
          dots = 0;
          continue;
        }
        if (!endsInDotDot && res.length !== 0) {
          res = '';
          lastLen = 0;
          lastSep = i;
          dots = 0;
          continue;
        }
        if (allowAboveRoot) {
          res += res.length > 0 ? '\\..' : '..';
          lastLen = 2;
        }
      } else {
        const seg = path.slice(lastSep + 1, i);
        res = res.length > 0 ? res + BSLASH + seg : seg;
        lastLen = i - lastSep - 1;
      }
      lastSep = i;
      dots = 0;
    } else if (c === '.' && dots !== -1) {
      dots++;
    } else {
      dots = -1;
    }
  }
  return res;
}

// Scans a UNC root '\\\\server\\share' from index 2. Returns
// { server, shareStart, shareEnd } or null when there is no share.
function scanUnc(path) {
  const len = path.length;
  let j = 2;
  let last = j;
  while (j < len && !isSep(path[j])) j++;
  if (j >= len || j === last) return null;
  const server = path.slice(last, j);
  last = j;
  while (j < len && isSep(path[j])) j++;
  if (j >= len || j === last) return null;
  last = j;
  while (j < len && !isSep(path[j])) j++;
  return { server, shareStart: last, shareEnd: j };
}

// The root of a win32 path: { device, rootEnd, absolute }; a UNC root
// whose share name ends the path is { uncOnly: true }.
function win32Root(path) {
  const len = path.length;
  const root = { device: '', rootEnd: 0, absolute: false, uncOnly: false };
  if (len === 0) return root;
  if (isSep(path[0])) {
    root.absolute = true;
    root.rootEnd = 1;
    if (len > 1 && isSep(path[1])) {
      root.rootEnd = 0;
      const unc = scanUnc(path);
      if (unc && (unc.server === '.' || unc.server === '?')) {
        // A device or long path ('\\\\.\\pipe', '\\\\?\\C:'): node 20 keeps
        // '\\\\.' or '\\\\?' as the device and the rest as the path.
        root.device = '\\\\' + unc.server;
        root.rootEnd = unc.shareStart;
      } else if (unc && (unc.shareEnd === len || unc.shareEnd !== unc.shareStart)) {
        root.device = '\\\\' + unc.server + BSLASH + path.slice(unc.shareStart, unc.shareEnd);
        root.rootEnd = unc.shareEnd;
        root.uncOnly = unc.shareEnd === len;
      } else if (!unc) {
        root.rootEnd = 0;
      }
    }
  } else if (hasDrive(path)) {
    root.device = path.slice(0, 2);
    root.rootEnd = 2;
    if (len > 2 && isSep(path[2])) {
      root.absolute = true;
      root.rootEnd = 3;
    }
  }
  return root;
}

function win32Resolve(...args) {
  let device = '';
  let tail = '';
  let absolute = false;
  for (let i = args.length - 1; i >= -1; i--) {
    let path;
    if (i >= 0) {
      path = args[i];
      checkString(path, 'paths[' + i + ']');
      if (path.length === 0) continue;
    } else if (device.length === 0) {
      path = process.cwd();
    } else {
      // The cwd of that drive (cmd.exe keeps it in the env as '=C:').
      path = process.env['=' + device] || process.cwd();
      if (path === undefined ||
          (path.slice(0, 2).toLowerCase() !== device.toLowerCase() && path[2] === BSLASH)) {
        path = device + BSLASH;
      }
    }
    const r = win32Root(path);
    if (r.device.length > 0) {
      if (device.length > 0) {
        if (r.device.toLowerCase() !== device.toLowerCase()) continue;
      } else {
        device = r.device;
      }
    }
    if (absolute) {
      if (device.length > 0) break;
    } else {
      tail = path.slice(r.rootEnd) + BSLASH + tail;
      absolute = r.absolute;
      if (absolute && device.length > 0) break;
    }
  }
  tail = collapseWin32(tail, !absolute);
  return absolute ? device + BSLASH + tail : (device + tail) || '.';
}

const WIN32_RESERVED = ['CON', 'PRN', 'AUX', 'NUL', 'COM1', 'COM2', 'COM3', 'COM4', 'COM5',
                        'COM6', 'COM7', 'COM8', 'COM9', 'LPT1', 'LPT2', 'LPT3', 'LPT4',
                        'LPT5', 'LPT6', 'LPT7', 'LPT8', 'LPT9'];

function win32Normalize(path) {
  checkString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  if (len === 1) return path === '/' ? BSLASH : path;
  // Node 20's guards against a relative path that Windows would read as a
  // device or a drive: 'CON:x' keeps its device name behind '.\\'.
  // (Node tests path.slice(0, indexOf(':')), so without a ':' the name is
  // all but the last character: 'CONx' and 'CON\\' are guarded too.)
  const colon = path.indexOf(':');
  if (WIN32_RESERVED.includes(path.slice(0, colon).toUpperCase())) {
    const rest = collapseWin32(path.slice(colon + 1), true) || '.';
    return '.\\' + path.slice(0, colon + 1) + rest + (isSep(path[len - 1]) ? BSLASH : '');
  }
  const r = win32Root(path);
  if (r.uncOnly) return r.device + BSLASH;
  let tail = r.rootEnd < len ? collapseWin32(path.slice(r.rootEnd), !r.absolute) : '';
  if (tail.length === 0 && !r.absolute) tail = '.';
  if (tail.length > 0 && isSep(path[len - 1])) tail += BSLASH;
  if (r.device === '' && !r.absolute && colon !== -1) {
    // ... and a relative result that starts like a drive ('c:'), or any
    // ':' that ends a segment ('x\\C:\\y'), gets '.\\' in front.
    if (hasDrive(tail)) return '.\\' + tail;
    for (let i = colon; i !== -1; i = path.indexOf(':', i + 1)) {
      if (i === len - 1 || isSep(path[i + 1])) return '.\\' + tail;
    }
  }
  if (r.device === '') return r.absolute ? BSLASH + tail : tail;
  return r.absolute ? r.device + BSLASH + tail : r.device + tail;
}

function win32IsAbsolute(path) {
  checkString(path, 'path');
  if (path.length === 0) return false;
  return isSep(path[0]) || (path.length > 2 && hasDrive(path) && isSep(path[2]));
}

function win32Join(...args) {
  if (args.length === 0) return '.';
  let joined;
  let first;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    checkString(arg, 'path');
    if (arg.length > 0) {
      if (joined === undefined) joined = first = arg;
      else joined += BSLASH + arg;
    }
  }
  if (joined === undefined) return '.';
  // A first part that starts a UNC root ('\\\\server') keeps it; any other
  // run of leading separators becomes one.
  let collapse = true;
  let seps = 0;
  if (isSep(first[0])) {
    seps++;
    if (first.length > 1 && isSep(first[1])) {
      seps++;
      if (first.length > 2) {
        if (isSep(first[2])) seps++;
        else collapse = false;
      }
    }
  }
  if (collapse) {
    while (seps < joined.length && isSep(joined[seps])) seps++;
    if (seps >= 2) joined = BSLASH + joined.slice(seps);
  }
  return win32Normalize(joined);
}

function win32Relative(from, to) {
  checkString(from, 'from');
  checkString(to, 'to');
  if (from === to) return '';
  const fromOrig = win32Resolve(from);
  const toOrig = win32Resolve(to);
  if (fromOrig === toOrig) return '';
  from = fromOrig.toLowerCase();
  to = toOrig.toLowerCase();
  if (from === to) return '';
  let fromStart = 0;
  while (fromStart < from.length && from[fromStart] === BSLASH) fromStart++;
  let fromEnd = from.length;
  while (fromEnd - 1 > fromStart && from[fromEnd - 1] === BSLASH) fromEnd--;
  const fromLen = fromEnd - fromStart;
  let toStart = 0;
  while (toStart < to.length && to[toStart] === BSLASH) toStart++;
  let toEnd = to.length;
  while (toEnd - 1 > toStart && to[toEnd - 1] === BSLASH) toEnd--;
  const toLen = toEnd - toStart;
  const length = fromLen < toLen ? fromLen : toLen;
  let lastCommonSep = -1;
  let i = 0;
  for (; i < length; i++) {
    const c = from[fromStart + i];
    if (c !== to[toStart + i]) break;
    if (c === BSLASH) lastCommonSep = i;
  }
  if (i !== length) {
    if (lastCommonSep === -1) return toOrig;   // different drives
  } else {
    if (toLen > length) {
      if (to[toStart + i] === BSLASH) return toOrig.slice(toStart + i + 1);
      if (i === 2) return toOrig.slice(toStart + i);   // from is a drive root
    }
    if (fromLen > length) {
      if (from[fromStart + i] === BSLASH) lastCommonSep = i;
      else if (i === 2) lastCommonSep = 3;
    }
    if (lastCommonSep === -1) lastCommonSep = 0;
  }
  let out = '';
  for (i = fromStart + lastCommonSep + 1; i <= fromEnd; i++) {
    if (i === fromEnd || from[i] === BSLASH) out += out.length === 0 ? '..' : '\\..';
  }
  toStart += lastCommonSep;
  if (out.length > 0) return out + toOrig.slice(toStart, toEnd);
  if (toOrig[toStart] === BSLASH) toStart++;
  return toOrig.slice(toStart, toEnd);
}

function win32ToNamespacedPath(path) {
  if (typeof path !== 'string' || path.length === 0) return path;
  const resolved = win32Resolve(path);
  if (resolved.length <= 2) return path;
  if (resolved[0] === BSLASH) {
    if (resolved[1] === BSLASH) {
      const c = resolved[2];
      if (c !== '?' && c !== '.') return '\\\\?\\UNC\\' + resolved.slice(2);
    }
  } else if (hasDrive(resolved) && resolved[2] === BSLASH) {
    return '\\\\?\\' + resolved;
  }
  return resolved;
}

// The index after a win32 root as dirname and parse count it: a UNC root
// includes the separator after the share; `whole` when the path is only a
// UNC root.
function win32RootEnd(path) {
  const len = path.length;
  if (isSep(path[0])) {
    if (len > 1 && isSep(path[1])) {
      const unc = scanUnc(path);
      if (unc) {
        if (unc.shareEnd === len) return { end: len, whole: true };
        if (unc.shareEnd !== unc.shareStart) return { end: unc.shareEnd + 1, whole: false };
      }
    }
    return { end: 1, whole: false };
  }
  if (hasDrive(path)) {
    return { end: len > 2 && isSep(path[2]) ? 3 : 2, whole: false };
  }
  return { end: 0, whole: false };
}

function win32Dirname(path) {
  checkString(path, 'path');
  const len = path.length;
  if (len === 0) return '.';
  if (len === 1) return isSep(path[0]) ? path : '.';
  const root = win32RootEnd(path);
  if (root.whole) return path;
  const rootEnd = root.end > 0 ? root.end : -1;
  const offset = root.end;
  let end = -1;
  let matchedSep = true;
  for (let i = len - 1; i >= offset; i--) {
    if (isSep(path[i])) {
      if (!matchedSep) {
        end = i;
        break;
      }
    } else {
      matchedSep = false;
    }
  }
  if (end === -1) {
    if (rootEnd === -1) return '.';
    end = rootEnd;
  }
  return path.slice(0, end);
}

function win32Basename(path, suffix) {
  if (suffix !== undefined) checkString(suffix, 'suffix');
  checkString(path, 'path');
  let start = hasDrive(path) ? 2 : 0;
  let end = -1;
  let matchedSep = true;
  if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
    if (suffix === path) return '';
    let extIdx = suffix.length - 1;
    let firstNonSepEnd = -1;
    for (let i = path.length - 1; i >= start; i--) {
      const c = path[i];
      if (isSep(c)) {
        if (!matchedSep) {
          start = i + 1;
          break;
        }
      } else {
        if (firstNonSepEnd === -1) {
          matchedSep = false;
          firstNonSepEnd = i + 1;
        }
        if (extIdx >= 0) {
          if (c === suffix[extIdx]) {
            if (--extIdx === -1) end = i;
          } else {
            extIdx = -1;
            end = firstNonSepEnd;
          }
        }
      }
    }
    if (start === end) end = firstNonSepEnd;
    else if (end === -1) end = path.length;
    return path.slice(start, end);
  }
  for (let i = path.length - 1; i >= start; i--) {
    if (isSep(path[i])) {
      if (!matchedSep) {
        start = i + 1;
        break;
      }
    } else if (end === -1) {
      matchedSep = false;
      end = i + 1;
    }
  }
  return end === -1 ? '' : path.slice(start, end);
}

// The base name's extension bounds from `from` on (shared by extname and
// parse): { startPart, startDot, end, preDotState }.
function win32ScanExt(path, from) {
  let startDot = -1;
  let startPart = from;
  let end = -1;
  let matchedSep = true;
  let preDotState = 0;
  for (let i = path.length - 1; i >= from; i--) {
    const c = path[i];
    if (isSep(c)) {
      if (!matchedSep) {
        startPart = i + 1;
        break;
      }
      continue;
    }
    if (end === -1) {
      matchedSep = false;
      end = i + 1;
    }
    if (c === '.') {
      if (startDot === -1) startDot = i;
      else if (preDotState !== 1) preDotState = 1;
    } else if (startDot !== -1) {
      preDotState = -1;
    }
  }
  const noExt = startDot === -1 || end === -1 || preDotState === 0 ||
    (preDotState === 1 && startDot === end - 1 && startDot === startPart + 1);
  return { startPart, startDot: noExt ? -1 : startDot, end };
}

function win32Extname(path) {
  checkString(path, 'path');
  const s = win32ScanExt(path, hasDrive(path) ? 2 : 0);
  return s.startDot === -1 ? '' : path.slice(s.startDot, s.end);
}

function win32Parse(path) {
  checkString(path, 'path');
  const ret = { root: '', dir: '', base: '', ext: '', name: '' };
  const len = path.length;
  if (len === 0) return ret;
  if (len === 1) {
    if (isSep(path[0])) ret.root = ret.dir = path;
    else ret.base = ret.name = path;
    return ret;
  }
  let rootEnd;
  if (hasDrive(path)) {
    if (len === 2 || (len === 3 && isSep(path[2]))) {
      ret.root = ret.dir = path;
      return ret;
    }
    rootEnd = isSep(path[2]) ? 3 : 2;
  } else {
    rootEnd = win32RootEnd(path).end;
  }
  if (rootEnd > 0) ret.root = path.slice(0, rootEnd);
  const s = win32ScanExt(path, rootEnd);
  if (s.end !== -1) {
    ret.base = path.slice(s.startPart, s.end);
    if (s.startDot === -1) {
      ret.name = ret.base;
    } else {
      ret.name = path.slice(s.startPart, s.startDot);
      ret.ext = path.slice(s.startDot, s.end);
    }
  }
  ret.dir = s.startPart > 0 && s.startPart !== rootEnd ? path.slice(0, s.startPart - 1) : ret.root;
  return ret;
}

function win32Format(pathObject) {
  return formatWith(BSLASH, pathObject);
}

const win32 = {
  resolve: win32Resolve,
  normalize: win32Normalize,
  isAbsolute: win32IsAbsolute,
  join: win32Join,
  relative: win32Relative,
  toNamespacedPath: win32ToNamespacedPath,
  dirname: win32Dirname,
  basename: win32Basename,
  extname: win32Extname,
  format: win32Format,
  parse: win32Parse,
  sep: BSLASH,
  delimiter: ';',
  win32: null,
  posix: null,
  _makeLong: win32ToNamespacedPath,
};

// ---- the module ---------------------------------------------------------------

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
path.win32 = win32;
win32.win32 = win32;
win32.posix = path;

module.exports = path;
