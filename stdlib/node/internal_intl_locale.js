// SPDX-License-Identifier: MIT
//
// internal_intl_locale.js: what every Intl constructor shares (ECMA-402
// chapter 9): language tags checked and canonicalised, locale lists, the
// lookup of a requested locale among the ones kiln has data for, and the
// option readers (GetOption, GetNumberOption).
//
// kiln carries data for English only, like node built with small-icu: any
// requested locale resolves to the best English one, "en-US" by default.
'use strict';

const DEFAULT_LOCALE = 'en-US';
// Locales kiln has data for (the data files decide what differs between them).
const AVAILABLE = ['en', 'en-US', 'en-GB', 'en-AU', 'en-CA', 'en-IN', 'en-NZ', 'en-IE',
  'en-ZA', 'en-001', 'en-150'];

const alpha = /^[a-z]+$/i, alnum = /^[a-z0-9]+$/i, digit = /^[0-9]+$/;

function rangeError(msg) { return new RangeError(msg); }

// IsStructurallyValidLanguageTag + CanonicalizeUnicodeLocaleId (case and
// extension-key order; no alias tables).
function canonicalizeTag(tag) {
  const parts = tag.split('-');
  const bad = () => rangeError('Incorrect locale information provided');
  if (parts.some((p) => p.length === 0 || p.length > 8 || !alnum.test(p))) throw bad();
  let i = 0;
  const out = [];
  const lang = parts[i++].toLowerCase();
  if (!alpha.test(lang) || lang.length === 4 || (lang.length < 2)) throw bad();
  out.push(lang);
  if (i < parts.length && parts[i].length === 4 && alpha.test(parts[i])) {
    const s = parts[i++].toLowerCase();
    out.push(s[0].toUpperCase() + s.slice(1));
  }
  if (i < parts.length && ((parts[i].length === 2 && alpha.test(parts[i])) ||
                           (parts[i].length === 3 && digit.test(parts[i])))) {
    out.push(parts[i++].toUpperCase());
  }
  const variants = [];
  while (i < parts.length && (parts[i].length >= 5 ||
                              (parts[i].length === 4 && /^[0-9]/.test(parts[i])))) {
    const v = parts[i++].toLowerCase();
    if (variants.includes(v)) throw bad();
    variants.push(v);
  }
  out.push(...variants.sort());
  const exts = [];
  const seen = new Set();
  while (i < parts.length) {
    const single = parts[i++].toLowerCase();
    if (single.length !== 1) throw bad();
    if (single === 'x') {
      if (i >= parts.length) throw bad();
      exts.push({ key: 'x', subtags: parts.slice(i).map((p) => p.toLowerCase()) });
      i = parts.length;
      break;
    }
    if (seen.has(single)) throw bad();
    seen.add(single);
    const sub = [];
    while (i < parts.length && parts[i].length > 1) sub.push(parts[i++].toLowerCase());
    if (sub.length === 0) throw bad();
    if (single === 'u') sub.splice(0, sub.length, ...canonicalUnicodeExtension(sub));
    exts.push({ key: single, subtags: sub });
  }
  exts.sort((a, b) => (a.key === 'x') - (b.key === 'x') || (a.key < b.key ? -1 : 1));
  for (const e of exts) out.push(e.key, ...e.subtags);
  return out.join('-');
}

// -u- subtags: attributes first, then keywords sorted by key; "true" values dropped.
function canonicalUnicodeExtension(sub) {
  const attrs = [];
  const kws = [];
  let j = 0;
  while (j < sub.length && sub[j].length !== 2) attrs.push(sub[j++]);
  while (j < sub.length) {
    const key = sub[j++];
    const val = [];
    while (j < sub.length && sub[j].length !== 2) val.push(sub[j++]);
    if (!kws.some((k) => k.key === key)) kws.push({ key, val });
  }
  kws.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const out = attrs.slice();
  for (const k of kws) {
    out.push(k.key);
    if (!(k.val.length === 1 && k.val[0] === 'true')) out.push(...k.val);
  }
  return out;
}

// CanonicalizeLocaleList (#sec-canonicalizelocalelist).
function canonicalizeLocaleList(locales) {
  if (locales === undefined) return [];
  const seen = [];
  let list;
  if (typeof locales === 'string' || (locales !== null && typeof locales === 'object' &&
                                      locales[kLocaleTag] !== undefined)) {
    list = [locales];
  } else {
    if (locales === null) throw new TypeError('Cannot convert undefined or null to object');
    list = Object(locales);
  }
  const len = Math.min(Math.max(Math.trunc(Number(list.length)) || 0, 0), 2 ** 53 - 1);
  for (let k = 0; k < len; k++) {
    if (!(k in list)) continue;
    const v = list[k];
    if (typeof v !== 'string' && (v === null || typeof v !== 'object')) {
      throw new TypeError(`Language ID should be string or object.`);
    }
    const tag = v !== null && typeof v === 'object' && v[kLocaleTag] !== undefined
      ? v[kLocaleTag] : String(v);
    const c = canonicalizeTag(tag);
    if (!seen.includes(c)) seen.push(c);
  }
  return seen;
}

// The tag without its extensions.
function stripExtensions(tag) {
  const m = /-(?:[a-wyz0-9])-/.exec(tag);
  let base = m ? tag.slice(0, m.index) : tag;
  const x = base.indexOf('-x-');
  if (x >= 0) base = base.slice(0, x);
  return base;
}

// BestAvailableLocale: the longest available prefix of [tag], or undefined.
function bestAvailable(tag) {
  let candidate = tag;
  for (;;) {
    if (AVAILABLE.includes(candidate)) return candidate;
    let pos = candidate.lastIndexOf('-');
    if (pos < 0) return undefined;
    if (pos >= 2 && candidate[pos - 2] === '-') pos -= 2;
    candidate = candidate.slice(0, pos);
  }
}

// The -u- keywords of [tag] as a Map key -> value ('' for "true").
function unicodeKeywords(tag) {
  const kw = new Map();
  const parts = tag.split('-');
  let i = parts.indexOf('u');
  if (i < 0) return kw;
  i++;
  while (i < parts.length && parts[i].length > 2) i++;   // attributes
  while (i < parts.length && parts[i].length === 2) {
    const key = parts[i++];
    const val = [];
    while (i < parts.length && parts[i].length > 2) val.push(parts[i++]);
    if (!kw.has(key)) kw.set(key, val.join('-'));
  }
  return kw;
}

// ResolveLocale, simplified to kiln's data: { locale, dataLocale, keywords }.
// [relevantKeys] lists the -u- keys the constructor understands; the locale
// keeps those of them the caller then accepts (see withKeywords).
function resolveLocale(requested, relevantKeys) {
  for (const tag of requested) {
    const base = stripExtensions(tag);
    const found = bestAvailable(base);
    if (found !== undefined) {
      const kw = unicodeKeywords(tag);
      const keywords = new Map();
      for (const k of relevantKeys || []) if (kw.has(k)) keywords.set(k, kw.get(k));
      return { locale: found, dataLocale: found, keywords };
    }
  }
  return { locale: DEFAULT_LOCALE, dataLocale: DEFAULT_LOCALE, keywords: new Map() };
}

// [locale] with the -u- keywords of [kw] (a Map) appended in key order.
function withKeywords(locale, kw) {
  const keys = [...kw.keys()].sort();
  if (keys.length === 0) return locale;
  const out = [locale, 'u'];
  for (const k of keys) {
    out.push(k);
    if (kw.get(k) !== '' && kw.get(k) !== 'true') out.push(kw.get(k));
  }
  return out.join('-');
}

function supportedLocalesOf(locales, options) {
  const requested = canonicalizeLocaleList(locales);
  if (options !== undefined) {
    const o = toObject(options);
    getOption(o, 'localeMatcher', 'string', ['lookup', 'best fit'], 'best fit');
  }
  return requested.filter((t) => bestAvailable(stripExtensions(t)) !== undefined);
}

function toObject(v) {
  if (v === null || v === undefined) throw new TypeError('Cannot convert undefined or null to object');
  return Object(v);
}

// GetOptionsObject / CoerceOptionsToObject.
function coerceOptions(options) {
  return options === undefined ? Object.create(null) : toObject(options);
}
function getOptionsObject(options) {
  if (options === undefined) return Object.create(null);
  if (options !== null && (typeof options === 'object' || typeof options === 'function')) return options;
  throw new TypeError('Options must be an object');
}

// GetOption (#sec-getoption); V8's RangeError wording.
function getOption(options, property, type, values, fallback) {
  let value = options[property];
  if (value === undefined) return fallback;
  if (type === 'boolean') value = Boolean(value);
  else if (type === 'string') value = String(value);
  if (values !== undefined && !values.includes(value)) {
    throw new RangeError(`Value ${value} out of range for ${currentService} options property ${property}`);
  }
  return value;
}
let currentService = '';
// The constructor name getOption's messages name ("Intl.NumberFormat").
function setCtor(name) { currentService = `Intl.${name}`; }
// The same, for the few messages where V8 names something else
// ("SetNumberFormatDigitOptions", "locale").
function setService(name) { currentService = name; }

// GetNumberOption / DefaultNumberOption.
function getNumberOption(options, property, minimum, maximum, fallback) {
  const value = options[property];
  return defaultNumberOption(value, minimum, maximum, fallback, property);
}
function defaultNumberOption(value, minimum, maximum, fallback, property) {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (Number.isNaN(n) || n < minimum || n > maximum) {
    throw new RangeError(`${property} value is out of range.`);
  }
  return Math.floor(n);
}

// Locale objects (Intl.Locale) carry their tag under this key so locale
// lists accept them.
const kLocaleTag = Symbol('kiln.intl.localeTag');

// Defines [methods] (an object) on [target] as built-in methods are.
function defineMethods(target, methods) {
  for (const k of Reflect.ownKeys(methods)) {
    Object.defineProperty(target, k, { value: methods[k], writable: true, enumerable: false,
                                       configurable: true });
  }
}
function defineTag(proto, tag) {
  Object.defineProperty(proto, Symbol.toStringTag, { value: tag, writable: false,
                                                     enumerable: false, configurable: true });
}

module.exports = {
  DEFAULT_LOCALE, AVAILABLE, kLocaleTag,
  canonicalizeTag, canonicalizeLocaleList, resolveLocale, withKeywords, unicodeKeywords,
  stripExtensions, bestAvailable, supportedLocalesOf,
  toObject, coerceOptions, getOptionsObject, getOption, setCtor, setService, getNumberOption,
  defaultNumberOption, defineMethods, defineTag,
};
