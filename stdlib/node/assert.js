// Kiln standard library: Node's `assert` module, written for Kiln's library
// mode and compiled by Kiln itself when Kiln is built.
//
// Implements: assert(value, message) / assert.ok, equal, notEqual,
// strictEqual, notStrictEqual, deepEqual, notDeepEqual, deepStrictEqual,
// notDeepStrictEqual, throws, doesNotThrow, rejects, doesNotReject, ifError,
// match, doesNotMatch, fail, AssertionError, and assert.strict (the strict
// variant where equal means strictEqual and so on).
// Messages follow Node 20's wording; assert.ok quotes the failing call read
// back from the source file, as node does. Diffs follow node 20's layout.
// Not implemented: CallTracker.
//
// Needs the runtime's require('kiln:internal').inspect and the structural comparison
// exported by `util` (see util.js).
'use strict';
const kiln = require('kiln:internal');  // util.format / inspect natives

const util = require('util');

const deepEqualImpl = util[Symbol.for('kiln.util.deepEqual')];

function inspect(value, opts) {
  return kiln.inspect(value, opts || {});
}

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

function codedError(Ctor, code, message) {
  const e = new Ctor(message);
  e.code = code;
  return e;
}

function invalidArgType(what, expected, value) {
  return codedError(TypeError, 'ERR_INVALID_ARG_TYPE',
                    what + ' must be ' + expected + '.' + describeReceived(value));
}

// ---- messages -------------------------------------------------------------

const READABLE = {
  deepStrictEqual: 'Expected values to be strictly deep-equal:',
  strictEqual: 'Expected values to be strictly equal:',
  strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
  deepEqual: 'Expected values to be loosely deep-equal:',
  notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
  notStrictEqual: 'Expected "actual" to be strictly unequal to:',
  notStrictEqualObject:
    'Expected "actual" not to be reference-equal to "expected":',
  notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
  notIdentical: 'Values have same structure but are not reference-equal:',
  notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:',
};

function isObject(value) {
  return value !== null && (typeof value === 'object' || typeof value === 'function');
}

// Objects are shown expanded, one property a line, sorted, so that line
// diffs line up; primitives are shown as inspect() shows them.
function show(value) {
  if (!isObject(value)) return inspect(value);
  return inspect(value, {
    compact: false,
    customInspect: false,
    depth: 1000,
    maxArrayLength: Infinity,
    showHidden: false,
    showProxy: false,
    sorted: true,
    getters: true,
  });
}

// Message for failed strictEqual / deepStrictEqual: node 20's line diff. Lines are compared
// position by position (not as a longest common subsequence); runs of differing lines are
// shown as all '+' lines then all '-' lines; more than five equal lines in a row are cut
// to "..." (and the heading then says "... Lines skipped"); at most three equal trailing
// lines are kept; output stops after about 50 printed lines. A user's message, when given,
// replaces the heading.
function diffMessage(actual, expected, operator, heading) {
  let op = operator;
  if (op === 'strictEqual' && isObject(actual) && isObject(expected)) {
    op = 'strictEqualObject';
  }
  const actualText = show(actual);
  const actualLines = actualText.split('\n');
  const expectedLines = show(expected).split('\n');
  const title = heading || READABLE[op];
  let indicator = '';
  let i = 0;
  if (actualLines.length === 1 && expectedLines.length === 1 &&
      actualLines[0] !== expectedLines[0]) {
    const a = actualLines[0];
    const b = expectedLines[0];
    const length = a.length + b.length;
    if (length <= 12) {
      const plainA = typeof actual !== 'object' || actual === null;
      const plainB = typeof expected !== 'object' || expected === null;
      if (plainA && plainB && (actual !== 0 || expected !== 0)) {
        return title + '\n\n' + a + ' !== ' + b + '\n';
      }
    } else if (op !== 'strictEqualObject' && length < 80) {
      // Point at the first differing column when it is not at the start.
      while (a[i] === b[i]) i++;
      if (i > 2) {
        indicator = '\n  ' + ' '.repeat(i) + '^';
        i = 0;
      }
    }
  }
  // Equal lines at the end: keep three, remember the one before them.
  let end = '';
  let other = '';
  let skipped = false;
  while (actualLines.length > 0 && expectedLines.length > 0 &&
         actualLines[actualLines.length - 1] === expectedLines[expectedLines.length - 1]) {
    const line = actualLines.pop();
    expectedLines.pop();
    if (i++ < 3) end = '\n  ' + line + end;
    else other = line;
  }
  const maxLines = Math.max(actualLines.length, expectedLines.length);
  if (maxLines === 0) {
    const lines = actualText.split('\n');
    if (lines.length > 50) {
      lines[46] = '...';
      lines.length = 47;
    }
    return READABLE.notIdentical + '\n\n' + lines.join('\n') + '\n';
  }
  if (i >= 5) {
    end = '\n...' + end;
    skipped = true;
  }
  if (other !== '') {
    end = '\n  ' + other + end;
    other = '';
  }
  let printed = 0;
  let identical = 0;
  let res = '';
  const head = title + '\n+ actual - expected';
  const skippedNote = ' ... Lines skipped';
  let lines = actualLines;
  let sign = '+';
  let shorter = expectedLines.length;
  if (actualLines.length < maxLines) {
    lines = expectedLines;
    sign = '-';
    shorter = actualLines.length;
  }
  // Before a differing line: the equal lines just passed (two at most, "..." for more).
  const flushIdentical = (from) => {
    if (identical > 2) {
      if (identical > 3) {
        if (identical > 4) {
          if (identical === 5) {
            res += '\n  ' + from[i - 3];
            printed++;
          } else {
            res += '\n...';
            skipped = true;
          }
        }
        res += '\n  ' + from[i - 2];
        printed++;
      }
      res += '\n  ' + from[i - 1];
      printed++;
    }
    identical = 0;
  };
  for (i = 0; i < maxLines; i++) {
    if (shorter < i + 1) {
      flushIdentical(lines);
      if (lines === actualLines) res += '\n' + sign + ' ' + lines[i];
      else other += '\n' + sign + ' ' + lines[i];
      printed++;
    } else {
      const expectedLine = expectedLines[i];
      let actualLine = actualLines[i];
      let differ = actualLine !== expectedLine &&
        (!actualLine.endsWith(',') || actualLine.slice(0, -1) !== expectedLine);
      if (differ && expectedLine.endsWith(',') && expectedLine.slice(0, -1) === actualLine) {
        differ = false;
        actualLine += ',';
      }
      if (differ) {
        flushIdentical(actualLines);
        res += '\n+ ' + actualLine;
        other += '\n- ' + expectedLine;
        printed += 2;
      } else {
        res += other;
        other = '';
        identical++;
        if (identical <= 2) {
          res += '\n  ' + actualLine;
          printed++;
        }
      }
    }
    if (printed > 50 && i < maxLines - 2) {
      return head + skippedNote + '\n' + res + '\n...' + other + '\n...';
    }
  }
  return head + (skipped ? skippedNote : '') + '\n' + res + other + end + indicator;
}

// node's output limits for the not-equal messages.
function capLines(text) {
  const lines = text.split('\n');
  if (lines.length > 50) {
    lines[46] = '...';
    lines.length = 47;
  }
  return lines;
}

function cap(text, n) {
  return text.length > n ? text.slice(0, n - 3) + '...' : text;
}

// Message for failed notStrictEqual / notDeepStrictEqual / notDeepEqual.
function notMessage(actual, expected, operator) {
  if (operator === 'notDeepEqual') {
    const a = show(actual);
    const b = show(expected);
    if (a !== b) {
      return READABLE.notDeepEqualUnequal + '\n\n' + cap(a, 512) +
             '\n\nshould not loosely deep-equal\n\n' + cap(b, 512);
    }
    return cap(READABLE.notDeepEqual + '\n\n' + a, 1024);
  }
  let op = operator;
  if (op === 'notStrictEqual' && isObject(actual)) op = 'notStrictEqualObject';
  const lines = capLines(show(actual));
  if (lines.length === 1) {
    return READABLE[op] + (lines[0].length > 5 ? '\n\n' : ' ') + lines[0];
  }
  return READABLE[op] + '\n\n' + lines.join('\n') + '\n';
}

// Errors compared are shown as copies without their stacks and causes
// ([Error: msg]), as node 20's AssertionError does.
function copyError(source) {
  const target = Object.assign({ __proto__: Object.getPrototypeOf(source) }, source);
  Object.defineProperty(target, 'message', { value: source.message });
  return target;
}

function generatedMessage(actual, expected, operator) {
  if (isObject(actual) && typeof actual === 'object' && 'stack' in actual &&
      actual instanceof Error && isObject(expected) && typeof expected === 'object' &&
      'stack' in expected && expected instanceof Error) {
    actual = copyError(actual);
    expected = copyError(expected);
  }
  switch (operator) {
    case 'deepStrictEqual':
    case 'strictEqual':
      return diffMessage(actual, expected, operator);
    case 'notDeepStrictEqual':
    case 'notStrictEqual':
    case 'notDeepEqual':
      return notMessage(actual, expected, operator);
    case 'deepEqual':
      return READABLE.deepEqual + '\n\n' + cap(show(actual), 512) +
             '\n\nshould loosely deep-equal\n\n' + cap(show(expected), 512);
    default:
      return inspect(actual) + ' ' + operator + ' ' + inspect(expected);
  }
}

// ---- AssertionError --------------------------------------------------------

class AssertionError extends Error {
  constructor(options) {
    if (options === null || typeof options !== 'object') {
      throw invalidArgType('The "options" argument', 'of type object', options);
    }
    const { message, actual, expected, operator } = options;
    const strictOperator = operator === 'strictEqual' ||
                           operator === 'deepStrictEqual';
    if (strictOperator && message) {
      super(diffMessage(actual, expected, operator, String(message)));
    } else if (message != null && !strictOperator) {
      super(String(message));
    } else {
      super(generatedMessage(actual, expected, operator));
    }
    this.generatedMessage = strictOperator ? !message : message == null;
    this.code = 'ERR_ASSERTION';
    this.actual = actual;
    this.expected = expected;
    this.operator = operator;
    // node's stack (and so an uncaught failure's first line) names the code.
    const stack = this.stack;
    if (typeof stack === 'string') {
      const at = stack.indexOf('\n    at');
      this.stack = 'AssertionError [ERR_ASSERTION]: ' + this.message +
                   (at < 0 ? '' : stack.slice(at));
    }
  }

  toString() {
    return this.name + ' [' + this.code + ']: ' + this.message;
  }
}

Object.defineProperty(AssertionError.prototype, 'name', {
  value: 'AssertionError',
  writable: true,
  configurable: true,
  enumerable: false,
});

// Throws the AssertionError described by `options`, or `options.message`
// itself when that is an Error.
function fail(options) {
  if (options.message instanceof Error) throw options.message;
  throw new AssertionError(options);
}

// ---- the assertions -----------------------------------------------------------

function checkOk(argCount, value, message) {
  if (value) return;
  if (argCount === 0) {
    const e = new AssertionError({
      message: 'No value argument passed to `assert.ok()`',
      actual: value, expected: true, operator: '==',
    });
    e.generatedMessage = true;
    throw e;
  }
  if (message != null) fail({ message, actual: value, expected: true, operator: '==' });
  // Without a message node quotes the failing call, read back from the
  // source file; `<value> == true` when the file cannot be read.
  const e = new AssertionError({
    message: okSourceMessage(), actual: value, expected: true, operator: '==',
  });
  e.generatedMessage = true;
  throw e;
}

// The caller's call expression, as node's getErrMessage finds it: the
// first stack frame gives file, line and column (the callee name), the text
// runs from the start of the callee chain to the matching `)`.
function okSourceMessage() {
  const holder = {};
  Error.captureStackTrace(holder);
  const frame = String(holder.stack).split('\n')[1] || '';
  const m = /^ {4}at (?:.* \()?(.+):(\d+):(\d+)\)?$/.exec(frame);
  if (!m || m[1].startsWith('node:')) return undefined;
  let code;
  try {
    code = require('fs').readFileSync(m[1], 'utf8');
  } catch {
    return undefined;
  }
  const lines = code.split('\n');
  const lineNo = Number(m[2]) - 1;
  if (lineNo >= lines.length) return undefined;
  const text = lines.slice(lineNo).join('\n');
  let start = Number(m[3]) - 1;
  while (start > 0 && /[\w$.]/.test(text[start - 1])) start--;
  const end = callEnd(text, Number(m[3]) - 1);
  if (end < 0) return undefined;
  const parts = text.slice(start, end).split('\n');
  let message = parts.shift();
  for (const part of parts) {
    let pos = 0;
    while (pos < start && (part[pos] === ' ' || part[pos] === '\t')) pos++;
    message += `\n  ${part.slice(pos)}`;
  }
  return `The expression evaluated to a falsy value:\n\n  ${message}\n`;
}

// The index after the `)` closing the argument list of the call whose
// callee name starts at [i], skipping strings and comments; -1 if none.
function callEnd(text, i) {
  while (i < text.length && /[\w$]/.test(text[i])) i++;
  while (i < text.length && /\s/.test(text[i])) i++;
  if (text[i] !== '(') return -1;
  let depth = 0;
  for (; i < text.length; i++) {
    const c = text[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < text.length && text[i] !== c; i++) if (text[i] === '\\') i++;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === '/' && text[i + 1] === '*') {
      const close = text.indexOf('*/', i + 2);
      if (close < 0) return -1;
      i = close + 1;
    } else if (c === '(' || c === '[' || c === '{') {
      depth++;
    } else if (c === ')' || c === ']' || c === '}') {
      if (--depth === 0) return i + 1;
    }
  }
  return -1;
}

function assert(...args) {
  checkOk(args.length, ...args);
}

const ok = function ok(...args) {
  checkOk(args.length, ...args);
};

function equal(actual, expected, message) {
  // eslint-disable-next-line eqeqeq
  if (!(actual == expected || (actual !== actual && expected !== expected))) {
    fail({ actual, expected, message, operator: '==' });
  }
}

function notEqual(actual, expected, message) {
  // eslint-disable-next-line eqeqeq
  if (actual == expected || (actual !== actual && expected !== expected)) {
    fail({ actual, expected, message, operator: '!=' });
  }
}

function strictEqual(actual, expected, message) {
  if (!Object.is(actual, expected)) {
    fail({ actual, expected, message, operator: 'strictEqual' });
  }
}

function notStrictEqual(actual, expected, message) {
  if (Object.is(actual, expected)) {
    fail({ actual, expected, message, operator: 'notStrictEqual' });
  }
}

function deepEqual(actual, expected, message) {
  if (!deepEqualImpl(actual, expected, false)) {
    fail({ actual, expected, message, operator: 'deepEqual' });
  }
}

function notDeepEqual(actual, expected, message) {
  if (deepEqualImpl(actual, expected, false)) {
    fail({ actual, expected, message, operator: 'notDeepEqual' });
  }
}

function deepStrictEqual(actual, expected, message) {
  if (!deepEqualImpl(actual, expected, true)) {
    fail({ actual, expected, message, operator: 'deepStrictEqual' });
  }
}

function notDeepStrictEqual(actual, expected, message) {
  if (deepEqualImpl(actual, expected, true)) {
    fail({ actual, expected, message, operator: 'notDeepStrictEqual' });
  }
}

let warnedFailArgs = false;

function assertFail(actual, expected, message, operator, stackStartFn) {
  const argCount = arguments.length;
  if (argCount === 0) {
    message = 'Failed';
  } else if (argCount === 1) {
    message = actual;
    actual = undefined;
  } else {
    if (!warnedFailArgs) {
      warnedFailArgs = true;
      if (typeof process !== 'undefined' && typeof process.emitWarning === 'function') {
        process.emitWarning(
          'assert.fail() with more than one argument is deprecated. ' +
          'Please use assert.strictEqual() instead or only pass a message.',
          'DeprecationWarning', 'DEP0094');
      }
    }
    if (argCount === 2) operator = '!=';
  }
  if (message instanceof Error) throw message;
  const e = new AssertionError({
    actual, expected, operator: operator === undefined ? 'fail' : operator,
    message,
  });
  if (argCount < 2) e.generatedMessage = argCount === 0;
  throw e;
}

function isRegExp(value) {
  return util.types.isRegExp(value);
}

function isError(value) {
  return util.types.isNativeError(value) || value instanceof Error;
}

// The object shown in diffs when a thrown error is checked against an
// object of expected properties.
class Comparison {
  constructor(source, keys, actual) {
    for (const key of keys) {
      if (key in source) {
        if (actual !== undefined && typeof actual[key] === 'string' &&
            isRegExp(source[key]) && source[key].test(actual[key])) {
          this[key] = actual[key];
        } else {
          this[key] = source[key];
        }
      }
    }
  }
}

function checkErrorArgument(error) {
  if (error !== undefined && error !== null && typeof error !== 'object' &&
      typeof error !== 'function') {
    throw invalidArgType('The "error" argument',
                         'of type function or an instance of Error, RegExp, or Object',
                         error);
  }
}

// Does the thrown `actual` satisfy `expected`? Throws an AssertionError
// (operator `operator`) when it does not.
function checkThrown(actual, expected, message, operator) {
  if (isRegExp(expected)) {
    const str = String(actual);
    if (expected.test(str)) return;
    if (message instanceof Error) throw message;
    const e = new AssertionError({
      actual, expected, operator,
      message: message || 'The input did not match the regular expression ' +
               inspect(expected) + '. Input:\n\n' + inspect(str) + '\n',
    });
    e.generatedMessage = !message;
    throw e;
  }
  if (typeof expected !== 'function') {
    // An object of expected properties.
    const keys = Object.keys(expected);
    if (expected instanceof Error) keys.push('name', 'message');
    else if (keys.length === 0) {
      throw codedError(TypeError, 'ERR_INVALID_ARG_VALUE',
                       "The argument 'error' may not be an empty object. Received {}");
    }
    if (!isObject(actual)) {
      const e = new AssertionError({
        actual, expected, message, operator: 'deepStrictEqual',
      });
      e.operator = operator;
      throw e;
    }
    for (const key of keys) {
      const want = expected[key];
      const got = actual[key];
      if (typeof got === 'string' && isRegExp(want) && want.test(got)) continue;
      if (key in actual && deepEqualImpl(got, want, true)) continue;
      const e = new AssertionError({
        actual: new Comparison(actual, keys),
        expected: new Comparison(expected, keys, actual),
        message,
        operator: 'deepStrictEqual',
      });
      e.actual = actual;
      e.expected = expected;
      e.operator = operator;
      throw e;
    }
    return;
  }
  if (expected.prototype !== undefined && actual instanceof expected) return;
  // Error itself is not a subclass of Error: like node, it is then called as a validation
  // function when the thrown value is not an instance of it.
  if (Error.isPrototypeOf(expected)) {
    let text = message;
    if (!text) {
      const name = actual && actual.constructor && actual.constructor.name;
      text = 'The error is expected to be an instance of "' + expected.name +
             '". Received "' + (isObject(actual) && name ? name : inspect(actual, { depth: -1 })) +
             '"';
      if (isError(actual)) text += '\n\nError message:\n\n' + actual.message;
    }
    const e = new AssertionError({ actual, expected, message: text, operator });
    e.generatedMessage = !message;
    throw e;
  }
  // A validation function.
  const result = Reflect.apply(expected, {}, [actual]);
  if (result === true) return;
  let text = message;
  if (!text) {
    text = 'The ' + (expected.name ? '"' + expected.name + '" ' : '') +
           'validation function is expected to return "true". Received ' +
           inspect(result);
    if (isError(actual)) text += '\n\nCaught error:\n\n' + String(actual);
  }
  const e = new AssertionError({ actual, expected, message: text, operator });
  e.generatedMessage = !message;
  throw e;
}

// Did `actual` match `expected` (for doesNotThrow / doesNotReject)?
function matchesExpected(actual, expected) {
  if (expected === undefined) return true;
  if (isRegExp(expected)) return expected.test(String(actual));
  if (typeof expected === 'function') {
    if (expected.prototype !== undefined && actual instanceof expected) return true;
    if (Error.isPrototypeOf(expected)) return false;
    return Reflect.apply(expected, {}, [actual]) === true;
  }
  return false;
}

const NOTHING = Symbol('nothing thrown');

function throws(fn, error, message) {
  if (typeof fn !== 'function') {
    throw invalidArgType('The "fn" argument', 'of type function', fn);
  }
  let actual = NOTHING;
  try {
    fn();
  } catch (e) {
    actual = e;
  }
  if (typeof error === 'string') {
    if (arguments.length === 3) checkErrorArgument(error);
    if (isObject(actual) && actual !== NOTHING) {
      if (actual.message === error) {
        throw codedError(TypeError, 'ERR_AMBIGUOUS_ARGUMENT', 'The "error/message" argument ' +
          'is ambiguous. The error message "' + actual.message + '" is identical to the message.');
      }
    } else if (actual === error) {
      throw codedError(TypeError, 'ERR_AMBIGUOUS_ARGUMENT', 'The "error/message" argument ' +
        'is ambiguous. The error "' + actual + '" is identical to the message.');
    }
    message = error;
    error = undefined;
  } else {
    checkErrorArgument(error);
  }
  if (actual === NOTHING) {
    let details = '';
    if (error && error.name) details += ' (' + error.name + ')';
    details += message ? ': ' + message : '.';
    fail({
      actual: undefined, expected: error, operator: 'throws',
      message: 'Missing expected exception' + details,
    });
  }
  if (error !== undefined && error !== null) {
    checkThrown(actual, error, message, 'throws');
  }
}

function doesNotThrow(fn, error, message) {
  if (typeof fn !== 'function') {
    throw invalidArgType('The "fn" argument', 'of type function', fn);
  }
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  try {
    fn();
  } catch (actual) {
    if (!matchesExpected(actual, error)) throw actual;
    fail({
      actual, expected: error, operator: 'doesNotThrow',
      message: 'Got unwanted exception' + (message ? ': ' + message : '.') +
               '\nActual message: "' + (actual && actual.message) + '"',
    });
  }
}

function isThenable(value) {
  return isObject(value) && typeof value.then === 'function';
}

// The promise to wait for: `promiseFn` itself or what calling it returns.
function promiseOf(promiseFn) {
  if (typeof promiseFn === 'function') {
    const result = promiseFn();
    if (!isThenable(result)) {
      throw codedError(TypeError, 'ERR_INVALID_RETURN_VALUE',
        'Expected instance of Promise to be returned from the "promiseFn"' +
        ' function but got' + describeReceived(result).slice(' Received'.length) + '.');
    }
    return result;
  }
  if (isThenable(promiseFn)) return promiseFn;
  throw invalidArgType('The "promiseFn" argument',
                       'of type function or an instance of Promise', promiseFn);
}

async function rejects(promiseFn, error, message) {
  const promise = promiseOf(promiseFn);
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  } else {
    checkErrorArgument(error);
  }
  let actual = NOTHING;
  try {
    await promise;
  } catch (e) {
    actual = e;
  }
  if (actual === NOTHING) {
    let details = '';
    if (error && error.name) details += ' (' + error.name + ')';
    details += message ? ': ' + message : '.';
    fail({
      actual: undefined, expected: error, operator: 'rejects',
      message: 'Missing expected rejection' + details,
    });
  }
  if (error !== undefined && error !== null) {
    checkThrown(actual, error, message, 'rejects');
  }
}

async function doesNotReject(promiseFn, error, message) {
  const promise = promiseOf(promiseFn);
  if (typeof error === 'string') {
    message = error;
    error = undefined;
  }
  try {
    await promise;
  } catch (actual) {
    if (!matchesExpected(actual, error)) throw actual;
    fail({
      actual, expected: error, operator: 'doesNotReject',
      message: 'Got unwanted rejection' + (message ? ': ' + message : '.') +
               '\nActual message: "' + (actual && actual.message) + '"',
    });
  }
}

function ifError(err) {
  if (err === null || err === undefined) return;
  let text = 'ifError got unwanted exception: ';
  if (typeof err === 'object' && typeof err.message === 'string') {
    text += err.message.length === 0 && err.constructor
      ? err.constructor.name : err.message;
  } else {
    text += inspect(err);
  }
  fail({ actual: err, expected: null, operator: 'ifError', message: text });
}

function checkMatch(string, regexp, message, wanted, operator) {
  if (!isRegExp(regexp)) {
    throw invalidArgType('The "regexp" argument', 'an instance of RegExp', regexp);
  }
  if (typeof string !== 'string' || regexp.test(string) !== wanted) {
    if (message instanceof Error) throw message;
    let text = message;
    if (!text) {
      if (typeof string !== 'string') {
        text = 'The "string" argument must be of type string.' + describeReceived(string);
      } else {
        text = (wanted ? 'The input did not match the regular expression '
                       : 'The input was expected to not match the regular expression ') +
               inspect(regexp) + '. Input:\n\n' + inspect(string) + '\n';
      }
    }
    const e = new AssertionError({ actual: string, expected: regexp, message: text, operator });
    e.generatedMessage = !message;
    throw e;
  }
}

function match(string, regexp, message) {
  checkMatch(string, regexp, message, true, 'match');
}

function doesNotMatch(string, regexp, message) {
  checkMatch(string, regexp, message, false, 'doesNotMatch');
}

// ---- exports --------------------------------------------------------------

function attach(target, loose) {
  Object.assign(target, {
    fail: assertFail,
    AssertionError,
    ok,
    equal: loose ? equal : strictEqual,
    notEqual: loose ? notEqual : notStrictEqual,
    deepEqual: loose ? deepEqual : deepStrictEqual,
    notDeepEqual: loose ? notDeepEqual : notDeepStrictEqual,
    deepStrictEqual,
    notDeepStrictEqual,
    strictEqual,
    notStrictEqual,
    throws,
    rejects,
    doesNotThrow,
    doesNotReject,
    ifError,
    match,
    doesNotMatch,
  });
}

function strict(...args) {
  checkOk(args.length, ...args);
}

attach(assert, true);
attach(strict, false);
assert.strict = strict;
strict.strict = strict;

module.exports = assert;
