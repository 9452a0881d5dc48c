// Intl.Segmenter's constructor, options, errors and property shapes.
'use strict';
const t = (f) => { try { console.log(f()); } catch (e) { console.log(`${e.constructor.name}: ${e.message}`); } };
t(() => Intl.Segmenter());
t(() => new Intl.Segmenter('en', { granularity: 'line' }));
t(() => new Intl.Segmenter('en', { localeMatcher: 'x' }));
t(() => new Intl.Segmenter('en', 5));
t(() => new Intl.Segmenter('en', null));
t(() => new Intl.Segmenter('en', { granularity: 'word' }).resolvedOptions());
t(() => new Intl.Segmenter(undefined, { granularity: 'sentence', localeMatcher: 'lookup' }).resolvedOptions());
t(() => Intl.Segmenter.prototype.resolvedOptions.call({}));
t(() => Intl.Segmenter.prototype.segment.call({}, 'a'));
const segs = new Intl.Segmenter().segment('ab');
const SegmentsProto = Object.getPrototypeOf(segs);
t(() => SegmentsProto.containing.call({}, 0));
t(() => SegmentsProto[Symbol.iterator].call({}));
const it = segs[Symbol.iterator]();
const IterProto = Object.getPrototypeOf(it);
t(() => IterProto.next.call({}));
t(() => Object.getOwnPropertyNames(SegmentsProto));
t(() => Object.getOwnPropertyNames(IterProto));
t(() => IterProto[Symbol.toStringTag]);
t(() => Object.getPrototypeOf(IterProto) === Object.getPrototypeOf(Object.getPrototypeOf([][Symbol.iterator]())));
t(() => typeof it[Symbol.iterator] === 'function' && it[Symbol.iterator]() === it);
t(() => [Intl.Segmenter.length, Intl.Segmenter.name, Intl.Segmenter.prototype.segment.length,
         SegmentsProto[Symbol.iterator].name, SegmentsProto.containing.length]);
t(() => Object.prototype.toString.call(new Intl.Segmenter()));
t(() => Object.getOwnPropertyNames(Intl.Segmenter.prototype));
t(() => Object.getOwnPropertyDescriptor(Intl.Segmenter, 'prototype'));
t(() => Object.getOwnPropertyDescriptor(Intl.Segmenter.prototype, Symbol.toStringTag));
t(() => Intl.Segmenter.supportedLocalesOf(['en-GB', 'en']));
t(() => Intl.Segmenter.supportedLocalesOf.length);
t(() => new Intl.Segmenter().segment(Symbol()));
t(() => [...new Intl.Segmenter().segment(undefined)].length);
t(() => new Intl.Segmenter().segment({ toString() { return 'xy'; } }).containing(1));
console.log(new Intl.Segmenter(), segs, it);
class MySeg extends Intl.Segmenter {}
t(() => new MySeg('en', { granularity: 'word' }) instanceof MySeg);
t(() => new MySeg().resolvedOptions());
