// SPDX-License-Identifier: MIT
//
// async_hooks.js: node's `async_hooks`: AsyncLocalStorage, AsyncResource,
// the async ids and createHook.
//
// The runtime keeps one current "frame" (require('kiln:async_hooks'):
// getContext/setContext): a Map from each AsyncLocalStorage to its store,
// never changed once made (run and enterWith make a new one). Promise
// reactions (so `await`), nextTicks, queueMicrotask, timers and immediates
// run in the frame that was current when they were queued, as node's
// AsyncWrap resources do; other I/O callbacks start from the top-level
// frame. createHook's callbacks are not called: the runtime has no per-
// resource hooks (enable/disable work and do nothing else).
'use strict';

const binding = require('kiln:async_hooks');
const { invalidArgType, nodeError, validateFunction } = require('kiln:internal_procutil');

const EMPTY = new Map();

function frame() {
  return binding.getContext() || EMPTY;
}

// Runs fn(...args) with `this` thisArg in [f], then restores the frame.
function runIn(f, fn, thisArg, args) {
  const outer = binding.setContext(f === EMPTY ? undefined : f);
  try {
    return Reflect.apply(fn, thisArg, args);
  } finally {
    binding.setContext(outer);
  }
}

function withStore(f, als, store) {
  const m = new Map(f);
  m.set(als, store);
  return m;
}

class AsyncLocalStorage {
  constructor() {
    this._enabled = false;
  }

  static bind(fn) {
    return AsyncResource.bind(fn);
  }

  static snapshot() {
    const f = frame();
    return function runInAsyncScope(fn, ...args) {
      return runIn(f, fn, this, args);
    };
  }

  disable() {
    if (!this._enabled)
      return;
    this._enabled = false;
    const f = frame();
    if (f.has(this)) {
      const m = new Map(f);
      m.delete(this);
      binding.setContext(m.size ? m : undefined);
    }
  }

  getStore() {
    if (!this._enabled)
      return undefined;
    return frame().get(this);
  }

  enterWith(store) {
    this._enabled = true;
    binding.setContext(withStore(frame(), this, store));
  }

  run(store, callback, ...args) {
    this._enabled = true;
    return runIn(withStore(frame(), this, store), callback, undefined, args);
  }

  exit(callback, ...args) {
    const f = frame();
    if (!f.has(this))
      return Reflect.apply(callback, undefined, args);
    const m = new Map(f);
    m.delete(this);
    return runIn(m, callback, undefined, args);
  }
}

// Async ids: 1 is the main module's execution, as in node; resources made
// by AsyncResource take the next ones.
let nextAsyncId = 2;
let currentId = 1;
let currentTrigger = 0;

class AsyncResource {
  constructor(type, opts = {}) {
    if (typeof type !== 'string')
      throw invalidArgType('type', 'of type string', type);
    let triggerAsyncId = opts;
    let requireManualDestroy = false;
    if (typeof opts !== 'number') {
      triggerAsyncId = opts.triggerAsyncId === undefined ? currentId : opts.triggerAsyncId;
      requireManualDestroy = !!opts.requireManualDestroy;
    }
    if (!Number.isSafeInteger(triggerAsyncId) || triggerAsyncId < -1) {
      const e = new RangeError(`Invalid triggerAsyncId value: ${triggerAsyncId}`);
      e.code = 'ERR_INVALID_ASYNC_ID';
      throw e;
    }
    this._frame = frame();
    this._asyncId = nextAsyncId++;
    this._triggerAsyncId = triggerAsyncId;
    this._type = type;
    this._manualDestroy = requireManualDestroy;
  }

  runInAsyncScope(fn, thisArg, ...args) {
    const outerId = currentId, outerTrigger = currentTrigger;
    currentId = this._asyncId;
    currentTrigger = this._triggerAsyncId;
    try {
      return runIn(this._frame, fn, thisArg, args);
    } finally {
      currentId = outerId;
      currentTrigger = outerTrigger;
    }
  }

  emitDestroy() {
    return this;
  }

  asyncId() {
    return this._asyncId;
  }

  triggerAsyncId() {
    return this._triggerAsyncId;
  }

  bind(fn, thisArg) {
    validateFunction(fn, 'fn');
    const resource = this;
    const bound = function(...args) {
      return resource.runInAsyncScope(fn, thisArg === undefined ? this : thisArg, ...args);
    };
    Object.defineProperties(bound, {
      length: { configurable: true, enumerable: false, value: fn.length, writable: false },
      asyncResource: {
        configurable: true,
        enumerable: true,
        get: function deprecated() { return resource; },
        set: function deprecated(v) { Object.defineProperty(bound, 'asyncResource', { value: v }); },
      },
    });
    return bound;
  }

  static bind(fn, type, thisArg) {
    type = type || fn.name || 'bound-anonymous-fn';
    return new AsyncResource(type).bind(fn, thisArg);
  }
}

class AsyncHook {
  constructor(callbacks) {
    this._callbacks = callbacks;
  }

  enable() {
    return this;
  }

  disable() {
    return this;
  }
}

function createHook(callbacks) {
  for (const name of ['init', 'before', 'after', 'destroy', 'promiseResolve']) {
    if (callbacks[name] !== undefined && typeof callbacks[name] !== 'function')
      throw nodeError(TypeError, 'ERR_ASYNC_CALLBACK', `hook.${name} must be a function`);
  }
  return new AsyncHook(callbacks);
}

function executionAsyncId() {
  return currentId;
}

function triggerAsyncId() {
  return currentTrigger;
}

const topLevelResource = {};

function executionAsyncResource() {
  return topLevelResource;
}

const asyncWrapProviders = Object.freeze({ __proto__: null });

module.exports = {
  AsyncLocalStorage,
  createHook,
  executionAsyncId,
  triggerAsyncId,
  executionAsyncResource,
  asyncWrapProviders,
  AsyncResource,
};
