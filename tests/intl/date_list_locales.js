// Intl.ListFormat and Intl.RelativeTimeFormat across kiln's English locales:
// en-US's serial comma and dotted abbreviations, en_001's plain ones, en-AU/CA plurals.
'use strict';
for (const loc of ['en', 'en-US', 'en-GB', 'en-AU', 'en-IN', 'en-CA', 'en-001', 'en-150', 'en-IE', 'en-NZ', 'en-ZA']) {
  const out = [];
  for (const type of ['conjunction', 'disjunction', 'unit']) for (const style of ['long', 'short', 'narrow']) {
    const l = new Intl.ListFormat(loc, { type, style });
    out.push(l.format(['a', 'b', 'c', 'd']) + '/' + l.format(['a', 'b']));
  }
  console.log(loc, out.join(' | '));
  const r = [];
  for (const style of ['long', 'short', 'narrow']) for (const u of ['year', 'quarter', 'month', 'week', 'day', 'hour', 'minute', 'second']) {
    r.push([-1, 0, 1].map((v) => new Intl.RelativeTimeFormat(loc, { style, numeric: 'auto' }).format(v, u)).join(',') + ',' +
      new Intl.RelativeTimeFormat(loc, { style }).format(2, u) + ',' + new Intl.RelativeTimeFormat(loc, { style }).format(-1, u));
  }
  console.log(loc, r.join(' | '));
}
