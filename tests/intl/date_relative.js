// Intl.RelativeTimeFormat (en): styles, numeric always/auto, plural units,
// formatToParts with number parts, resolvedOptions, errors.
'use strict';
for (const style of ['long', 'short', 'narrow']) {
  for (const numeric of ['always', 'auto']) {
    const r = new Intl.RelativeTimeFormat('en', { style, numeric });
    for (const u of ['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second', 'days', 'years']) {
      console.log(style, numeric, u, [-2, -1, -0, 0, 1, 2, 1.5, -1234.5, 0.25, 100000].map((v) => r.format(v, u)).join(' | '));
    }
  }
}
const r = new Intl.RelativeTimeFormat('en');
console.log(JSON.stringify(r.formatToParts(-1234.5, 'days')));
console.log(JSON.stringify(r.formatToParts(1, 'day')), JSON.stringify(r.formatToParts(1000000, 'second')));
console.log(JSON.stringify(new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).formatToParts(0, 'day')));
console.log(JSON.stringify(new Intl.RelativeTimeFormat('en', { numeric: 'auto' }).formatToParts(-1, 'hour')));
console.log(JSON.stringify(r.resolvedOptions()), JSON.stringify(new Intl.RelativeTimeFormat('en-US', { style: 'narrow', numeric: 'auto' }).resolvedOptions()));
console.log(JSON.stringify(new Intl.RelativeTimeFormat().resolvedOptions()));
for (const t of [() => r.format(1, 'decade'), () => r.format(NaN, 'day'), () => r.format(Infinity, 'day'),
  () => new Intl.RelativeTimeFormat('en', { style: 'x' }), () => new Intl.RelativeTimeFormat('en', { numeric: 'x' }),
  () => r.format('3', 'day'), () => r.format(1e21, 'day'), () => Intl.RelativeTimeFormat(),
  () => r.format(1), () => Intl.RelativeTimeFormat.prototype.format.call({}, 1, 'day'), () => r.format(1, 'Day')]) {
  try {
    console.log(t());
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
console.log(Object.getOwnPropertyNames(Intl.RelativeTimeFormat.prototype), Intl.RelativeTimeFormat.length,
  Object.prototype.toString.call(r), Intl.RelativeTimeFormat.supportedLocalesOf(['en-US', 'en-GB']));
