// UTS #46 maps the "other number" characters (fractions, superscripts,
// circled and parenthesized digits) as NFKC decomposes them, and disallows
// the ones whose decomposition has a dot. Found by the url fuzz target: a
// host with U+00BD serialized to a Punycode label that did not parse back.
const hosts = ['\u00ef\u00bf\u00bdy', 'a\u00bdb', 'a\u00bcb', 'a\u2153b', 'a\u2474b', 'a\u2460b',
               'a\u2488b', 'a\u{1F100}b', 'a\u{1F101}b', 'a\u00b2b', 'a\u2070b', 'a\u2080b',
               'a\u3248b', 'a\u2776b', 'a\u3280b', 'a\u0f2ab'];
for (const h of hosts) {
  let href;
  try {
    href = new URL('https://' + h + '/').href;
  } catch (e) {
    console.log(JSON.stringify(h), e.code);
    continue;
  }
  console.log(JSON.stringify(h), href, new URL(href).href === href);
}
