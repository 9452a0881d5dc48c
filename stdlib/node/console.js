// SPDX-License-Identifier: MIT
//
// console.js: node's `console` module: the global console, with the
// Console class for consoles that write to other streams
// (new Console(stdout[, stderr]) or new Console({ stdout, stderr,
// ignoreErrors, groupIndentation })). The global console itself is native
// (stdlib/builtins/console.c). Console#table is not implemented yet: it
// throws ERR_METHOD_NOT_IMPLEMENTED.
'use strict';

const util = require('util');
const { invalidArgType, nodeError } = require('kiln:internal_procutil');

function streamOk(s) {
  return s && typeof s.write === 'function';
}

// A function, not a class: node's Console may be called without `new`.
function Console(options, stderr, ignoreErrors) {
  if (!new.target)
    return new Console(options, stderr, ignoreErrors);
  if (!options || typeof options.write === 'function')
    options = { stdout: options, stderr, ignoreErrors };
  const out = options.stdout;
  const err = options.stderr === undefined ? out : options.stderr;
  if (!streamOk(out))
    throw notWritable('stdout');
  if (!streamOk(err))
    throw notWritable('stderr');
  {
    const indentation = options.groupIndentation === undefined ? 2 : options.groupIndentation;
    const state = {
      out, err, ignoreErrors: options.ignoreErrors !== false,
      indent: '', step: ' '.repeat(indentation), counts: new Map(), timers: new Map(),
      inspectOptions: options.inspectOptions,
    };
    // node binds every method to the instance
    for (const name of Object.getOwnPropertyNames(Console.prototype)) {
      if (name === 'constructor')
        continue;
      const fn = Console.prototype[name];
      Object.defineProperty(this, name, {
        value: function(...args) { return fn.apply(this, [state, ...args]); }.bind(this),
        writable: true, enumerable: true, configurable: true,
      });
      Object.defineProperty(this[name], 'name', { value: name });
    }
  }
}

function notWritable(name) {
  return nodeError(TypeError, 'ERR_CONSOLE_WRITABLE_STREAM',
                   `Console expects a writable stream instance for ${name}`);
}

const methods = {

  log(s, ...args) { write(s, s.out, args); },
  info(s, ...args) { write(s, s.out, args); },
  debug(s, ...args) { write(s, s.out, args); },
  warn(s, ...args) { write(s, s.err, args); },
  error(s, ...args) { write(s, s.err, args); },

  dir(s, obj, options) {
    emit(s, s.out, util.inspect(obj, { customInspect: false, ...s.inspectOptions, ...options }));
  },

  dirxml(s, ...args) { write(s, s.out, args); },

  trace(s, ...args) {
    const e = { name: 'Trace', message: util.format(...args) };
    Error.captureStackTrace(e);
    emit(s, s.err, e.stack);
  },

  assert(s, value, ...args) {
    if (value)
      return;
    args[0] = `Assertion failed${args.length === 0 ? '' : `: ${args[0]}`}`;
    write(s, s.err, args);
  },

  count(s, label = 'default') {
    label = `${label}`;
    const n = (s.counts.get(label) || 0) + 1;
    s.counts.set(label, n);
    emit(s, s.out, `${label}: ${n}`);
  },

  countReset(s, label = 'default') {
    label = `${label}`;
    if (!s.counts.has(label)) {
      process.emitWarning(`Count for '${label}' does not exist`);
      return;
    }
    s.counts.delete(label);
  },

  group(s, ...args) {
    if (args.length > 0)
      write(s, s.out, args);
    s.indent += s.step;
  },

  groupCollapsed(s, ...args) {
    if (args.length > 0)
      write(s, s.out, args);
    s.indent += s.step;
  },

  groupEnd(s) {
    s.indent = s.indent.slice(0, s.indent.length - s.step.length);
  },

  time(s, label = 'default') {
    label = `${label}`;
    if (s.timers.has(label)) {
      process.emitWarning(`Label '${label}' already exists for console.time()`);
      return;
    }
    s.timers.set(label, process.hrtime.bigint());
  },

  timeEnd(s, label = 'default') {
    label = `${label}`;
    if (timeLog(s, label, 'timeEnd', []))
      s.timers.delete(label);
  },

  timeLog(s, label = 'default', ...data) {
    timeLog(s, `${label}`, 'timeLog', data);
  },

  table(s) {
    throw nodeError(Error, 'ERR_METHOD_NOT_IMPLEMENTED',
                    'The Console.table() method is not implemented');
  },
};
for (const name of Object.keys(methods))
  Object.defineProperty(Console.prototype, name, {
    value: methods[name], writable: true, enumerable: false, configurable: true,
  });

function timeLog(s, label, name, data) {
  const start = s.timers.get(label);
  if (start === undefined) {
    process.emitWarning(`No such label '${label}' for console.${name}()`);
    return false;
  }
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  const text = ms >= 1000 ? `${(ms / 1000).toFixed(3)}s` : `${ms.toFixed(3)}ms`;
  write(s, s.out, [`${label}: ${text}`, ...data]);
  return true;
}

function write(s, stream, args) {
  emit(s, stream, util.formatWithOptions(s.inspectOptions || {}, ...args));
}

function emit(s, stream, text) {
  if (s.indent)
    text = s.indent + text.split('\n').join('\n' + s.indent);
  try {
    stream.write(text + '\n');
  } catch (e) {
    if (!s.ignoreErrors)
      throw e;
  }
}

module.exports = globalThis.console;
if (!('Console' in globalThis.console))
  Object.defineProperty(globalThis.console, 'Console', {
    value: Console, writable: true, enumerable: false, configurable: true,
  });
