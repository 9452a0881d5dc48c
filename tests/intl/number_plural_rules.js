// Intl.PluralRules: English cardinal and ordinal rules, digit options
// changing the category, ranges, resolvedOptions and errors.
'use strict';

const t = (label, f) => {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, `${e.name}: ${e.message}`); }
};
const card = new Intl.PluralRules('en-US');
const ord = new Intl.PluralRules('en-US', { type: 'ordinal' });
const nums = [0, 1, 2, 3, 4, 5, 10, 11, 12, 13, 21, 22, 23, 101, 111, 112, 1.5, 1.0, -1, -2, 1e21, NaN, Infinity];
t('cardinal', () => nums.map((n) => card.select(n)));
t('ordinal', () => nums.map((n) => ord.select(n)));
t('suffixes', () => [1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 100, 101, 102, 103, 111].map((n) => n + { one: 'st', two: 'nd', few: 'rd', other: 'th' }[ord.select(n)]));
t('min frac', () => new Intl.PluralRules('en', { minimumFractionDigits: 1 }).select(1));
t('max frac 0', () => new Intl.PluralRules('en', { maximumFractionDigits: 0 }).select(1.4));
t('sig', () => new Intl.PluralRules('en', { maximumSignificantDigits: 1 }).select(1.2));
t('strings', () => ['1', '1.0', ' 2 ', 'x'].map((s) => card.select(s)));
t('resolved', () => card.resolvedOptions());
t('resolved ord', () => ord.resolvedOptions());
t('resolved sig', () => new Intl.PluralRules('en', { minimumSignificantDigits: 2, type: 'ordinal' }).resolvedOptions());
t('resolved more', () => new Intl.PluralRules('en', { maximumSignificantDigits: 2, roundingPriority: 'morePrecision' }).resolvedOptions());
t('range', () => [card.selectRange(1, 2), card.selectRange(1, 1), card.selectRange(0, 1), ord.selectRange(1, 2), ord.selectRange(1, 3)]);
t('range undefined', () => card.selectRange());
t('range end', () => card.selectRange(1));
t('range NaN', () => card.selectRange(NaN, 1));
t('no new', () => Intl.PluralRules());
t('bad type', () => new Intl.PluralRules('en', { type: 'x' }));
t('tag', () => Object.prototype.toString.call(card));
t('select on object', () => Intl.PluralRules.prototype.select.call({}, 1));
t('supported', () => Intl.PluralRules.supportedLocalesOf(['en-AU']));
t('proto', () => Object.getOwnPropertyNames(Intl.PluralRules.prototype));
