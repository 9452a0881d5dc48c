// SPDX-License-Identifier: MIT
//
// perf_hooks.js: node's perf_hooks and the global `performance`: the clock
// (performance.now/timeOrigin over require('kiln:perf'), stdlib/node/process.c),
// the user-timing buffer (mark/measure/getEntries*/clear*), PerformanceObserver
// (callbacks in a setImmediate, as node queues them), timerify, and the
// histograms (createHistogram, monitorEventLoopDelay) with HdrHistogram's
// percentile walk over exact values.
'use strict';

const clock = require('kiln:perf');
const {
  nodeError, invalidArgType, outOfRange, validateObject, validateFunction,
} = require('kiln:internal_procutil');

const inspectCustom = Symbol.for('nodejs.util.inspect.custom');
const kConstruct = Symbol('kiln.perf.construct');

function illegal() {
  return nodeError(TypeError, 'ERR_ILLEGAL_CONSTRUCTOR', 'Illegal constructor');
}

function domException(message, name) {
  const { DOMException } = require('kiln:internal_event_target');
  return new DOMException(message, name);
}

function now() { return clock.now(); }

function inspectAs(name, obj, depth, options, inspect) {
  if (depth < 0) return `[${name}]`;
  const opts = Object.assign({}, options, { depth: options.depth == null ? null : options.depth - 1 });
  return `${name} ${inspect(obj, opts)}`;
}

// --- entries ------------------------------------------------------------------------------

class PerformanceEntry {
  constructor(key, name, type, start, duration, detail) {
    if (key !== kConstruct) throw illegal();
    Object.defineProperty(this, kConstruct, {
      value: { name, type, start, duration, detail }, enumerable: false,
    });
  }
  get name() { return this[kConstruct].name; }
  get entryType() { return this[kConstruct].type; }
  get startTime() { return this[kConstruct].start; }
  get duration() { return this[kConstruct].duration; }
  toJSON() {
    return { name: this.name, entryType: this.entryType, startTime: this.startTime,
             duration: this.duration };
  }
  [inspectCustom](depth, options, inspect) {
    return inspectAs(this.constructor.name, this.toJSON(), depth, options, inspect);
  }
}
Object.defineProperty(PerformanceEntry.prototype, Symbol.toStringTag, {
  value: 'PerformanceEntry', configurable: true,
});

function withDetail(Base, tag) {
  class Entry extends Base {
    get detail() { return this[kConstruct].detail; }
    toJSON() {
      return { name: this.name, entryType: this.entryType, startTime: this.startTime,
               duration: this.duration, detail: this.detail };
    }
  }
  Object.defineProperty(Entry.prototype, Symbol.toStringTag, { value: tag, configurable: true });
  return Entry;
}

function cloneDetail(detail) {
  if (detail === undefined || detail === null) return null;
  return structuredClone(detail);
}

function validateTimestamp(t, name) {
  if (typeof t !== 'number') throw invalidArgType(name, 'of type number', t);
  if (t < 0) {
    throw nodeError(TypeError, 'ERR_PERFORMANCE_INVALID_TIMESTAMP',
                    `${t} is not a valid timestamp`);
  }
}

const MarkBase = withDetail(PerformanceEntry, 'PerformanceMark');
class PerformanceMark extends MarkBase {
  constructor(name, options) {
    if (arguments.length === 0) {
      throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "name" argument must be specified');
    }
    name = `${name}`;
    if (options !== undefined) validateObject(options, 'options');
    let start = options && options.startTime;
    if (start === undefined) start = now();
    else validateTimestamp(start, 'startTime');
    super(kConstruct, name, 'mark', start, 0, cloneDetail(options && options.detail));
  }
}
Object.defineProperty(PerformanceMark, 'name', { value: 'PerformanceMark' });

const MeasureBase = withDetail(PerformanceEntry, 'PerformanceMeasure');
class PerformanceMeasure extends MeasureBase {
  constructor(key, name, start, duration, detail) {
    if (key !== kConstruct) throw illegal();
    super(kConstruct, name, 'measure', start, duration, detail);
  }
}
Object.defineProperty(PerformanceMeasure, 'name', { value: 'PerformanceMeasure' });

class PerformanceResourceTiming extends PerformanceEntry {
  constructor(key) {
    if (key !== kConstruct) throw illegal();
    super(kConstruct, '', 'resource', 0, 0, null);
  }
}

// --- the buffer and the observers ---------------------------------------------------------

let marks = [];
let measures = [];
const observers = new Set();
let pendingQueued = false;
const pending = new Set();

const supportedEntryTypes = Object.freeze(['dns', 'function', 'gc', 'http', 'http2', 'mark',
  'measure', 'net', 'resource']);

function byStartTime(list) {
  return list.slice().sort((a, b) => a.startTime - b.startTime);
}

function enqueue(entry) {
  for (const obs of observers) {
    const st = obs[kConstruct];
    if (!st.types.has(entry.entryType)) continue;
    st.buffer.push(entry);
    pending.add(obs);
  }
  if (pending.size && !pendingQueued) {
    pendingQueued = true;
    setImmediate(() => {
      pendingQueued = false;
      const list = Array.from(pending);
      pending.clear();
      for (const obs of list) obs[kConstruct].dispatch();
    });
  }
}

class PerformanceObserverEntryList {
  constructor(key, entries) {
    if (key !== kConstruct) throw illegal();
    Object.defineProperty(this, kConstruct, { value: byStartTime(entries) });
  }
  getEntries() { return this[kConstruct].slice(); }
  getEntriesByType(type) {
    type = `${type}`;
    return this[kConstruct].filter((e) => e.entryType === type);
  }
  getEntriesByName(name, type) {
    name = `${name}`;
    return this[kConstruct].filter((e) => e.name === name &&
                                          (type === undefined || e.entryType === `${type}`));
  }
  [inspectCustom](depth, options, inspect) {
    return inspectAs('PerformanceObserverEntryList', this[kConstruct], depth, options, inspect);
  }
}

class PerformanceObserver {
  constructor(callback) {
    validateFunction(callback, 'callback');
    const self = this;
    Object.defineProperty(this, kConstruct, {
      value: {
        callback, types: new Set(), buffer: [], mode: undefined,
        dispatch() {
          const entries = this.buffer;
          this.buffer = [];
          if (!entries.length) return;
          callback.call(self, new PerformanceObserverEntryList(kConstruct, entries), self);
        },
      },
    });
  }

  static get supportedEntryTypes() { return supportedEntryTypes; }

  observe(options = {}) {
    validateObject(options, 'options');
    const { entryTypes, type, buffered } = options;
    if (entryTypes === undefined && type === undefined) {
      throw nodeError(TypeError, 'ERR_MISSING_ARGS',
                      'The "options.entryTypes" and "options.type" arguments must be specified');
    }
    if (entryTypes != null && type != null) {
      throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                      "The property 'options.entryTypes' can not be used with 'options.type'. " +
                      'Received ' + require('kiln:internal').inspect(entryTypes));
    }
    const st = this[kConstruct];
    if (entryTypes != null) {
      if (!Array.isArray(entryTypes)) {
        throw invalidArgType('options.entryTypes', 'an instance of Array', entryTypes);
      }
      st.types.clear();
      for (const t of entryTypes) if (supportedEntryTypes.includes(t)) st.types.add(t);
    } else {
      if (!supportedEntryTypes.includes(type)) return;
      st.types.add(type);
      if (buffered) {
        const old = type === 'mark' ? marks : type === 'measure' ? measures : [];
        if (old.length) {
          st.buffer.push(...old);
          pending.add(this);
          enqueue({ entryType: '' });
        }
      }
    }
    if (st.types.size) observers.add(this);
    else this.disconnect();
  }

  disconnect() {
    const st = this[kConstruct];
    observers.delete(this);
    pending.delete(this);
    st.buffer = [];
    st.types.clear();
  }

  takeRecords() {
    const st = this[kConstruct];
    const list = st.buffer;
    st.buffer = [];
    return list;
  }

  [inspectCustom](depth, options, inspect) {
    const st = this[kConstruct];
    return inspectAs('PerformanceObserver', {
      connected: observers.has(this), pending: pending.has(this),
      entryTypes: Array.from(st.types), buffer: st.buffer,
    }, depth, options, inspect);
  }
}

// --- performance --------------------------------------------------------------------------

function findMark(name) {
  for (let i = marks.length - 1; i >= 0; i--) if (marks[i].name === name) return marks[i].startTime;
  return undefined;
}

function markTime(v, name) {
  if (v === undefined) return undefined;
  if (typeof v === 'number') {
    validateTimestamp(v, name);
    return v;
  }
  const s = `${v}`;
  const t = findMark(s);
  if (t === undefined) {
    throw domException(`The "${s}" performance mark has not been set`, 'SyntaxError');
  }
  return t;
}

function eventLoopUtilization(u1, u2) {
  const active = now();
  const cur = { idle: 0, active, utilization: active > 0 ? 1 : 0 };
  if (u1 === undefined) return cur;
  const base = u2 === undefined ? cur : u2;
  const a = base.active - u1.active;
  const i = base.idle - u1.idle;
  return { idle: i, active: a, utilization: a + i > 0 ? a / (a + i) : 0 };
}

class PerformanceNodeTiming {
  get name() { return 'node'; }
  get entryType() { return 'node'; }
  get startTime() { return 0; }
  get duration() { return now(); }
  get nodeStart() { return 0; }
  get v8Start() { return 0; }
  get environment() { return 0; }
  get bootstrapComplete() { return 0; }
  get loopStart() { return 0; }
  get loopExit() { return -1; }
  get idleTime() { return 0; }
  toJSON() {
    return { name: 'node', entryType: 'node', startTime: 0, duration: this.duration,
             nodeStart: 0, v8Start: 0, bootstrapComplete: 0, environment: 0, loopStart: 0,
             loopExit: -1, idleTime: 0 };
  }
  [inspectCustom](depth, options, inspect) {
    return inspectAs('PerformanceNodeTiming', this.toJSON(), depth, options, inspect);
  }
}
const nodeTiming = new PerformanceNodeTiming();

class Performance extends (require('kiln:internal_event_target').EventTarget) {
  constructor(key) {
    if (key !== kConstruct) throw illegal();
    super();
  }

  clearMarks(name) {
    if (name === undefined) marks = [];
    else {
      name = `${name}`;
      marks = marks.filter((m) => m.name !== name);
    }
  }

  clearMeasures(name) {
    if (name === undefined) measures = [];
    else {
      name = `${name}`;
      measures = measures.filter((m) => m.name !== name);
    }
  }

  clearResourceTimings() {}

  getEntries() { return byStartTime(marks.concat(measures)); }

  getEntriesByName(name, type) {
    if (arguments.length === 0) {
      throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "name" argument must be specified');
    }
    name = `${name}`;
    return this.getEntries().filter((e) => e.name === name &&
                                           (type === undefined || e.entryType === `${type}`));
  }

  getEntriesByType(type) {
    if (arguments.length === 0) {
      throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "type" argument must be specified');
    }
    type = `${type}`;
    if (type === 'mark') return byStartTime(marks);
    if (type === 'measure') return byStartTime(measures);
    return [];
  }

  mark(name, options) {
    if (arguments.length === 0) {
      throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "name" argument must be specified');
    }
    const m = new PerformanceMark(name, options);
    marks.push(m);
    enqueue(m);
    return m;
  }

  measure(name, startOrOptions, endMark) {
    if (arguments.length === 0) {
      throw nodeError(TypeError, 'ERR_MISSING_ARGS', 'The "name" argument must be specified');
    }
    name = `${name}`;
    let start;
    let end;
    let duration;
    let detail = null;
    let endGiven = false;
    if (startOrOptions !== null && typeof startOrOptions === 'object' &&
        Object.keys(startOrOptions).length) {
      const o = startOrOptions;
      if (endMark !== undefined) {
        throw nodeError(TypeError, 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
                        'endMark must not be specified');
      }
      if (o.start !== undefined && o.end !== undefined && o.duration !== undefined) {
        throw nodeError(TypeError, 'ERR_PERFORMANCE_MEASURE_INVALID_OPTIONS',
                        'Must not have options.start, options.end, and options.duration specified');
      }
      start = markTime(o.start, 'start');
      end = markTime(o.end, 'end');
      endGiven = end !== undefined;
      if (o.duration !== undefined) {
        validateTimestamp(o.duration, 'duration');
        duration = o.duration;
      }
      detail = cloneDetail(o.detail);
    } else if (startOrOptions === null || typeof startOrOptions !== 'object') {
      start = markTime(startOrOptions, 'startMark');
      end = markTime(endMark, 'endMark');
    }
    if (end === undefined) {
      end = duration !== undefined && start !== undefined ? start + duration : now();
    }
    if (start === undefined) start = duration !== undefined && endGiven ? end - duration : 0;
    const m = new PerformanceMeasure(kConstruct, name, start, end - start, detail);
    measures.push(m);
    enqueue(m);
    return m;
  }

  now() { return now(); }
  setResourceTimingBufferSize() {}
  get timeOrigin() { return clock.timeOrigin; }
  get nodeTiming() { return nodeTiming; }

  toJSON() {
    return { nodeTiming, timeOrigin: this.timeOrigin,
             eventLoopUtilization: this.eventLoopUtilization() };
  }

  eventLoopUtilization(u1, u2) { return eventLoopUtilization(u1, u2); }

  markResourceTiming() {
    return new PerformanceResourceTiming(kConstruct);
  }

  timerify(fn, options = {}) {
    validateFunction(fn, 'fn');
    validateObject(options, 'options');
    if (fn[kTimerified]) return fn[kTimerified];
    const timerified = function timerified(...args) {
      const start = now();
      const result = new.target ? Reflect.construct(fn, args, fn) : Reflect.apply(fn, this, args);
      const entry = new PerformanceEntry(kConstruct, fn.name, 'function', start, now() - start,
                                         args);
      enqueue(entry);
      return result;
    };
    Object.defineProperties(timerified, {
      length: { value: fn.length, configurable: true },
      name: { value: `timerified ${fn.name}`, configurable: true },
    });
    Object.defineProperty(fn, kTimerified, { value: timerified, configurable: true });
    return timerified;
  }

  [inspectCustom](depth, options, inspect) {
    return inspectAs('Performance', {
      nodeTiming, timeOrigin: this.timeOrigin,
      eventLoopUtilization: this.eventLoopUtilization(),
    }, depth, options, inspect);
  }
}
const kTimerified = Symbol('kiln.perf.timerified');
for (const name of ['clearMarks', 'clearMeasures', 'clearResourceTimings', 'getEntries',
  'getEntriesByName', 'getEntriesByType', 'mark', 'measure', 'now', 'setResourceTimingBufferSize',
  'toJSON', 'eventLoopUtilization', 'markResourceTiming', 'timerify']) {
  const d = Object.getOwnPropertyDescriptor(Performance.prototype, name);
  d.enumerable = true;
  Object.defineProperty(Performance.prototype, name, d);
}
for (const name of ['timeOrigin', 'nodeTiming']) {
  const d = Object.getOwnPropertyDescriptor(Performance.prototype, name);
  d.enumerable = true;
  Object.defineProperty(Performance.prototype, name, d);
}
Object.defineProperty(Performance.prototype, Symbol.toStringTag, {
  value: 'Performance', configurable: true,
});

const performance = new Performance(kConstruct);

// --- histograms ---------------------------------------------------------------------------

const MAX_SAFE = Number.MAX_SAFE_INTEGER;
class SafeMap extends Map {}

class Histogram {
  constructor(key) {
    if (key !== kConstruct) throw illegal();
    Object.defineProperty(this, kConstruct, { value: { counts: new Map(), count: 0, sum: 0,
      min: 9223372036854776000, max: 0, exceeds: 0, prev: undefined }, writable: true });
  }
  get count() { return this[kConstruct].count; }
  get countBigInt() { return BigInt(this.count); }
  get min() { return this[kConstruct].min; }
  get minBigInt() { return BigInt(this[kConstruct].count ? this.min : 9223372036854775807n); }
  get max() { return this[kConstruct].max; }
  get maxBigInt() { return BigInt(this.max); }
  get mean() { const s = this[kConstruct]; return s.count ? s.sum / s.count : NaN; }
  get exceeds() { return this[kConstruct].exceeds; }
  get exceedsBigInt() { return BigInt(this.exceeds); }
  get stddev() {
    const s = this[kConstruct];
    if (!s.count) return NaN;
    const mean = s.sum / s.count;
    let acc = 0;
    for (const [v, n] of s.counts) acc += (v - mean) * (v - mean) * n;
    return Math.sqrt(acc / s.count);
  }

  percentile(p) {
    if (typeof p !== 'number') throw invalidArgType('percentile', 'of type number', p);
    if (!(p > 0 && p <= 100)) {
      throw outOfRange('percentile', '> 0 && <= 100', p);
    }
    const s = this[kConstruct];
    if (!s.count) return 0;
    const want = Math.max(1, Math.trunc((p / 100) * s.count + 0.5));
    let seen = 0;
    for (const v of sortedValues(s)) {
      seen += s.counts.get(v);
      if (seen >= want) return v;
    }
    return s.max;
  }
  percentileBigInt(p) { return BigInt(this.percentile(p)); }

  // HdrHistogram's percentile iterator (half-distance ticks of 1).
  get percentiles() {
    const s = this[kConstruct];
    const out = new SafeMap();
    if (!s.count) {
      out.set(100, 0);
      return out;
    }
    const values = sortedValues(s);
    let target = 0;
    let seen = 0;
    let last = 0;
    for (const v of values) {
      seen += s.counts.get(v);
      last = v;
      const current = (100 * seen) / s.count;
      while (target <= current && seen < s.count + 1) {
        out.set(target, v);
        const halfDistance = 2 ** Math.floor(Math.log2(100 / (100 - target)) + 1);
        target += 100 / halfDistance;
        if (seen >= s.count) break;
      }
      if (seen >= s.count) break;
    }
    out.set(100, last);
    return out;
  }
  get percentilesBigInt() {
    const m = new SafeMap();
    for (const [k, v] of this.percentiles) m.set(k, BigInt(v));
    return m;
  }

  reset() {
    const s = this[kConstruct];
    s.counts = new Map();
    s.count = 0;
    s.sum = 0;
    s.min = 9223372036854776000;
    s.max = 0;
    s.exceeds = 0;
    s.prev = undefined;
  }

  toJSON() {
    return { count: this.count, min: this.min, max: this.max, mean: this.mean,
             exceeds: this.exceeds, stddev: this.stddev,
             percentiles: Object.fromEntries(this.percentiles) };
  }

  [inspectCustom](depth, options, inspect) {
    return inspectAs('Histogram', {
      min: this.min, max: this.max, mean: this.mean, exceeds: this.exceeds,
      stddev: this.stddev, count: this.count, percentiles: this.percentiles,
    }, depth, options, inspect);
  }
}

function sortedValues(s) {
  return Array.from(s.counts.keys()).sort((a, b) => a - b);
}

function recordValue(s, v) {
  s.counts.set(v, (s.counts.get(v) || 0) + 1);
  s.count++;
  s.sum += v;
  if (v < s.min) s.min = v;
  if (v > s.max) s.max = v;
}

class RecordableHistogram extends Histogram {
  constructor(key) {
    super(key);
  }
  record(val) {
    if (typeof val === 'bigint') val = Number(val);
    else if (typeof val !== 'number') {
      throw invalidArgType('val', 'of type number or bigint', val);
    }
    if (!(val >= 1 && val <= MAX_SAFE)) {
      throw outOfRange('val', `>= 1 && <= ${MAX_SAFE}`, val);
    }
    recordValue(this[kConstruct], Math.trunc(val));
  }
  recordDelta() {
    const s = this[kConstruct];
    const t = Number(process.hrtime.bigint());
    if (s.prev !== undefined) recordValue(s, Math.max(1, t - s.prev));
    s.prev = t;
  }
  add(other) {
    if (!(other instanceof RecordableHistogram)) {
      throw invalidArgType('other', 'an instance of RecordableHistogram', other);
    }
    const s = this[kConstruct];
    const o = other[kConstruct];
    for (const [v, n] of o.counts) {
      for (let i = 0; i < n; i++) recordValue(s, v);
    }
  }
}

function createHistogram(options = {}) {
  validateObject(options, 'options');
  return new RecordableHistogram(kConstruct);
}

class IntervalHistogram extends Histogram {
  constructor(key, resolution) {
    super(key);
    Object.defineProperty(this, 'kiln_timer', { value: { timer: null, resolution }, writable: true });
  }
  enable() {
    const t = this.kiln_timer;
    if (t.timer) return false;
    const s = this[kConstruct];
    let last = process.hrtime.bigint();
    t.timer = setInterval(() => {
      const cur = process.hrtime.bigint();
      const delay = Number(cur - last) - t.resolution * 1e6;
      last = cur;
      recordValue(s, Math.max(1, Math.trunc(delay)));
    }, t.resolution);
    t.timer.unref();
    return true;
  }
  disable() {
    const t = this.kiln_timer;
    if (!t.timer) return false;
    clearInterval(t.timer);
    t.timer = null;
    return true;
  }
}

function monitorEventLoopDelay(options = {}) {
  validateObject(options, 'options');
  const { resolution = 10 } = options;
  if (typeof resolution !== 'number') {
    throw invalidArgType('options.resolution', 'of type number', resolution);
  }
  if (resolution <= 0 || !Number.isSafeInteger(resolution)) {
    throw outOfRange('options.resolution', '> 0', resolution);
  }
  return new IntervalHistogram(kConstruct, resolution);
}

const constants = {
  NODE_PERFORMANCE_GC_MAJOR: 4,
  NODE_PERFORMANCE_GC_MINOR: 1,
  NODE_PERFORMANCE_GC_INCREMENTAL: 8,
  NODE_PERFORMANCE_GC_WEAKCB: 16,
  NODE_PERFORMANCE_GC_FLAGS_NO: 0,
  NODE_PERFORMANCE_GC_FLAGS_CONSTRUCT_RETAINED: 2,
  NODE_PERFORMANCE_GC_FLAGS_FORCED: 4,
  NODE_PERFORMANCE_GC_FLAGS_SYNCHRONOUS_PHANTOM_PROCESSING: 8,
  NODE_PERFORMANCE_GC_FLAGS_ALL_AVAILABLE_GARBAGE: 16,
  NODE_PERFORMANCE_GC_FLAGS_ALL_EXTERNAL_MEMORY: 32,
  NODE_PERFORMANCE_GC_FLAGS_SCHEDULE_IDLE: 64,
};

module.exports = {
  Performance,
  PerformanceEntry,
  PerformanceMark,
  PerformanceMeasure,
  PerformanceObserver,
  PerformanceObserverEntryList,
  PerformanceResourceTiming,
  monitorEventLoopDelay,
  createHistogram,
  performance,
  constants,
};
