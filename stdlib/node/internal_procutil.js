// SPDX-License-Identifier: MIT
//
// internal_procutil.js: node's error helpers and argument validators shared
// by os, child_process, readline, tty and the stdio streams
// (require('kiln:internal_procutil')). Every executable links it (process
// needs it), so it names neither Buffer nor the typed arrays: the byte
// helpers of those streams are internal_bytes.js.
//
// Errors carry node's `code` and print as node prints them:
// "TypeError [ERR_INVALID_ARG_TYPE]: The "x" argument must be ...".
'use strict';

// Node's "Received ..." tail (determineSpecificType).
function received(value) {
  if (value === null || value === undefined) return 'Received ' + value;
  if (typeof value === 'function') {
    return value.name ? 'Received function ' + value.name
                      : 'Received function ';
  }
  if (typeof value === 'object') {
    const ctor = value.constructor;
    if (ctor && ctor.name) return 'Received an instance of ' + ctor.name;
    return 'Received ' + require('kiln:internal').inspect(value);
  }
  let shown;
  if (typeof value === 'string') {
    shown = value.length > 28 ? value.slice(0, 25) + '...' : value;
    shown = shown.includes("'") ? JSON.stringify(shown) : "'" + shown + "'";
  } else if (typeof value === 'number' && Object.is(value, -0)) {
    shown = '-0';
  } else if (typeof value === 'bigint') {
    shown = String(value) + 'n';
  } else if (typeof value === 'symbol') {
    shown = value.toString();
  } else {
    shown = String(value);
  }
  return 'Received type ' + typeof value + ' (' + shown + ')';
}

function withCode(err, code) {
  Object.defineProperty(err, 'code', {
    value: code, writable: true, enumerable: true, configurable: true,
  });
  Object.defineProperty(err, 'stack', {
    value: err.name + ' [' + code + ']: ' + err.message + '\n    at <anonymous>',
    writable: true, enumerable: false, configurable: true,
  });
  return err;
}

function nodeError(Ctor, code, message) {
  return withCode(new Ctor(message), code);
}

function invalidArgType(name, expected, value) {
  const what = name.includes('.') ? 'The "' + name + '" property'
                                  : 'The "' + name + '" argument';
  return nodeError(TypeError, 'ERR_INVALID_ARG_TYPE',
                   what + ' must be ' + expected + '. ' + received(value));
}

function outOfRange(name, range, value) {
  let shown = String(value);
  if (typeof value === 'string') shown = "'" + value + "'";
  return nodeError(RangeError, 'ERR_OUT_OF_RANGE',
                   'The value of "' + name + '" is out of range. It must be ' +
                   range + '. Received ' + shown);
}

function invalidArgValue(name, value, reason) {
  const kind = name.includes('.') ? 'property' : 'argument';
  return nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                   "The " + kind + " '" + name + "' " + (reason || 'is invalid') +
                   '. Received ' + require('kiln:internal').inspect(value));
}

function validateString(value, name) {
  if (typeof value !== 'string') {
    throw invalidArgType(name, 'of type string', value);
  }
}

function validateFunction(value, name) {
  if (typeof value !== 'function') {
    throw invalidArgType(name, 'of type function', value);
  }
}

function validateObject(value, name) {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    throw invalidArgType(name, 'of type object', value);
  }
}

function validateNumber(value, name) {
  if (typeof value !== 'number') {
    throw invalidArgType(name, 'of type number', value);
  }
}

function validateInteger(value, name, min, max) {
  validateNumber(value, name);
  if (!Number.isInteger(value)) throw outOfRange(name, 'an integer', value);
  if (value < min || value > max) {
    throw outOfRange(name, '>= ' + min + ' && <= ' + max, value);
  }
}

function validateInt32(value, name, min = -2147483648, max = 2147483647) {
  validateInteger(value, name, min, max);
}

function validateBoolean(value, name) {
  if (typeof value !== 'boolean') {
    throw invalidArgType(name, 'of type boolean', value);
  }
}

// Node's SystemError for a libuv failure in [syscall] (ERR_SYSTEM_ERROR).
function systemError(syscall, errno) {
  const [code, text] = require('kiln:os').errname(errno);
  const err = new Error('A system error occurred: ' + syscall + ' returned ' +
                        code + ' (' + text + ')');
  err.name = 'SystemError';
  withCode(err, 'ERR_SYSTEM_ERROR');
  const info = { errno, code, message: text, syscall };
  Object.defineProperty(err, 'info', {
    value: info, enumerable: true, configurable: true, writable: false,
  });
  Object.defineProperty(err, 'errno', {
    get() { return info.errno; }, set(v) { info.errno = v; },
    enumerable: true, configurable: true,
  });
  Object.defineProperty(err, 'syscall', {
    get() { return info.syscall; }, set(v) { info.syscall = v; },
    enumerable: true, configurable: true,
  });
  delete err.name;
  Object.defineProperty(err, 'name', {
    value: 'SystemError', writable: true, enumerable: false, configurable: true,
  });
  err.toString = function toString() {
    return 'SystemError [ERR_SYSTEM_ERROR]: ' + this.message;
  };
  Object.defineProperty(err, 'toString', { enumerable: false });
  return err;
}

// Node's UVException: "ENOENT: no such file or directory, uv_cwd" with
// errno/code/syscall (and path/dest when given).
function uvException(errno, syscall, path, dest) {
  const [code, text] = require('kiln:os').errname(errno);
  let message = code + ': ' + text + ', ' + syscall;
  if (path !== undefined) message += " '" + path + "'";
  if (dest !== undefined) message += " -> '" + dest + "'";
  const err = new Error(message);
  err.errno = errno;
  err.code = code;
  err.syscall = syscall;
  if (path !== undefined) err.path = path;
  if (dest !== undefined) err.dest = dest;
  return err;
}

module.exports = {
  received, nodeError, invalidArgType, outOfRange, invalidArgValue,
  validateString, validateFunction, validateObject, validateNumber,
  validateInteger, validateInt32, validateBoolean, systemError, uvException,
};
