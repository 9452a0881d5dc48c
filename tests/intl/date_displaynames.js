// Intl.DisplayNames (en): English names of common region, language,
// script, currency, calendar and date-field codes; fallbacks and errors.
'use strict';
const t = (label, f) => {
  try {
    console.log(label, JSON.stringify(f()));
  } catch (e) {
    console.log(label, e.name + ': ' + e.message);
  }
};
t('no options', () => new Intl.DisplayNames('en'));
t('bad type', () => new Intl.DisplayNames('en', { type: 'x' }));
t('no type', () => new Intl.DisplayNames('en', {}));
t('no new', () => Intl.DisplayNames('en', { type: 'region' }));
for (const style of ['long', 'short', 'narrow']) {
  const r = new Intl.DisplayNames('en', { type: 'region', style });
  t('region ' + style, () => ['US', 'GB', 'DE', 'FR', 'JP', 'CN', 'IN', 'BR', 'HK', '419', '001', '150', 'ZZ', 'XY', 'gb'].map((c) => r.of(c)));
  const c = new Intl.DisplayNames('en', { type: 'currency', style });
  t('currency ' + style, () => ['USD', 'eur', 'JPY', 'GBP', 'CNY', 'INR', 'CHF', 'XYZ'].map((x) => c.of(x)));
  const f = new Intl.DisplayNames('en', { type: 'dateTimeField', style });
  t('field ' + style, () => ['era', 'year', 'quarter', 'month', 'weekOfYear', 'weekday', 'day', 'dayPeriod', 'hour', 'minute', 'second', 'timeZoneName'].map((x) => f.of(x)));
}
const l = new Intl.DisplayNames('en', { type: 'language' });
t('language', () => ['en', 'en-US', 'en-GB', 'fr', 'fr-CA', 'de', 'de-DE', 'zh', 'zh-Hant', 'zh-Hans', 'pt-BR', 'es-419', 'es-MX', 'ja', 'ko', 'xx', 'en-Latn-US', 'sr-Cyrl'].map((x) => l.of(x)));
const ls = new Intl.DisplayNames('en', { type: 'language', languageDisplay: 'standard' });
t('language standard', () => ['en', 'en-US', 'en-GB', 'fr-CA', 'zh-Hant', 'pt-BR'].map((x) => ls.of(x)));
const s = new Intl.DisplayNames('en', { type: 'script' });
t('script', () => ['Latn', 'Cyrl', 'Arab', 'Hans', 'Hant', 'Grek', 'Zzzz', 'cyrl', 'Abcd'].map((x) => s.of(x)));
const ca = new Intl.DisplayNames('en', { type: 'calendar' });
t('calendar', () => ['gregory', 'japanese', 'buddhist', 'islamic', 'iso8601', 'foobar'].map((x) => ca.of(x)));
const none = new Intl.DisplayNames('en', { type: 'region', fallback: 'none' });
t('fallback none', () => [none.of('US'), none.of('XY')]);
t('region USA', () => new Intl.DisplayNames('en', { type: 'region' }).of('USA'));
t('region undefined', () => new Intl.DisplayNames('en', { type: 'region' }).of());
t('currency US', () => new Intl.DisplayNames('en', { type: 'currency' }).of('US'));
t('script Lat', () => s.of('Lat'));
t('language 123', () => l.of('123'));
t('field foo', () => new Intl.DisplayNames('en', { type: 'dateTimeField' }).of('foo'));
t('resolved region', () => new Intl.DisplayNames('en-US', { type: 'region' }).resolvedOptions());
t('resolved language', () => new Intl.DisplayNames('en', { type: 'language', style: 'short' }).resolvedOptions());
console.log(Object.getOwnPropertyNames(Intl.DisplayNames.prototype), Intl.DisplayNames.length,
  Object.prototype.toString.call(l));
