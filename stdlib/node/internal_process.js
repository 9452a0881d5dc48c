// SPDX-License-Identifier: MIT
//
// internal_process.js: the parts of `process` written in JavaScript
// (require('kiln:internal_process')). stdlib/node/process.c makes the
// process object; the members below are installed there as lazy
// natives, so a program that never calls them never loads this file:
// env (values are strings, changes reach the real environment),
// emitWarning, kill, cpuUsage, resourceUsage, and stdin/stdout/stderr
// (stdlib/node/internal_stdio.js).
'use strict';

const os = require('kiln:os');
const {
  nodeError, invalidArgType, validateNumber,
} = require('kiln:internal_procutil');

// --- env -------------------------------------------------------------------------

function makeEnv(initial) {
  const target = initial;
  return new Proxy(target, {
    set(t, key, value) {
      if (typeof key === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
      }
      const s = `${value}`;
      t[key] = s;
      os.setenv(key, s);
      return true;
    },
    defineProperty(t, key, desc) {
      if (typeof key === 'symbol') {
        throw new TypeError('Cannot convert a Symbol value to a string');
      }
      if ('get' in desc || 'set' in desc) {
        throw nodeError(TypeError, 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
                        "'process.env' does not accept an accessor(getter/setter)" +
                        ' descriptor');
      }
      if (!desc.configurable || !desc.writable || !desc.enumerable) {
        throw nodeError(TypeError, 'ERR_INVALID_OBJECT_DEFINE_PROPERTY',
                        "'process.env' only accepts a configurable, writable, " +
                        'and enumerable data descriptor');
      }
      const s = `${desc.value}`;
      Reflect.defineProperty(t, key, {
        value: s, writable: true, enumerable: true, configurable: true,
      });
      os.setenv(key, s);
      return true;
    },
    deleteProperty(t, key) {
      if (typeof key !== 'symbol') {
        delete t[key];
        os.unsetenv(key);
      }
      return true;
    },
  });
}

// --- warnings -------------------------------------------------------------------

let hinted = false;

function writeWarning(warning) {
  let text = '(node:' + process.pid + ') ';
  if (warning.code) text += '[' + warning.code + '] ';
  text += warning.name + ': ' + warning.message;
  if (typeof warning.detail === 'string') text += '\n' + warning.detail;
  if (!hinted) {
    hinted = true;
    const flag = warning.name === 'DeprecationWarning' ? '--trace-deprecation'
                                                        : '--trace-warnings';
    text += '\n(Use `node ' + flag + ' ...` to show where the warning was created)';
  }
  os.writeStderr(text + '\n');
}

function emitWarning(warning, type, code, ctor) {
  let detail;
  if (type !== null && typeof type === 'object' && !Array.isArray(type)) {
    ctor = type.ctor;
    code = type.code;
    if (typeof type.detail === 'string') detail = type.detail;
    type = type.type || 'Warning';
  } else if (typeof type === 'function') {
    ctor = type;
    code = undefined;
    type = 'Warning';
  }
  if (type !== undefined && typeof type !== 'string') {
    throw invalidArgType('type', 'of type string', type);
  }
  if (typeof code === 'function') {
    ctor = code;
    code = undefined;
  } else if (code !== undefined && typeof code !== 'string') {
    throw invalidArgType('code', 'of type string', code);
  }
  if (typeof warning === 'string') {
    const w = new Error(warning);
    w.name = String(type || 'Warning');
    if (code !== undefined) w.code = code;
    if (detail !== undefined) w.detail = detail;
    warning = w;
  } else if (!(warning instanceof Error)) {
    throw invalidArgType('warning', 'of type string or an instance of Error', warning);
  }
  if (warning.name === 'DeprecationWarning' && process.noDeprecation) return;
  process.nextTick(() => {
    process.emit('warning', warning);
    writeWarning(warning);
  });
}

// --- signals to other processes -----------------------------------------------------

function kill(pid, sig) {
  if (typeof pid !== 'number' || pid !== pid) {
    throw invalidArgType('pid', 'of type number', pid);
  }
  let num;
  if (sig === undefined) {
    num = 15;
  } else if (typeof sig === 'number') {
    if (!Number.isInteger(sig)) {
      throw nodeError(TypeError, 'ERR_UNKNOWN_SIGNAL', 'Unknown signal: ' + sig);
    }
    num = sig;
  } else {
    num = os.constants().signals[sig];
    if (num === undefined) {
      throw nodeError(TypeError, 'ERR_UNKNOWN_SIGNAL', 'Unknown signal: ' + sig);
    }
  }
  const r = os.kill(pid, num);
  if (r < 0) {
    const [code] = os.errname(r);
    const err = new Error('kill ' + code);
    err.errno = r;
    err.code = code;
    err.syscall = 'kill';
    throw err;
  }
  return true;
}

// --- usage ------------------------------------------------------------------------

function checkPrevious(prev, name, fields) {
  if (prev === undefined) return;
  if (prev === null || typeof prev !== 'object') {
    throw invalidArgType(name, 'of type object', prev);
  }
  for (const f of fields) {
    const v = prev[f];
    if (typeof v !== 'number') {
      throw invalidArgType(name + '.' + f, 'of type number', v);
    }
    if (v < 0 || v > Number.MAX_SAFE_INTEGER || v !== v) {
      throw nodeError(RangeError, 'ERR_INVALID_ARG_VALUE',
                      "The property '" + name + '.' + f + "' is invalid. Received " + v);
    }
  }
}

function cpuUsage(prev) {
  checkPrevious(prev, 'prevValue', ['user', 'system']);
  const r = os.rusage();
  const user = r[0];
  const system = r[1];
  if (prev) return { user: user - prev.user, system: system - prev.system };
  return { user, system };
}

function resourceUsage() {
  const r = os.rusage();
  return {
    userCPUTime: r[0],
    systemCPUTime: r[1],
    maxRSS: r[2],
    sharedMemorySize: r[3],
    unsharedDataSize: r[4],
    unsharedStackSize: r[5],
    minorPageFault: r[6],
    majorPageFault: r[7],
    swappedOut: r[8],
    fsRead: r[9],
    fsWrite: r[10],
    ipcSent: r[11],
    ipcReceived: r[12],
    signalsCount: r[13],
    voluntaryContextSwitches: r[14],
    involuntaryContextSwitches: r[15],
  };
}

function validateExitCode(code) {
  if (code === null || code === undefined) return code;
  let v = code;
  if (typeof code === 'string' && code !== '' && Number.isInteger(+code)) v = +code;
  validateNumber(v, 'code');
  if (!Number.isInteger(v)) {
    throw nodeError(RangeError, 'ERR_OUT_OF_RANGE',
                    'The value of "code" is out of range. It must be an integer. ' +
                    'Received ' + v);
  }
  return code;
}

module.exports = {
  makeEnv, emitWarning, kill, cpuUsage, resourceUsage, validateExitCode,
};
