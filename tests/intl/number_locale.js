// Intl.Locale: parsing, options, getters, maximize/minimize, toString, and
// Locale objects in locale lists; Intl.supportedValuesOf.
'use strict';

const t = (label, f) => {
  try { console.log(label, JSON.stringify(f())); } catch (e) { console.log(label, `${e.name}: ${e.message}`); }
};
const props = (l) => [l.toString(), l.baseName, l.language, l.script, l.region, l.calendar,
  l.collation, l.hourCycle, l.caseFirst, l.numeric, l.numberingSystem];
t('full', () => props(new Intl.Locale('en-Latn-US-u-ca-gregory-co-phonebk-hc-h12-kf-upper-kn-nu-arab')));
t('case', () => props(new Intl.Locale('EN-latn-us')));
t('kn false', () => props(new Intl.Locale('en-u-kn-false')));
t('options', () => props(new Intl.Locale('en', { region: 'GB', calendar: 'buddhist', numeric: true, hourCycle: 'h23', caseFirst: 'lower', collation: 'emoji', numberingSystem: 'thai', script: 'latn', language: 'fr' })));
t('options override', () => new Intl.Locale('en-u-ca-gregory', { calendar: 'japanese' }).toString());
t('bad region', () => new Intl.Locale('en', { region: 'G' }));
t('bad hc', () => new Intl.Locale('en', { hourCycle: 'h25' }));
t('bad kf', () => new Intl.Locale('en', { caseFirst: 'up' }));
t('bad ca', () => new Intl.Locale('en', { calendar: 'a' }));
t('bad tag', () => new Intl.Locale('x'));
t('empty', () => new Intl.Locale());
t('number', () => new Intl.Locale(5));
t('no new', () => Intl.Locale('en'));
t('from locale', () => new Intl.Locale(new Intl.Locale('en-GB'), { numeric: false }).toString());
t('maximize', () => ['en', 'zh', 'zh-TW', 'zh-Hant', 'ja', 'de', 'fr', 'es', 'ru', 'ar', 'hi', 'pt', 'ko', 'it', 'und', 'sr', 'pa-PK', 'en-GB', 'und-JP', 'en-u-ca-gregory'].map((s) => new Intl.Locale(s).maximize().toString()));
t('minimize', () => ['en-Latn-US', 'zh-Hans-CN', 'zh-Hant-TW', 'ja-Jpan-JP', 'de-Latn-DE', 'en-GB', 'pt-BR', 'pt-PT', 'sr-Cyrl-RS', 'en-Latn-GB-u-ca-gregory', 'en'].map((s) => new Intl.Locale(s).minimize().toString()));
t('info', () => { const l = new Intl.Locale('en-US'); return [l.calendars, l.collations, l.hourCycles, l.numberingSystems, l.textInfo, l.weekInfo]; });
t('info GB', () => { const l = new Intl.Locale('en-GB'); return [l.hourCycles, l.weekInfo, l.timeZones]; });
t('rtl', () => new Intl.Locale('ar').textInfo);
t('tag', () => Object.prototype.toString.call(new Intl.Locale('en')));
t('json', () => new Intl.Locale('en'));
t('in list', () => Intl.getCanonicalLocales([new Intl.Locale('EN-us'), 'en-GB']));
t('in NumberFormat', () => new Intl.NumberFormat(new Intl.Locale('en-GB')).resolvedOptions().locale);
t('proto', () => Object.getOwnPropertyNames(Intl.Locale.prototype));
t('getter on object', () => Object.getOwnPropertyDescriptor(Intl.Locale.prototype, 'language').get.call({}));
t('values', () => ['calendar', 'collation', 'unit'].map((k) => Intl.supportedValuesOf(k)));
t('currencies', () => Intl.supportedValuesOf('currency').length);
t('values bad', () => Intl.supportedValuesOf('x'));
console.log(new Intl.Locale('en-US'));
