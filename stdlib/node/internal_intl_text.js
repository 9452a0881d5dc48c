// SPDX-License-Identifier: MIT
//
// internal_intl_text.js: Intl.Segmenter and Intl.Collator (ECMA-402
// chapters 10 and 18), as node 20 (V8 over ICU) has them; each export
// becomes a property of Intl (internal_intl.js).
//
// The text work is native (stdlib/node/intl_text.c): breaks() finds the
// UAX #29 boundaries of a whole string, compare() is the collation that
// String.prototype.localeCompare uses too (stdlib/builtins/string.c).
// Internal slots live in WeakMaps, so the objects have no own properties,
// as in V8.
'use strict';

const L = require('kiln:internal_intl_locale');
const binding = require('kiln:intl_text');

const IteratorPrototype = Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]()));

function incompatible(method, receiver) {
  let shown;
  if (receiver !== null && (typeof receiver === 'object' || typeof receiver === 'function')) {
    const ctor = receiver.constructor;
    shown = typeof receiver === 'function' ? `function ${receiver.name}` :
      `#<${(ctor && typeof ctor === 'function' && ctor.name) || 'Object'}>`;
  } else if (typeof receiver === 'string') {
    shown = receiver;
  } else if (typeof receiver === 'symbol') {
    shown = receiver.toString();
  } else {
    shown = String(receiver);
  }
  return new TypeError(`Method ${method} called on incompatible receiver ${shown}`);
}

// V8 reads option bags with ToObject, and a primitive (non-undefined)
// bag of a Segmenter is "invalid_argument".
function segmenterOptions(options) {
  if (options === undefined) return Object.create(null);
  if (options === null || (typeof options !== 'object' && typeof options !== 'function')) {
    throw new TypeError('invalid_argument');
  }
  return options;
}

function defineClass(C, proto, methods, tag) {
  Object.defineProperty(proto, 'constructor', { value: C, writable: true, enumerable: false,
                                                configurable: true });
  L.defineMethods(proto, methods);
  L.defineTag(proto, tag);
  Object.defineProperty(C, 'prototype', { value: proto, writable: false, enumerable: false,
                                          configurable: false });
  L.defineMethods(C, {
    supportedLocalesOf(locales) {
      return L.supportedLocalesOf(locales, arguments.length > 1 ? arguments[1] : undefined);
    },
  });
}

// --- Intl.Segmenter ----------------------------------------------------------------

const segmenters = new WeakMap();    // Segmenter -> { locale, granularity }
const segmentsSlots = new WeakMap(); // Segments -> { string, granularity, ends }
const iterSlots = new WeakMap();     // Segment Iterator -> { segments, pos }
const GRANULARITY = ['grapheme', 'word', 'sentence'];

function Segmenter() {
  if (new.target === undefined) throw new TypeError("Constructor Intl.Segmenter requires 'new'");
  const locales = arguments[0];
  const requested = L.canonicalizeLocaleList(locales);
  const options = segmenterOptions(arguments[1]);
  L.setCtor('Segmenter');
  L.getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit');
  const r = L.resolveLocale(requested, []);
  const granularity = L.getOption(options, 'granularity', 'string', GRANULARITY, 'grapheme');
  const self = Object.create(new.target.prototype);
  segmenters.set(self, { locale: r.locale, granularity });
  return self;
}

const SegmentsPrototype = {};
const SegmentIteratorPrototype = Object.create(IteratorPrototype);

// The boundaries of the whole string, computed on first use: [ends],
// and for words [wordLike] beside them.
function boundaries(slot) {
  if (slot.ends === undefined) {
    const raw = binding.breaks(slot.string, GRANULARITY.indexOf(slot.granularity));
    if (slot.granularity === 'word') {
      slot.ends = raw.map((v) => Math.floor(v / 2));
      slot.wordLike = raw.map((v) => v % 2 === 1);
    } else {
      slot.ends = raw;
    }
  }
  return slot;
}

// The segment data object for segment [k] (CreateSegmentDataObject).
function segmentData(slot, k) {
  const start = k === 0 ? 0 : slot.ends[k - 1];
  const end = slot.ends[k];
  const o = { segment: slot.string.slice(start, end), index: start, input: slot.string };
  if (slot.granularity === 'word') o.isWordLike = slot.wordLike[k];
  return o;
}

L.defineMethods(SegmentsPrototype, {
  containing(index) {
    const slot = segmentsSlots.get(this);
    if (slot === undefined) throw incompatible('%Segments.prototype%.containing', this);
    let n = Number(index);
    n = Number.isNaN(n) ? 0 : Math.trunc(n);
    const len = slot.string.length;
    if (n < 0 || n >= len) return undefined;
    const { ends } = boundaries(slot);
    let lo = 0, hi = ends.length - 1;   // first k with ends[k] > n
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ends[mid] > n) hi = mid; else lo = mid + 1;
    }
    return segmentData(slot, lo);
  },
  [Symbol.iterator]() {
    const slot = segmentsSlots.get(this);
    if (slot === undefined) throw incompatible('%SegmentIsPrototype%[@@iterator]', this);
    const it = Object.create(SegmentIteratorPrototype);
    iterSlots.set(it, { slot, k: 0 });
    return it;
  },
});

L.defineMethods(SegmentIteratorPrototype, {
  next() {
    const st = iterSlots.get(this);
    if (st === undefined) throw incompatible('%SegmentIterator.prototype%.next', this);
    const slot = boundaries(st.slot);
    if (slot.string.length === 0 || st.k >= slot.ends.length) {
      return { value: undefined, done: true };
    }
    return { value: segmentData(slot, st.k++), done: false };
  },
});
L.defineTag(SegmentIteratorPrototype, 'Segmenter String Iterator');

defineClass(Segmenter, Object.create(Object.prototype), {
  resolvedOptions() {
    const s = segmenters.get(this);
    if (s === undefined) throw incompatible('Intl.Segmenter.prototype.resolvedOptions', this);
    return { locale: s.locale, granularity: s.granularity };
  },
  segment(string) {
    const s = segmenters.get(this);
    if (s === undefined) throw incompatible('Intl.Segmenter.prototype.segment', this);
    const str = `${string}`;
    const segs = Object.create(SegmentsPrototype);
    segmentsSlots.set(segs, { string: str, granularity: s.granularity, ends: undefined });
    return segs;
  },
}, 'Intl.Segmenter');

// --- Intl.Collator -----------------------------------------------------------------

const collators = new WeakMap();   // Collator -> resolved options and flags
const SENSITIVITY = ['base', 'accent', 'case', 'variant'];
// ICU's collations for English besides the default one.
const COLLATIONS = ['emoji', 'eor'];

// The flags of binding.compare (see js_collate_compare in string.c).
function collateFlags(sensitivity, numeric, caseFirst, ignorePunctuation) {
  return ['variant', 'base', 'accent', 'case'].indexOf(sensitivity) |
    (numeric ? 4 : 0) | (caseFirst === 'upper' ? 8 : caseFirst === 'lower' ? 16 : 0) |
    (ignorePunctuation ? 32 : 0);
}

function Collator() {
  const locales = arguments[0];
  let options = arguments[1];
  const requested = L.canonicalizeLocaleList(locales);
  if (options === undefined) options = Object.create(null);
  else if (options === null) throw new TypeError('Intl.Collator called on null or undefined');
  else options = Object(options);
  L.setCtor('Collator');
  const usage = L.getOption(options, 'usage', 'string', ['sort', 'search'], 'sort');
  L.getOption(options, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit');
  let collation = L.getOption(options, 'collation', 'string', undefined, undefined);
  if (collation !== undefined && !/^[a-z0-9]{3,8}(-[a-z0-9]{3,8})*$/i.test(collation)) {
    throw new RangeError(`Invalid collation : ${collation}`);
  }
  let numeric = L.getOption(options, 'numeric', 'boolean', undefined, undefined);
  let caseFirst = L.getOption(options, 'caseFirst', 'string', ['upper', 'lower', 'false'],
                              undefined);
  const r = L.resolveLocale(requested, ['co', 'kf', 'kn']);
  const kept = new Map();
  const co = r.keywords.get('co');
  if (co !== undefined && COLLATIONS.includes(co)) kept.set('co', co);
  const kf = r.keywords.get('kf');
  if (kf !== undefined && ['upper', 'lower', 'false'].includes(kf)) kept.set('kf', kf);
  const kn = r.keywords.get('kn');
  if (kn !== undefined && ['', 'true', 'false'].includes(kn)) kept.set('kn', kn);
  if (collation !== undefined) collation = collation.toLowerCase();
  if (collation === undefined || !COLLATIONS.includes(collation)) {
    collation = usage === 'sort' && kept.has('co') ? kept.get('co') : 'default';
  }
  if (numeric === undefined) numeric = kept.has('kn') ? kept.get('kn') !== 'false' : false;
  if (caseFirst === undefined) caseFirst = kept.has('kf') ? kept.get('kf') : 'false';
  const sensitivity = L.getOption(options, 'sensitivity', 'string', SENSITIVITY, 'variant');
  const ignorePunctuation = L.getOption(options, 'ignorePunctuation', 'boolean', undefined,
                                        false);
  if (usage === 'search') kept.delete('co');
  const self = Object.create(new.target === undefined ? Collator.prototype
    : new.target.prototype);
  collators.set(self, {
    locale: L.withKeywords(r.locale, kept), usage, sensitivity, ignorePunctuation, collation,
    numeric, caseFirst,
    flags: collateFlags(sensitivity, numeric, caseFirst, ignorePunctuation),
    bound: undefined,
  });
  return self;
}

const CollatorPrototype = Object.create(Object.prototype);
defineClass(Collator, CollatorPrototype, {
  resolvedOptions() {
    const c = collators.get(this);
    if (c === undefined) throw incompatible('Intl.Collator.prototype.resolvedOptions', this);
    return { locale: c.locale, usage: c.usage, sensitivity: c.sensitivity,
             ignorePunctuation: c.ignorePunctuation, collation: c.collation,
             numeric: c.numeric, caseFirst: c.caseFirst };
  },
}, 'Intl.Collator');
Object.defineProperty(CollatorPrototype, 'compare', {
  get: Object.getOwnPropertyDescriptor({
    get compare() {
      const c = collators.get(this);
      if (c === undefined) throw incompatible('get Intl.Collator.prototype.compare', this);
      if (c.bound === undefined) {
        const flags = c.flags;
        c.bound = [(x, y) => binding.compare(`${x}`, `${y}`, flags)][0];
      }
      return c.bound;
    },
  }, 'compare').get,
  enumerable: false,
  configurable: true,
});

module.exports = { Segmenter, Collator };
