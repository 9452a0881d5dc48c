// Intl.Collator's constructor, options, resolvedOptions, the bound compare
// getter, errors; String.prototype.localeCompare with locales and options.
'use strict';
const t = (f) => { try { console.log(f()); } catch (e) { console.log(`${e.constructor.name}: ${e.message}`); } };
t(() => Intl.Collator() instanceof Intl.Collator);
t(() => new Intl.Collator('en', { sensitivity: 'x' }));
t(() => new Intl.Collator('en', { caseFirst: 'up' }));
t(() => new Intl.Collator('en', { usage: 'index' }));
t(() => new Intl.Collator('en', null));
t(() => new Intl.Collator('en', { collation: 'x!' }));
t(() => Intl.Collator.prototype.resolvedOptions.call(1));
t(() => Object.getOwnPropertyDescriptor(Intl.Collator.prototype, 'compare').get.call({}));
t(() => Intl.Collator.prototype.compare);
t(() => new Intl.Collator().resolvedOptions());
t(() => new Intl.Collator('en-u-kn-kf-upper-co-phonebk', { usage: 'search', ignorePunctuation: 1 }).resolvedOptions());
t(() => new Intl.Collator('en', { numeric: true, caseFirst: 'lower', sensitivity: 'base' }).resolvedOptions());
t(() => new Intl.Collator('en', 5).resolvedOptions());
t(() => new Intl.Collator('en-u-co-emoji').resolvedOptions());
t(() => new Intl.Collator('en', { collation: 'emoji' }).resolvedOptions().collation);
t(() => new Intl.Collator('en-u-kn-false').resolvedOptions());
t(() => new Intl.Collator('en-u-kf').resolvedOptions());
t(() => new Intl.Collator('en-u-kn-true', { numeric: true }).resolvedOptions().locale);
t(() => { const c = new Intl.Collator(); const f = c.compare; return [f === c.compare, f.name, f.length, f('a', 'b'), f()]; });
t(() => Object.getOwnPropertyDescriptor(Intl.Collator.prototype, 'compare').get.name);
t(() => Object.prototype.toString.call(new Intl.Collator()));
t(() => Object.getOwnPropertyNames(Intl.Collator.prototype));
t(() => [Intl.Collator.length, Intl.Collator.name, Intl.Collator.supportedLocalesOf('en-US-u-kn')]);
t(() => ['b', 'a', 'C', 'á', 'A'].sort(new Intl.Collator('en').compare));
t(() => ['x10', 'x9', 'x1'].sort(new Intl.Collator('en-u-kn').compare));
t(() => ['a', 'A', 'b', 'B'].sort(new Intl.Collator('en-u-kf-upper').compare));
console.log(new Intl.Collator());
// localeCompare
t(() => 'a'.localeCompare('b', 'en', { sensitivity: 'x' }));
t(() => 'a'.localeCompare('b', 'en_US'));
t(() => 'a'.localeCompare('B', undefined, null));
t(() => ['a'.localeCompare('A', 'en', { sensitivity: 'base' }), 'a'.localeCompare('á', 'en', { sensitivity: 'accent' }),
         'a'.localeCompare('A', 'en', { sensitivity: 'case' }), 'a'.localeCompare('A', 'en', { caseFirst: 'upper' }),
         'x2'.localeCompare('x10', 'en', { numeric: true }), 'x2'.localeCompare('x10', 'en-u-kn'),
         'x2'.localeCompare('x10', 'en-u-kn', { numeric: false }), 'a-b'.localeCompare('ab', 'en', { ignorePunctuation: true }),
         'A'.localeCompare('a', ['en-u-kf-upper']), 'résumé'.localeCompare('resume'), '01'.localeCompare('1', 'en', { numeric: true })]);
t(() => 'a'.localeCompare('b', 'en', { get usage() { console.log('usage'); }, get numeric() { console.log('numeric'); },
  get sensitivity() { console.log('sensitivity'); }, get caseFirst() { console.log('caseFirst'); },
  get ignorePunctuation() { console.log('ignorePunctuation'); }, get localeMatcher() { console.log('localeMatcher'); },
  get collation() { console.log('collation'); } }));
t(() => new Intl.Collator('en', { get usage() { console.log('usage'); }, get numeric() { console.log('numeric'); },
  get sensitivity() { console.log('sensitivity'); }, get caseFirst() { console.log('caseFirst'); },
  get ignorePunctuation() { console.log('ignorePunctuation'); }, get localeMatcher() { console.log('localeMatcher'); },
  get collation() { console.log('collation'); } }).resolvedOptions().locale);
