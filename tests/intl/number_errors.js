// The TypeErrors and RangeErrors V8 gives for bad NumberFormat options and
// receivers, and the odd corners of the constructor.
'use strict';

const t = (label, f) => {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, `${e.name}: ${e.message}`); }
};
const NF = Intl.NumberFormat;
t('incr+sig', () => new NF('en', { roundingIncrement: 5, maximumSignificantDigits: 2 }));
t('incr frac', () => new NF('en', { roundingIncrement: 5, maximumFractionDigits: 2 }));
t('incr 3', () => new NF('en', { roundingIncrement: 3 }));
t('incr 5', () => new NF('en', { roundingIncrement: 5 }).format(1.23));
t('incr 10', () => new NF('en', { roundingIncrement: 10, minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(1.234));
t('nu', () => new NF('en', { numberingSystem: '!!' }));
t('mnid', () => new NF('en', { minimumIntegerDigits: 0 }));
t('mxsd', () => new NF('en', { maximumSignificantDigits: 0 }));
t('mnsd>mxsd', () => new NF('en', { minimumSignificantDigits: 5, maximumSignificantDigits: 2 }));
t('mxfd', () => new NF('en', { maximumFractionDigits: 101 }));
t('mnfd>mxfd', () => new NF('en', { minimumFractionDigits: 3, maximumFractionDigits: 1 }));
t('mode', () => new NF('en', { roundingMode: 'x' }));
t('priority', () => new NF('en', { roundingPriority: 'most' }));
t('style', () => new NF('en', { style: 'money' }));
t('currency missing', () => new NF('en', { style: 'currency' }));
t('currency bad', () => new NF('en', { style: 'currency', currency: 'US' }));
t('currency digits', () => new NF('en', { style: 'currency', currency: 'U$D' }));
t('unit missing', () => new NF('en', { style: 'unit' }));
t('unit bad', () => new NF('en', { style: 'unit', unit: 'foo' }));
t('unit 3', () => new NF('en', { style: 'unit', unit: 'meter-per-second-per-second' }));
t('grouping x', () => new NF('en', { useGrouping: 'x' }));
t('grouping strings', () => ['true', 'false', '', 0, 1, null].map((g) => new NF('en', { useGrouping: g }).resolvedOptions().useGrouping));
t('sign', () => new NF('en', { signDisplay: 'sometimes' }));
t('notation', () => new NF('en', { notation: 'tiny' }));
t('locale bad', () => new NF('en_US'));
t('locale type', () => new NF([5]));
t('locale null', () => new NF(null));
t('options null', () => new NF('en', null));
t('options string', () => new NF('en', 'x').resolvedOptions().style);
t('no new', () => NF('en').format(1234.5));
t('no new instance', () => NF() instanceof NF);
t('length', () => [NF.length, NF.prototype.formatToParts.length, NF.prototype.formatRange.length]);
t('format getter', () => NF.prototype.format);
t('format on object', () => Object.getOwnPropertyDescriptor(NF.prototype, 'format').get.call({}));
t('parts on object', () => NF.prototype.formatToParts.call({}, 1));
t('resolved on object', () => NF.prototype.resolvedOptions.call({}));
t('bound', () => { const f = new NF('en').format; return [f.name, f.length, f(1234), [1, 22.5, 3e6].map(f)]; });
t('same bound', () => { const n = new NF(); return n.format === n.format; });
t('tag', () => Object.prototype.toString.call(new NF()));
t('symbol', () => new NF().format(Symbol('s')));
t('strings', () => ['0x1F', ' 12.5 ', 'abc', '-0', '1e1000', '', '1_000', '.5', '5.', '+7', 'Infinity', '-Infinity'].map((s) => new NF().format(s)));
t('objects', () => [new NF().format({ valueOf() { return 42.25; } }), new NF().format([7]), new NF().format(true), new NF().format(null), new NF().format()]);
t('range undefined', () => new NF().formatRange());
t('range end', () => new NF().formatRange(1));
t('range NaN', () => new NF().formatRange(NaN, 1));
t('range NaN end', () => new NF().formatRange(1, 'x'));
t('supported', () => NF.supportedLocalesOf(['en-US', 'en-GB', 'en']));
t('supported bad', () => NF.supportedLocalesOf('en', { localeMatcher: 'x' }));
t('getter order', () => {
  const seen = [];
  const o = new Proxy({}, { get(tgt, k) { if (typeof k === 'string') seen.push(k); return undefined; } });
  new NF('en', o);
  return seen;
});
