// fuzz/rt/regexp.js: the RegExp parser and matcher. The input is
// "flags\npattern\nsubject" (missing parts are empty): the pattern is
// compiled with the flags, then exec, matchAll, replace and split run on
// the subject. SyntaxError is the only error a bad pattern or flag gives.
'use strict';
exports.fuzz = function (s) {
  const a = s.indexOf('\n');
  const flags = a < 0 ? '' : s.slice(0, a).slice(0, 8);
  const rest = a < 0 ? s : s.slice(a + 1);
  const b = rest.indexOf('\n');
  const pattern = b < 0 ? rest : rest.slice(0, b);
  const subject = b < 0 ? '' : rest.slice(b + 1);
  let re;
  try {
    re = new RegExp(pattern, flags);
  } catch (e) {
    if (e instanceof SyntaxError) return;
    throw e;
  }
  re.source; re.flags; String(re);
  const m = re.exec(subject);
  if (m) {
    if (m.index < 0 || m.index > subject.length) throw new Error('bad index');
    m.groups;
    if (m.indices) m.indices.length;
  }
  re.lastIndex = 0;
  re.test(subject);
  const g = new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g');
  let n = 0;
  for (const x of subject.matchAll(g)) {
    if (++n > 1000) break;
    x.index;
  }
  subject.replace(g, '[$&$1$<n>$`]');
  subject.replace(re, function () { return arguments.length; });
  subject.split(re, 100);
  subject.search(re);
};
