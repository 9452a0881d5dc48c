// fuzz/rt/url.js: WHATWG URL parsing. The input is "url" or
// "url\nbase": a URL that parses must serialize to an href that parses to
// itself; the setters and URLSearchParams take any string.
'use strict';
function check(cond, what) {
  if (!cond) throw new Error('invariant: ' + what);
}
exports.fuzz = function (s) {
  const i = s.indexOf('\n');
  const input = i < 0 ? s : s.slice(0, i);
  const base = i < 0 ? undefined : s.slice(i + 1);
  let u;
  try {
    u = base === undefined ? new URL(input) : new URL(input, base);
  } catch (e) {
    if (e instanceof TypeError) {
      check(!URL.canParse(input, base), 'canParse agrees');
      return;
    }
    throw e;
  }
  check(URL.canParse(input, base), 'canParse agrees');
  const href = u.href;
  check(new URL(href).href === href, 'href round trip: ' + href);
  u.origin; u.protocol; u.username; u.password; u.host; u.hostname; u.port;
  u.pathname; u.search; u.hash;
  const p = u.searchParams;
  p.sort();
  for (const [k, v] of p) { k.length; v.length; }
  p.toString();
  const tail = base === undefined ? input : base;
  for (const key of ['protocol', 'username', 'password', 'host', 'hostname', 'port',
                     'pathname', 'search', 'hash']) {
    u[key] = tail;
  }
  check(new URL(u.href).href === u.href, 'href round trip after setters: ' + u.href);
  new URLSearchParams(input).toString();
};
