// Kiln standard library: Node's `util` module, written for Kiln's library
// mode and compiled by Kiln itself when Kiln is built.
//
// Implements: format and formatWithOptions (natives of require('kiln:internal')), inspect
// with all of node 20's options (depth, colors, compact, breakLength, sorted, getters,
// showHidden, maxArrayLength, maxStringLength, numericSeparator, customInspect; the C
// inspector in stdlib/builtins/inspect.c), inspect.custom, inspect.defaultOptions,
// inspect.colors, inspect.styles; inherits, promisify (promisify.custom, multi-value
// callbacks), callbackify, deprecate (DeprecationWarning through process.emitWarning, once
// per code), isDeepStrictEqual, types (exact brand checks through kiln:internal classOf),
// debuglog/debug (NODE_DEBUG), log, styleText, stripVTControlCharacters, toUSVString,
// _extend, the deprecated isArray/isString/... predicates, parseArgs (options with
// type/short/multiple/default, strict errors, tokens), getSystemErrorName/Map (libuv's
// table), aborted, transferableAbortSignal/Controller, MIMEType/MIMEParams, and
// TextEncoder/TextDecoder (lazily from kiln:internal_encoding).
//
// The structural comparison behind isDeepStrictEqual also serves `assert`
// (deepEqual/deepStrictEqual); it is exposed to it under the non-enumerable
// key Symbol.for('kiln.util.deepEqual').
'use strict';
const kiln = require('kiln:internal');  // util.format / inspect natives

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

// `what` is e.g. 'The "ctor" argument' or 'The "x.y" property'.
function invalidArgType(what, expected, value) {
  const e = new TypeError(what + ' must be of type ' + expected + '.' +
                          describeReceived(value));
  e.code = 'ERR_INVALID_ARG_TYPE';
  return e;
}

function checkFunction(value, name) {
  if (typeof value !== 'function') {
    throw invalidArgType('The "' + name + '" argument', 'function', value);
  }
}

// ---- format and inspect -----------------------------------------------------

function format(...args) {
  return kiln.format(...args);
}

function formatWithOptions(inspectOptions, ...args) {
  if (inspectOptions === null || typeof inspectOptions !== 'object') {
    throw invalidArgType('The "inspectOptions" argument', 'object',
                         inspectOptions);
  }
  return kiln.formatWithOptions(inspectOptions, ...args);
}

function inspect(value, opts) {
  const options = Object.assign({}, inspectDefaults);
  // Legacy call form: inspect(value, showHidden, depth, colors).
  if (arguments.length > 2) {
    if (arguments[2] !== undefined) options.depth = arguments[2];
    if (arguments.length > 3 && arguments[3] !== undefined) {
      options.colors = arguments[3];
    }
  }
  if (typeof opts === 'boolean') {
    options.showHidden = opts;
  } else if (opts) {
    for (const key of Object.keys(opts)) options[key] = opts[key];
  }
  return kiln.inspect(value, options);
}

inspect.custom = Symbol.for('nodejs.util.inspect.custom');
// (called below, once inspectDefaults exists)

const inspectDefaults = {
  showHidden: false,
  depth: 2,
  colors: false,
  customInspect: true,
  showProxy: false,
  maxArrayLength: 100,
  maxStringLength: 10000,
  breakLength: 80,
  compact: 3,
  sorted: false,
  getters: false,
  numericSeparator: false,
};
kiln.setInspect(inspect, inspectDefaults);
Object.defineProperty(inspect, 'defaultOptions', {
  get() { return inspectDefaults; },
  set(options) {
    if (options === null || typeof options !== 'object') {
      throw invalidArgType('The "options" argument', 'object', options);
    }
    Object.assign(inspectDefaults, options);
  },
  enumerable: true, configurable: true,
});

// ANSI [open, close] codes by name, as Node lists them.
const colors = Object.create(null);
const colorTable = [
  ['reset', 0, 0], ['bold', 1, 22], ['dim', 2, 22], ['italic', 3, 23],
  ['underline', 4, 24], ['blink', 5, 25], ['inverse', 7, 27],
  ['hidden', 8, 28], ['strikethrough', 9, 29], ['doubleunderline', 21, 24],
  ['black', 30, 39], ['red', 31, 39], ['green', 32, 39], ['yellow', 33, 39],
  ['blue', 34, 39], ['magenta', 35, 39], ['cyan', 36, 39], ['white', 37, 39],
  ['bgBlack', 40, 49], ['bgRed', 41, 49], ['bgGreen', 42, 49],
  ['bgYellow', 43, 49], ['bgBlue', 44, 49], ['bgMagenta', 45, 49],
  ['bgCyan', 46, 49], ['bgWhite', 47, 49], ['framed', 51, 54],
  ['overlined', 53, 55], ['gray', 90, 39], ['redBright', 91, 39],
  ['greenBright', 92, 39], ['yellowBright', 93, 39], ['blueBright', 94, 39],
  ['magentaBright', 95, 39], ['cyanBright', 96, 39], ['whiteBright', 97, 39],
  ['bgGray', 100, 49], ['bgRedBright', 101, 49], ['bgGreenBright', 102, 49],
  ['bgYellowBright', 103, 49], ['bgBlueBright', 104, 49],
  ['bgMagentaBright', 105, 49], ['bgCyanBright', 106, 49],
  ['bgWhiteBright', 107, 49],
];
for (const [name, open, close] of colorTable) colors[name] = [open, close];
// Aliases, not enumerated (as in Node).
const colorAliases = [
  ['grey', 'gray'], ['blackBright', 'gray'], ['bgGrey', 'bgGray'],
  ['bgBlackBright', 'bgGray'], ['faint', 'dim'], ['crossedout', 'strikethrough'],
  ['strikeThrough', 'strikethrough'], ['crossedOut', 'strikethrough'],
  ['conceal', 'hidden'], ['swapColors', 'inverse'], ['swapcolors', 'inverse'],
  ['doubleUnderline', 'doubleunderline'],
];
for (const [alias, target] of colorAliases) {
  Object.defineProperty(colors, alias, {
    get() { return this[target]; },
    set(value) { this[target] = value; },
    configurable: true,
    enumerable: false,
  });
}
inspect.colors = colors;

inspect.styles = Object.assign(Object.create(null), {
  special: 'cyan',
  number: 'yellow',
  bigint: 'yellow',
  boolean: 'yellow',
  undefined: 'grey',
  null: 'bold',
  string: 'green',
  symbol: 'green',
  date: 'magenta',
  regexp: 'red',
  module: 'underline',
});

// Whether styleText colours output for `stream` (node's shouldColorize).
function shouldColorize(stream) {
  const env = typeof process !== 'undefined' ? process.env : {};
  if (env.FORCE_COLOR !== undefined) {
    return env.FORCE_COLOR === '' || env.FORCE_COLOR === '1' || env.FORCE_COLOR === 'true' ||
      env.FORCE_COLOR === '2' || env.FORCE_COLOR === '3';
  }
  if (!stream || !stream.isTTY) return false;
  if (env.NO_COLOR !== undefined || env.NODE_DISABLE_COLORS !== undefined) return false;
  if (env.TERM === 'dumb') return false;
  return typeof stream.getColorDepth === 'function' ? stream.getColorDepth() > 2 : true;
}

function styleText(fmt, text, options = undefined) {
  if (typeof text !== 'string') {
    throw invalidArgType('The "text" argument', 'string', text);
  }
  const opts = options === undefined || options === null ? {} : options;
  const validateStream = opts.validateStream === undefined ? true : opts.validateStream;
  if (typeof validateStream !== 'boolean') {
    throw invalidArgType('The "options.validateStream" property', 'boolean', validateStream);
  }
  let skip = false;
  if (validateStream) {
    const stream = opts.stream === undefined
      ? (typeof process !== 'undefined' ? process.stdout : undefined) : opts.stream;
    if (stream === null || typeof stream !== 'object') {
      const e = new TypeError('The "stream" argument must be an instance of ReadableStream, ' +
                              'WritableStream, or Stream.' + describeReceived(stream));
      e.code = 'ERR_INVALID_ARG_TYPE';
      throw e;
    }
    skip = !shouldColorize(stream);
  }
  const formats = Array.isArray(fmt) ? fmt : [fmt];
  let left = '';
  let right = '';
  for (const key of formats) {
    const code = colors[key];
    if (code === undefined) {
      const e = new TypeError('The argument \'format\' must be one of: ' +
        Object.keys(colors).map((k) => "'" + k + "'").join(', ') +
        '. Received ' + inspect(key));
      e.code = 'ERR_INVALID_ARG_VALUE';
      throw e;
    }
    left += '\u001b[' + code[0] + 'm';
    right = '\u001b[' + code[1] + 'm' + right;
  }
  // node 20 colours an array of formats whatever the stream (only a single
  // format is left plain for a stream that does not colour).
  return skip && !Array.isArray(fmt) ? text : left + text + right;
}

// ---- type checks ------------------------------------------------------------

function tagOf(value) {
  return Object.prototype.toString.call(value);
}

function isObjectLike(value) {
  return value !== null && (typeof value === 'object' ||
                            typeof value === 'function');
}

// True when `fn` accepts `value` as its receiver (a brand check through a
// built-in method that throws on the wrong kind of object).
function hasBrand(value, fn, ...args) {
  if (!isObjectLike(value)) return false;
  try {
    Reflect.apply(fn, value, args);
    return true;
  } catch {
    return false;
  }
}

function getter(proto, name) {
  const desc = Object.getOwnPropertyDescriptor(proto, name);
  return desc && desc.get;
}

// Binary data types may be missing from the runtime; every check below
// copes with that.
const hasTypedArrays = typeof Uint8Array === 'function';
const typedArrayTag = hasTypedArrays
  ? getter(Object.getPrototypeOf(Uint8Array).prototype, Symbol.toStringTag)
  : undefined;
const mapSize = getter(Map.prototype, 'size');
const setSize = getter(Set.prototype, 'size');
const regexpSource = getter(RegExp.prototype, 'source');
const arrayBufferLength = typeof ArrayBuffer === 'function'
  ? getter(ArrayBuffer.prototype, 'byteLength') : undefined;
const dataViewLength = typeof DataView === 'function'
  ? getter(DataView.prototype, 'byteLength') : undefined;
const sharedArrayBufferLength = typeof SharedArrayBuffer === 'function'
  ? getter(SharedArrayBuffer.prototype, 'byteLength') : undefined;

function typedArrayName(value) {
  if (typedArrayTag === undefined || !isObjectLike(value)) return undefined;
  return typedArrayTag.call(value);
}

function isArrayBufferView(value) {
  return typeof ArrayBuffer === 'function' && ArrayBuffer.isView(value);
}

function isTypedArray(value) { return typedArrayName(value) !== undefined; }
function isDate(value) { return hasBrand(value, Date.prototype.getTime); }
function isRegExp(value) {
  return value !== RegExp.prototype && hasBrand(value, regexpSource);
}
function isMap(value) { return hasBrand(value, mapSize); }
function isSet(value) { return hasBrand(value, setSize); }
function isWeakMap(value) { return hasBrand(value, WeakMap.prototype.has, {}); }
function isWeakSet(value) { return hasBrand(value, WeakSet.prototype.has, {}); }
function isArrayBuffer(value) {
  return arrayBufferLength !== undefined && hasBrand(value, arrayBufferLength);
}
function isSharedArrayBuffer(value) {
  return sharedArrayBufferLength !== undefined &&
         hasBrand(value, sharedArrayBufferLength);
}
function isDataView(value) {
  return dataViewLength !== undefined && hasBrand(value, dataViewLength);
}
// The runtime's class of an object: exact brand checks (a toStringTag cannot fake them).
const classOf = kiln.classOf;
function isPromise(value) { return classOf(value) === 'Promise'; }
function isNativeError(value) { return classOf(value) === 'Error'; }
function isNumberObject(value) {
  return typeof value === 'object' && hasBrand(value, Number.prototype.valueOf);
}
function isStringObject(value) {
  return typeof value === 'object' && hasBrand(value, String.prototype.valueOf);
}
function isBooleanObject(value) {
  return typeof value === 'object' && hasBrand(value, Boolean.prototype.valueOf);
}
function isBigIntObject(value) {
  return typeof value === 'object' && typeof BigInt === 'function' &&
         hasBrand(value, BigInt.prototype.valueOf);
}
function isSymbolObject(value) {
  return typeof value === 'object' && hasBrand(value, Symbol.prototype.valueOf);
}
function isBoxedPrimitive(value) {
  return isNumberObject(value) || isStringObject(value) ||
         isBooleanObject(value) || isBigIntObject(value) ||
         isSymbolObject(value);
}

function typedArrayTest(name) {
  return (value) => typedArrayName(value) === name;
}

const types = {
  isExternal: () => false,
  isDate,
  isArgumentsObject: (value) => classOf(value) === 'Arguments',
  isBigIntObject,
  isBooleanObject,
  isNumberObject,
  isStringObject,
  isSymbolObject,
  isNativeError,
  isRegExp,
  isAsyncFunction: (value) => typeof value === 'function' &&
    (tagOf(value) === '[object AsyncFunction]' ||
     tagOf(value) === '[object AsyncGeneratorFunction]'),
  isGeneratorFunction: (value) => typeof value === 'function' &&
    (tagOf(value) === '[object GeneratorFunction]' ||
     tagOf(value) === '[object AsyncGeneratorFunction]'),
  isGeneratorObject: (value) => classOf(value) === 'Generator' ||
    classOf(value) === 'AsyncGenerator',
  isPromise,
  isMap,
  isSet,
  isMapIterator: (value) => classOf(value) === 'Iterator' &&
    tagOf(value) === '[object Map Iterator]',
  isSetIterator: (value) => classOf(value) === 'Iterator' &&
    tagOf(value) === '[object Set Iterator]',
  isWeakMap,
  isWeakSet,
  isArrayBuffer,
  isDataView,
  isSharedArrayBuffer,
  isProxy: (value) => classOf(value) === 'Proxy',
  isModuleNamespaceObject: (value) => classOf(value) === 'Module',
  isAnyArrayBuffer: (value) => isArrayBuffer(value) || isSharedArrayBuffer(value),
  isBoxedPrimitive,
  isArrayBufferView,
  isTypedArray,
  isUint8Array: typedArrayTest('Uint8Array'),
  isUint8ClampedArray: typedArrayTest('Uint8ClampedArray'),
  isUint16Array: typedArrayTest('Uint16Array'),
  isUint32Array: typedArrayTest('Uint32Array'),
  isInt8Array: typedArrayTest('Int8Array'),
  isInt16Array: typedArrayTest('Int16Array'),
  isInt32Array: typedArrayTest('Int32Array'),
  isFloat32Array: typedArrayTest('Float32Array'),
  isFloat64Array: typedArrayTest('Float64Array'),
  isBigInt64Array: typedArrayTest('BigInt64Array'),
  isBigUint64Array: typedArrayTest('BigUint64Array'),
  isKeyObject: () => false,
  isCryptoKey: () => false,
};

// ---- deep equality ------------------------------------------------------------

// Own enumerable keys: strings, then (strict mode only) symbols.
function comparableKeys(obj, strict) {
  const keys = Object.keys(obj);
  if (strict) {
    for (const sym of Object.getOwnPropertySymbols(obj)) {
      if (Object.prototype.propertyIsEnumerable.call(obj, sym)) keys.push(sym);
    }
  }
  return keys;
}

function sameBytes(a, b) {
  if (a.byteLength !== b.byteLength) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

function viewBytes(view) {
  return new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
}

function boxedEqual(a, b) {
  if (isNumberObject(a)) {
    return isNumberObject(b) &&
           Object.is(Number.prototype.valueOf.call(a), Number.prototype.valueOf.call(b));
  }
  if (isStringObject(a)) {
    return isStringObject(b) &&
           String.prototype.valueOf.call(a) === String.prototype.valueOf.call(b);
  }
  if (isBooleanObject(a)) {
    return isBooleanObject(b) &&
           Boolean.prototype.valueOf.call(a) === Boolean.prototype.valueOf.call(b);
  }
  if (isBigIntObject(a)) {
    return isBigIntObject(b) &&
           BigInt.prototype.valueOf.call(a) === BigInt.prototype.valueOf.call(b);
  }
  return isSymbolObject(b) &&
         Symbol.prototype.valueOf.call(a) === Symbol.prototype.valueOf.call(b);
}

function isErrorLike(value) {
  return isNativeError(value) || value instanceof Error;
}

// Pairs (a, b) under comparison; meeting one again while it is still being
// compared counts as equal, which makes cyclic structures compare by shape.
function seenPair(memo, a, b) {
  let set = memo.get(a);
  if (set === undefined) {
    set = new Set();
    memo.set(a, set);
  }
  if (set.has(b)) return true;
  set.add(b);
  return false;
}

function deepEqual(a, b, strict, memo) {
  if (a === b) return a !== 0 || Object.is(a, b) || !strict;
  if (strict) {
    if (typeof a !== 'object') {
      return typeof a === 'number' && Number.isNaN(a) && Number.isNaN(b);
    }
    if (typeof b !== 'object' || a === null || b === null) return false;
    if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
  } else {
    if (a === null || typeof a !== 'object') {
      if (b === null || typeof b !== 'object') {
        // eslint-disable-next-line eqeqeq
        return a == b || (Number.isNaN(a) && Number.isNaN(b));
      }
      return false;
    }
    if (b === null || typeof b !== 'object') return false;
  }
  if (tagOf(a) !== tagOf(b)) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;

  if (memo === undefined) memo = new Map();
  if (seenPair(memo, a, b)) return true;
  try {
    return objectsEqual(a, b, strict, memo);
  } finally {
    memo.get(a).delete(b);
  }
}

// Compares two objects of the same kind (same tag, both arrays or not).
function objectsEqual(a, b, strict, memo) {
  if (Array.isArray(a)) {
    if (a.length !== b.length) return false;
  } else if (isDate(a)) {
    if (!isDate(b) || Date.prototype.getTime.call(a) !== Date.prototype.getTime.call(b)) {
      return false;
    }
  } else if (isRegExp(a)) {
    if (!isRegExp(b) || a.source !== b.source || a.flags !== b.flags ||
        a.lastIndex !== b.lastIndex) {
      return false;
    }
  } else if (isErrorLike(a)) {
    if (!isErrorLike(b) || a.message !== b.message || a.name !== b.name) {
      return false;
    }
    // Non-enumerable causes and AggregateError's errors count too (node 20).
    if (!deepEqual(a.cause, b.cause, strict, memo) ||
        !deepEqual(a.errors, b.errors, strict, memo)) {
      return false;
    }
  } else if (isArrayBufferView(a)) {
    if (!isArrayBufferView(b)) return false;
    const name = typedArrayName(a);
    if (!strict && (name === 'Float32Array' || name === 'Float64Array')) {
      if (a.length !== b.length) return false;
      for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
    } else if (!sameBytes(viewBytes(a), viewBytes(b))) {
      return false;
    }
    if (name !== undefined) {
      // Elements are done; compare only the other own properties.
      return sameKeysAndValues(a, b, strict, memo, (k) => !isIndexKey(k, a.length));
    }
  } else if (isSet(a)) {
    if (!isSet(b) || !setsEqual(a, b, strict, memo)) return false;
  } else if (isMap(a)) {
    if (!isMap(b) || !mapsEqual(a, b, strict, memo)) return false;
  } else if (isArrayBuffer(a) || isSharedArrayBuffer(a)) {
    if (!sameBytes(new Uint8Array(a), new Uint8Array(b))) return false;
  } else if (isBoxedPrimitive(a)) {
    if (!boxedEqual(a, b)) return false;
  } else if (isBoxedPrimitive(b) || isArrayBufferView(b) || isDate(b) ||
             isRegExp(b) || isArrayBuffer(b) || isErrorLike(b)) {
    return false;
  }
  return sameKeysAndValues(a, b, strict, memo, undefined);
}

function isIndexKey(key, length) {
  if (typeof key !== 'string' || key.length === 0) return false;
  if (key.length > 1 && key[0] === '0') return false;
  for (let i = 0; i < key.length; i++) {
    if (key[i] < '0' || key[i] > '9') return false;
  }
  return Number(key) < length;
}

function sameKeysAndValues(a, b, strict, memo, filter) {
  let keysA = comparableKeys(a, strict);
  let keysB = comparableKeys(b, strict);
  if (filter !== undefined) {
    keysA = keysA.filter(filter);
    keysB = keysB.filter(filter);
  }
  if (keysA.length !== keysB.length) return false;
  for (const key of keysA) {
    if (!Object.prototype.hasOwnProperty.call(b, key) ||
        !Object.prototype.propertyIsEnumerable.call(b, key)) {
      return false;
    }
  }
  for (const key of keysA) {
    if (!deepEqual(a[key], b[key], strict, memo)) return false;
  }
  return true;
}

function isPrimitive(value) {
  return value === null || (typeof value !== 'object' && typeof value !== 'function');
}

function setsEqual(a, b, strict, memo) {
  if (a.size !== b.size) return false;
  // Elements found by identity are done; the rest need a structural match.
  const pending = [];
  for (const item of a) {
    if (b.has(item)) continue;
    if (strict && isPrimitive(item) && !Number.isNaN(item)) return false;
    pending.push(item);
  }
  if (pending.length === 0) return true;
  const candidates = [];
  for (const item of b) if (!a.has(item)) candidates.push(item);
  for (const item of pending) {
    const i = candidates.findIndex((c) => deepEqual(item, c, strict, memo));
    if (i < 0) return false;
    candidates.splice(i, 1);
  }
  return true;
}

function mapsEqual(a, b, strict, memo) {
  if (a.size !== b.size) return false;
  const pending = [];
  for (const [key, value] of a) {
    if (b.has(key)) {
      if (!deepEqual(value, b.get(key), strict, memo)) {
        if (strict || isPrimitive(key)) return false;
        pending.push([key, value]);
      }
      continue;
    }
    if (strict && isPrimitive(key) && !Number.isNaN(key)) return false;
    pending.push([key, value]);
  }
  if (pending.length === 0) return true;
  const candidates = [];
  for (const entry of b) {
    if (!a.has(entry[0]) || !deepEqual(a.get(entry[0]), entry[1], strict, memo)) {
      candidates.push(entry);
    }
  }
  for (const [key, value] of pending) {
    const i = candidates.findIndex((c) =>
      deepEqual(key, c[0], strict, memo) &&
      deepEqual(value, c[1], strict, memo));
    if (i < 0) return false;
    candidates.splice(i, 1);
  }
  return true;
}

function isDeepStrictEqual(a, b) {
  return deepEqual(a, b, true, undefined);
}

// ---- functions over functions ---------------------------------------------------

function inherits(ctor, superCtor) {
  if (ctor === undefined || ctor === null) {
    throw invalidArgType('The "ctor" argument', 'function', ctor);
  }
  if (superCtor === undefined || superCtor === null) {
    throw invalidArgType('The "superCtor" argument', 'function', superCtor);
  }
  if (superCtor.prototype === undefined) {
    throw invalidArgType('The "superCtor.prototype" property', 'object',
                         superCtor.prototype);
  }
  Object.defineProperty(ctor, 'super_', {
    value: superCtor,
    writable: true,
    configurable: true,
  });
  Object.setPrototypeOf(ctor.prototype, superCtor.prototype);
}

const promisifyCustom = Symbol.for('nodejs.util.promisify.custom');
const customPromisifyArgs = Symbol.for('kiln.util.customPromisifyArgs');

function promisify(original) {
  checkFunction(original, 'original');
  if (original[promisifyCustom]) {
    const fn = original[promisifyCustom];
    if (typeof fn !== 'function') {
      throw invalidArgType('The "util.promisify.custom" property', 'function', fn);
    }
    Object.defineProperty(fn, promisifyCustom, {
      value: fn, enumerable: false, writable: false, configurable: true,
    });
    return fn;
  }
  // Built-ins whose callback gets several values (fs.read, child_process.exec, dns.lookup)
  // list their names under this symbol; the promise then resolves to an object.
  const argNames = original[customPromisifyArgs];
  function fn(...args) {
    return new Promise((resolve, reject) => {
      args.push((err, ...values) => {
        if (err) {
          reject(err);
        } else if (argNames !== undefined && values.length > 1) {
          const obj = {};
          for (let i = 0; i < argNames.length; i++) obj[argNames[i]] = values[i];
          resolve(obj);
        } else {
          resolve(values[0]);
        }
      });
      Reflect.apply(original, this, args);
    });
  }
  Object.setPrototypeOf(fn, Object.getPrototypeOf(original));
  Object.defineProperty(fn, promisifyCustom, {
    value: fn, enumerable: false, writable: false, configurable: true,
  });
  Object.defineProperties(fn, Object.getOwnPropertyDescriptors(original));
  return fn;
}
promisify.custom = promisifyCustom;

// As in node, the global setTimeout and setImmediate promisify to timers/promises.
for (const name of ['setTimeout', 'setImmediate']) {
  const timer = globalThis[name];
  if (typeof timer === 'function' && !Object.prototype.hasOwnProperty.call(timer, promisifyCustom)) {
    Object.defineProperty(timer, promisifyCustom, {
      get() { return require('timers/promises')[name]; },
      enumerable: true, configurable: true,
    });
  }
}

function falsyRejection(reason) {
  const e = new Error('Promise was rejected with falsy value');
  e.code = 'ERR_FALSY_VALUE_REJECTION';
  e.reason = reason;
  return e;
}

function callbackify(original) {
  checkFunction(original, 'original');
  function callbackified(...args) {
    const callback = args.pop();
    if (typeof callback !== 'function') {
      throw invalidArgType('The last argument', 'function', callback);
    }
    const onFulfilled = (value) => process.nextTick(callback, null, value);
    const onRejected = (reason) => {
      process.nextTick(callback, reason ? reason : falsyRejection(reason));
    };
    Reflect.apply(original, this, args).then(onFulfilled, onRejected);
  }
  const descriptors = Object.getOwnPropertyDescriptors(original);
  if (descriptors.length && typeof descriptors.length.value === 'number') {
    descriptors.length.value++;
  }
  if (descriptors.name && typeof descriptors.name.value === 'string') {
    descriptors.name.value += 'Callbackified';
  }
  const proto = Object.getPrototypeOf(original);
  Object.setPrototypeOf(callbackified, proto);
  Object.defineProperties(callbackified, descriptors);
  return callbackified;
}

const deprecationCodesWarned = new Set();

function deprecate(fn, msg, code) {
  if (typeof process !== 'undefined' && process.noDeprecation === true) {
    return fn;
  }
  if (code !== undefined && typeof code !== 'string') {
    throw invalidArgType('The "code" argument', 'string', code);
  }
  let warned = false;
  function deprecated(...args) {
    if (!warned && !(typeof process !== 'undefined' && process.noDeprecation)) {
      warned = true;
      if (code === undefined || !deprecationCodesWarned.has(code)) {
        if (code !== undefined) deprecationCodesWarned.add(code);
        if (typeof process !== 'undefined' &&
            typeof process.emitWarning === 'function') {
          process.emitWarning(msg, 'DeprecationWarning', code);
        } else {
          console.error('(node:0) ' + (code ? '[' + code + '] ' : '') +
                        'DeprecationWarning: ' + msg);
        }
      }
    }
    if (new.target) return Reflect.construct(fn, args, new.target);
    return Reflect.apply(fn, this, args);
  }
  Object.setPrototypeOf(deprecated, fn);
  if (fn.prototype) deprecated.prototype = fn.prototype;
  return deprecated;
}

// ---- debuglog ----------------------------------------------------------------

// Does `name` match a NODE_DEBUG pattern, where '*' matches any run?
function globMatch(pattern, name) {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    if (p < pattern.length && pattern[p] === '*') {
      starP = p++;
      starN = n;
    } else if (p < pattern.length && pattern[p] === name[n]) {
      p++;
      n++;
    } else if (starP >= 0) {
      p = starP + 1;
      n = ++starN;
    } else {
      return false;
    }
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}

function debugEnabled(section) {
  const env = typeof process !== 'undefined' && process.env
    ? process.env.NODE_DEBUG : undefined;
  if (!env) return false;
  const name = section.toUpperCase();
  for (const part of env.split(',')) {
    const pattern = part.trim().toUpperCase();
    if (pattern !== '' && globMatch(pattern, name)) return true;
  }
  return false;
}

function debuglog(section, callback) {
  let enabled;
  let logger;
  function setup() {
    if (enabled !== undefined) return;
    enabled = debugEnabled(section);
    const prefix = section.toUpperCase() + ' ' + process.pid + ': ';
    logger = enabled
      ? (...args) => { console.error(prefix + format(...args)); }
      : () => {};
    if (typeof callback === 'function') callback(logger);
  }
  function debug(...args) {
    setup();
    logger(...args);
  }
  Object.defineProperty(debug, 'enabled', {
    get() { setup(); return enabled; },
    configurable: true,
    enumerable: true,
  });
  return debug;
}

// ---- small helpers ------------------------------------------------------------

const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug',
                    'Sep', 'Oct', 'Nov', 'Dec'];

function pad2(n) {
  return n < 10 ? '0' + n : String(n);
}

// `26 Nov 11:43:05 - message`, as util.log prints.
function log(...args) {
  const d = new Date();
  const time = pad2(d.getHours()) + ':' + pad2(d.getMinutes()) + ':' +
               pad2(d.getSeconds());
  console.log(d.getDate() + ' ' + monthNames[d.getMonth()] + ' ' + time +
              ' - ' + format(...args));
}

// Removes ANSI escape sequences (CSI and OSC ones, and two-character escapes).
function stripVTControlCharacters(str) {
  if (typeof str !== 'string') {
    throw invalidArgType('The "str" argument', 'string', str);
  }
  let out = '';
  let i = 0;
  while (i < str.length) {
    const c = str[i];
    const csi = c === '\u009b' || (c === '\u001b' && str[i + 1] === '[');
    if (csi) {
      let j = i + (c === '\u009b' ? 1 : 2);
      // Parameter and intermediate bytes, then one final byte.
      while (j < str.length && ((str[j] >= '0' && str[j] <= '?') ||
                                (str[j] >= ' ' && str[j] <= '/'))) {
        j++;
      }
      if (j < str.length && str[j] >= '@' && str[j] <= '~') {
        i = j + 1;
        continue;
      }
    } else if (c === '\u001b' && str[i + 1] === ']') {
      // Operating system command: ends with BEL or ESC \.
      let j = i + 2;
      while (j < str.length && str[j] !== '\u0007' &&
             !(str[j] === '\u001b' && str[j + 1] === '\\')) {
        j++;
      }
      if (j < str.length) {
        i = str[j] === '\u0007' ? j + 1 : j + 2;
        continue;
      }
    } else if (c === '\u001b' && i + 1 < str.length) {
      const next = str[i + 1];
      if ((next >= '@' && next <= 'Z') || (next >= '\\' && next <= '_') ||
          (next >= '0' && next <= '?') || (next >= 'a' && next <= '~')) {
        i += 2;
        continue;
      }
    }
    out += c;
    i++;
  }
  return out;
}

// Replaces lone surrogates with U+FFFD.
// ---- parseEnv ----------------------------------------------------------------

function trimSpaces(str) {
  let a = 0;
  let b = str.length;
  while (a < b && str[a] === ' ') a++;
  while (b > a && str[b - 1] === ' ') b--;
  return str.slice(a, b);
}

// util.parseEnv(content): node 20's dotenv parser, quirks included (only
// spaces are trimmed, a line without '=' ends the parse, an unterminated
// quote keeps the rest of its line, only "..." values expand \n).
function parseEnv(content) {
  if (typeof content !== 'string') {
    throw invalidArgType('The "content" argument', 'string', content);
  }
  const store = new Map();
  let rest = trimSpaces(content.replace(/\r/g, ''));
  while (rest.length > 0) {
    if (rest[0] === '\n' || rest[0] === '#') {
      const nl = rest.indexOf('\n');
      if (nl !== -1) {
        rest = rest.slice(nl + 1);
        continue;
      }
    }
    const eq = rest.indexOf('=');
    if (eq === -1) break;
    let key = trimSpaces(rest.slice(0, eq));
    rest = trimSpaces(rest.slice(eq + 1));
    if (key.length === 0) break;
    if (key.startsWith('export ')) key = key.slice(7);
    if (rest.length === 0) {
      store.set(key, '');
      break;
    }
    const q = rest[0];
    if (q === '"') {
      const close = rest.indexOf('"', 1);
      if (close !== -1) {
        store.set(key, rest.slice(1, close).replace(/\\n/g, '\n'));
        const nl = rest.indexOf('\n', close + 1);
        rest = nl !== -1 ? rest.slice(nl + 1) : '';
        continue;
      }
    }
    if (q === '"' || q === "'" || q === '`') {
      const close = rest.indexOf(q, 1);
      if (close === -1) {
        const nl = rest.indexOf('\n');
        if (nl === -1) break;
        store.set(key, rest.slice(0, nl));
        rest = rest.slice(nl);
      } else {
        store.set(key, rest.slice(1, close));
        const nl = rest.indexOf('\n', close + 1);
        rest = nl !== -1 ? rest.slice(nl) : '';
      }
    } else {
      const nl = rest.indexOf('\n');
      let value = nl !== -1 ? rest.slice(0, nl) : rest;
      const hash = value.indexOf('#');
      if (hash !== -1) value = value.slice(0, hash);
      rest = nl !== -1 ? rest.slice(nl) : '';
      store.set(key, trimSpaces(value));
    }
  }
  // node keeps the pairs in a std::map: the object gets them in key order.
  const result = {};
  for (const key of [...store.keys()].sort()) result[key] = store.get(key);
  return result;
}

function toUSVString(value) {
  const str = String(value);
  let out = '';
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdbff) {
      const next = str.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        out += str[i] + str[i + 1];
        i++;
        continue;
      }
      out += '\ufffd';
    } else if (code >= 0xdc00 && code <= 0xdfff) {
      out += '\ufffd';
    } else {
      out += str[i];
    }
  }
  return out;
}

function _extend(target, source) {
  if (source === null || typeof source !== 'object') return target;
  const keys = Object.keys(source);
  let i = keys.length;
  while (i--) target[keys[i]] = source[keys[i]];
  return target;
}

// ---- parseArgs -----------------------------------------------------------------

function nodeTypeError(code, message) {
  const e = new TypeError(message);
  e.code = code;
  return e;
}

function propName(name) {
  return name.includes('.') || name.includes('[') ? 'The "' + name + '" property'
                                                  : 'The "' + name + '" argument';
}

function checkArgString(value, name) {
  if (typeof value !== 'string') throw invalidArgType(propName(name), 'string', value);
}

function checkArgBoolean(value, name) {
  if (typeof value !== 'boolean') throw invalidArgType(propName(name), 'boolean', value);
}

function checkArgArray(value, name) {
  if (!Array.isArray(value)) {
    const e = new TypeError(propName(name) + ' must be an instance of Array.' +
                            describeReceived(value));
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
}

function checkArgObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalidArgType(propName(name), 'object', value);
  }
}

function ownValue(obj, key) {
  return obj !== undefined && obj !== null && Object.prototype.hasOwnProperty.call(obj, key)
    ? obj[key] : undefined;
}

function optionType(options, name) {
  return ownValue(ownValue(options, name), 'type');
}

function longForShort(short, options) {
  for (const name of Object.keys(options)) {
    if (ownValue(options[name], 'short') === short) return name;
  }
  return short;
}

function isOptionLike(value) {
  return value != null && value.length > 1 && value[0] === '-';
}

function tokenize(args, options) {
  const tokens = [];
  const remaining = args.slice();
  let index = -1;
  let groupCount = 0;
  while (remaining.length > 0) {
    const arg = remaining.shift();
    const next = remaining[0];
    if (groupCount > 0) groupCount--;
    else index++;
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index });
      for (const rest of remaining) tokens.push({ kind: 'positional', index: ++index, value: rest });
      break;
    }
    const isShort = arg.length >= 2 && arg[0] === '-' && arg[1] !== '-';
    if (isShort && arg.length === 2) {
      const name = longForShort(arg[1], options);
      let value;
      let inlineValue;
      if (optionType(options, name) === 'string' && next != null) {
        value = remaining.shift();
        inlineValue = false;
      }
      tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
      if (value != null) index++;
      continue;
    }
    if (isShort) {
      const name = longForShort(arg[1], options);
      if (optionType(options, name) !== 'string') {
        // A group of short options: -abc is -a -b -c (a string option takes the rest).
        const expanded = [];
        for (let i = 1; i < arg.length; i++) {
          const short = arg[i];
          const long = longForShort(short, options);
          if (optionType(options, long) !== 'string' || i === arg.length - 1) {
            expanded.push('-' + short);
          } else {
            expanded.push('-' + arg.slice(i));
            break;
          }
        }
        remaining.unshift(...expanded);
        groupCount = expanded.length;
        continue;
      }
      tokens.push({ kind: 'option', name, rawName: '-' + arg[1], index, value: arg.slice(2),
                    inlineValue: true });
      continue;
    }
    if (arg.length > 2 && arg.startsWith('--')) {
      const eq = arg.indexOf('=', 3);
      if (eq < 0) {
        const name = arg.slice(2);
        let value;
        let inlineValue;
        if (optionType(options, name) === 'string' && next != null) {
          value = remaining.shift();
          inlineValue = false;
        }
        tokens.push({ kind: 'option', name, rawName: arg, index, value, inlineValue });
        if (value != null) index++;
      } else {
        const name = arg.slice(2, eq);
        tokens.push({ kind: 'option', name, rawName: '--' + name, index, value: arg.slice(eq + 1),
                      inlineValue: true });
      }
      continue;
    }
    tokens.push({ kind: 'positional', index, value: arg });
  }
  return tokens;
}

function parseArgs(config = {}) {
  const cfg = config === null || config === undefined ? {} : config;
  const args = cfg.args !== undefined ? cfg.args
    : (typeof process !== 'undefined' ? process.argv.slice(2) : []);
  const strict = cfg.strict !== undefined ? cfg.strict : true;
  const allowPositionals = cfg.allowPositionals !== undefined ? cfg.allowPositionals : !strict;
  const returnTokens = cfg.tokens !== undefined ? cfg.tokens : false;
  const options = cfg.options !== undefined ? cfg.options : {};
  checkArgArray(args, 'args');
  checkArgBoolean(strict, 'strict');
  checkArgBoolean(allowPositionals, 'allowPositionals');
  checkArgBoolean(returnTokens, 'tokens');
  checkArgObject(options, 'options');
  checkOptionConfigs(options);
  const tokens = tokenize(args, options);
  const result = { values: Object.create(null), positionals: [] };
  for (const token of tokens) {
    if (token.kind === 'option') {
      if (strict) checkOptionToken(token, options, allowPositionals);
      storeOption(result.values, options, token.name, token.value);
    } else if (token.kind === 'positional') {
      if (!allowPositionals) {
        throw nodeTypeError('ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL', 'Unexpected argument \'' +
          token.value + '\'. This command does not take positional arguments');
      }
      result.positionals.push(token.value);
    }
  }
  for (const name of Object.keys(options)) {
    const def = ownValue(options[name], 'default');
    if (def !== undefined && result.values[name] === undefined && name !== '__proto__') {
      result.values[name] = Array.isArray(def) ? def.slice() : def;
    }
  }
  if (returnTokens) result.tokens = tokens;
  return result;
}

function checkOptionConfigs(options) {
  for (const name of Object.keys(options)) {
    const conf = options[name];
    checkArgObject(conf, 'options.' + name);
    const type = ownValue(conf, 'type');
    if (type !== 'string' && type !== 'boolean') {
      throw nodeTypeError('ERR_INVALID_ARG_TYPE', 'The "options.' + name +
        '.type" property must be (\'string|boolean\').' + describeReceived(type));
    }
    if (Object.prototype.hasOwnProperty.call(conf, 'short')) {
      const short = conf.short;
      checkArgString(short, 'options.' + name + '.short');
      if (short.length !== 1) {
        const e = new TypeError('The property \'options.' + name +
          '.short\' must be a single character. Received ' + inspect(short));
        e.code = 'ERR_INVALID_ARG_VALUE';
        throw e;
      }
    }
    const multiple = ownValue(conf, 'multiple');
    if (Object.prototype.hasOwnProperty.call(conf, 'multiple')) {
      checkArgBoolean(multiple, 'options.' + name + '.multiple');
    }
    const def = ownValue(conf, 'default');
    if (def !== undefined) {
      const what = 'options.' + name + '.default';
      const check = type === 'string' ? checkArgString : checkArgBoolean;
      if (multiple) {
        checkArgArray(def, what);
        def.forEach((v, i) => check(v, what + '[' + i + ']'));
      } else {
        check(def, what);
      }
    }
  }
}

function storeOption(values, options, name, value) {
  if (name === '__proto__') return;
  const v = value === undefined || value === null ? true : value;
  if (ownValue(ownValue(options, name), 'multiple')) {
    if (values[name] === undefined) values[name] = [v];
    else values[name].push(v);
  } else {
    values[name] = v;
  }
}

// strict mode: the option must be known, take a value exactly when it is a string option,
// and a value taken from the next argument must not look like an option.
function checkOptionToken(token, options, allowPositionals) {
  if (!Object.prototype.hasOwnProperty.call(options, token.name)) {
    throw nodeTypeError('ERR_PARSE_ARGS_UNKNOWN_OPTION', 'Unknown option \'' +
      token.rawName + '\'' + (allowPositionals
        ? '. To specify a positional argument starting with a \'-\', place it at the end ' +
          'of the command after \'--\', as in \'-- ' + JSON.stringify(token.rawName) : ''));
  }
  const conf = options[token.name];
  const shortPart = Object.prototype.hasOwnProperty.call(conf, 'short')
    ? '-' + conf.short + ', ' : '';
  if (conf.type === 'string' && typeof token.value !== 'string') {
    throw nodeTypeError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', 'Option \'' + shortPart +
      '--' + token.name + ' <value>\' argument missing');
  } else if (conf.type !== 'string' && token.value != null) {
    throw nodeTypeError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', 'Option \'' + shortPart +
      '--' + token.name + '\' does not take an argument');
  }
  if (!token.inlineValue && isOptionLike(token.value)) {
    const example = token.rawName.startsWith('--') ? '\'' + token.rawName + '=-XYZ\''
      : '\'--' + token.name + '=-XYZ\' or \'' + token.rawName + '-XYZ\'';
    throw nodeTypeError('ERR_PARSE_ARGS_INVALID_OPTION_VALUE', 'Option \'' +
      token.rawName + '\' argument is ambiguous.\nDid you forget to specify the option ' +
      'argument for \'' + token.rawName + '\'?\nTo specify an option argument starting ' +
      'with a dash use ' + example + '.');
  }
}

// ---- MIMEType ---------------------------------------------------------------------
// The WHATWG MIME type parser (mimesniff "parse a MIME type") with node's errors.

const httpToken = /^[!#$%&'*+\-.^_`|~0-9A-Za-z]*$/;
const badTokenChar = /[^!#$%&'*+\-.^_`|~0-9A-Za-z]/;
const badQuotedChar = /[^\t\u0020-\u007e\u0080-\u00ff]/;
const isHttpSpace = (c) => c === ' ' || c === '\t' || c === '\n' || c === '\r';

function mimeSyntax(production, str, index) {
  return nodeTypeError('ERR_INVALID_MIME_SYNTAX', 'The MIME syntax for a ' + production +
    ' in "' + str + '" is invalid' + (index !== -1 ? ' at ' + index : ''));
}

function trimEnd(str) {
  let end = str.length;
  while (end > 0 && isHttpSpace(str[end - 1])) end--;
  return str.slice(0, end);
}

function checkToken(value, production) {
  const bad = value.search(badTokenChar);
  if (value.length === 0 || bad !== -1) throw mimeSyntax(production, value, bad);
}

const kMime = Symbol('kiln.mime');

class MIMEParams {
  constructor() {
    Object.defineProperty(this, kMime, { value: new Map(), enumerable: false });
  }
  delete(name) { this[kMime].delete(name); }
  get(name) {
    const v = this[kMime].get(name);
    return v === undefined ? null : v;
  }
  has(name) { return this[kMime].has(name); }
  set(name, value) {
    const n = String(name);
    const v = String(value);
    const bad = n.search(badTokenChar);
    if (n.length === 0 || bad !== -1) throw mimeSyntax('parameter name', n, bad);
    const badValue = v.search(badQuotedChar);
    if (badValue !== -1) throw mimeSyntax('parameter value', v, badValue);
    this[kMime].set(n, v);
  }
  *entries() { yield* this[kMime].entries(); }
  *keys() { yield* this[kMime].keys(); }
  *values() { yield* this[kMime].values(); }
  [Symbol.iterator]() { return this.entries(); }
  toString() {
    let out = '';
    for (const [name, value] of this[kMime]) {
      if (out !== '') out += ';';
      out += name + '=';
      if (value.length === 0 || !httpToken.test(value)) {
        out += '"' + value.replace(/["\\]/g, '\\$&') + '"';
      } else {
        out += value;
      }
    }
    return out;
  }
  toJSON() { return this.toString(); }
}

function parseParams(str, pos, params) {
  const map = params[kMime];
  const n = str.length;
  while (pos < n) {
    pos++;  // the ';'
    while (pos < n && isHttpSpace(str[pos])) pos++;
    let name = '';
    while (pos < n && str[pos] !== ';' && str[pos] !== '=') name += str[pos++];
    name = name.toLowerCase();
    if (pos < n && str[pos] === ';') continue;
    pos++;  // the '='
    if (pos >= n) break;
    let value;
    if (str[pos] === '"') {
      // An HTTP quoted string, then anything up to the next ';' is dropped.
      value = '';
      pos++;
      while (pos < n) {
        const c = str[pos++];
        if (c === '"') break;
        if (c === '\\') {
          if (pos >= n) {
            value += '\\';
            break;
          }
          value += str[pos++];
        } else {
          value += c;
        }
      }
      while (pos < n && str[pos] !== ';') pos++;
    } else {
      let end = str.indexOf(';', pos);
      if (end === -1) end = n;
      value = trimEnd(str.slice(pos, end));
      pos = end;
      if (value === '') continue;
    }
    if (name !== '' && !badTokenChar.test(name) && !badQuotedChar.test(value) &&
        !map.has(name)) {
      map.set(name, value);
    }
  }
}

class MIMEType {
  constructor(string) {
    const input = String(string);
    let start = 0;
    let end = input.length;
    while (start < end && isHttpSpace(input[start])) start++;
    while (end > start && isHttpSpace(input[end - 1])) end--;
    const str = input.slice(start, end);
    const slash = str.indexOf('/');
    const type = slash === -1 ? str : str.slice(0, slash);
    const badType = type.search(badTokenChar);
    if (type === '' || badType !== -1 || slash === -1) throw mimeSyntax('type', input, badType);
    const semi = str.indexOf(';', slash + 1);
    const subtype = trimEnd(semi === -1 ? str.slice(slash + 1) : str.slice(slash + 1, semi));
    const badSub = subtype.search(badTokenChar);
    if (subtype === '' || badSub !== -1) throw mimeSyntax('subtype', input, badSub);
    const params = new MIMEParams();
    if (semi !== -1) parseParams(str, semi, params);
    Object.defineProperty(this, kMime, {
      value: { type: type.toLowerCase(), subtype: subtype.toLowerCase(), params },
      enumerable: false,
    });
  }
  get type() { return this[kMime].type; }
  set type(value) {
    const v = String(value);
    checkToken(v, 'type');
    this[kMime].type = v.toLowerCase();
  }
  get subtype() { return this[kMime].subtype; }
  set subtype(value) {
    const v = String(value);
    checkToken(v, 'subtype');
    this[kMime].subtype = v.toLowerCase();
  }
  get essence() { return this[kMime].type + '/' + this[kMime].subtype; }
  get params() { return this[kMime].params; }
  toString() {
    const params = this[kMime].params.toString();
    return this.essence + (params === '' ? '' : ';' + params);
  }
  toJSON() { return this.toString(); }
}

// ---- system errors, aborted, transferable abort ------------------------------------

let errorMapCache;
function getSystemErrorMap() {
  if (errorMapCache === undefined) {
    errorMapCache = new Map();
    for (const [code, name, message] of kiln.errorMap()) errorMapCache.set(code, [name, message]);
  }
  return errorMapCache;
}

function getSystemErrorName(err) {
  if (typeof err !== 'number') throw invalidArgType('The "err" argument', 'number', err);
  if (err >= 0 || !Number.isSafeInteger(err)) {
    const e = new RangeError('The value of "err" is out of range. It must be a negative ' +
                             'integer. Received ' + err);
    e.code = 'ERR_OUT_OF_RANGE';
    throw e;
  }
  const entry = getSystemErrorMap().get(err);
  return entry ? entry[0] : 'Unknown system error ' + err;
}

function aborted(signal, resource) {
  const { isAbortSignal } = require('kiln:internal_abort');
  if (!isAbortSignal(signal)) {
    const e = new TypeError('The "signal" argument must be an instance of AbortSignal.' +
                            describeReceived(signal));
    e.code = 'ERR_INVALID_ARG_TYPE';
    return Promise.reject(e);
  }
  if (resource === null || (typeof resource !== 'object' && typeof resource !== 'function')) {
    const e = new TypeError('The "resource" argument must be of type object.' +
                            describeReceived(resource));
    e.code = 'ERR_INVALID_ARG_TYPE';
    return Promise.reject(e);
  }
  if (signal.aborted) return Promise.resolve();
  return new Promise((resolve) => {
    signal.addEventListener('abort', () => resolve(), { once: true });
  });
}

function transferableAbortSignal(signal) {
  const { isAbortSignal } = require('kiln:internal_abort');
  if (!isAbortSignal(signal)) {
    const e = new TypeError('The "signal" argument must be an instance of AbortSignal.' +
                            describeReceived(signal));
    e.code = 'ERR_INVALID_ARG_TYPE';
    throw e;
  }
  return signal;
}

function transferableAbortController() {
  return new AbortController();
}

module.exports = {
  _extend,
  callbackify,
  debug: debuglog,
  debuglog,
  deprecate,
  format,
  styleText,
  formatWithOptions,
  getSystemErrorMap,
  getSystemErrorName,
  inherits,
  inspect,
  isArray: Array.isArray,
  isBoolean: (value) => typeof value === 'boolean',
  isBuffer: (value) => typeof Buffer === 'function' && typeof Buffer.isBuffer === 'function' &&
    Buffer.isBuffer(value),
  isDeepStrictEqual,
  isNull: (value) => value === null,
  isNullOrUndefined: (value) => value === null || value === undefined,
  isNumber: (value) => typeof value === 'number',
  isString: (value) => typeof value === 'string',
  isSymbol: (value) => typeof value === 'symbol',
  isUndefined: (value) => value === undefined,
  isRegExp,
  isObject: (value) => value !== null && typeof value === 'object',
  isDate,
  isError: isErrorLike,
  isFunction: (value) => typeof value === 'function',
  isPrimitive,
  log,
  promisify,
  stripVTControlCharacters,
  toUSVString,
  transferableAbortSignal,
  transferableAbortController,
  aborted,
  types,
  parseArgs,
  parseEnv,
  MIMEType,
  MIMEParams,
};

// TextEncoder/TextDecoder come from kiln:internal_encoding, loaded on first use so that
// util works without it.
for (const name of ['TextEncoder', 'TextDecoder']) {
  Object.defineProperty(module.exports, name, {
    get() {
      const value = require('kiln:internal_encoding')[name];
      Object.defineProperty(module.exports, name, {
        value, writable: true, enumerable: true, configurable: true,
      });
      return value;
    },
    set(value) {
      Object.defineProperty(module.exports, name, {
        value, writable: true, enumerable: true, configurable: true,
      });
    },
    enumerable: true, configurable: true,
  });
}

Object.defineProperty(module.exports, Symbol.for('kiln.util.deepEqual'), {
  value: deepEqual,
  enumerable: false,
});
