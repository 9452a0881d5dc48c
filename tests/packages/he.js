// he (CommonJS/UMD, no exports map): HTML entity encoding and decoding with
// the full HTML5 named-reference table.
'use strict';
const he = require('he');

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}

show('version', () => typeof he.version);
show('encode default', () => he.encode('foo © bar ≠ baz 𝌆 qux <a href="x">\'&\'</a>'));
show('encode useNamedReferences', () => he.encode('foo © bar ≠ baz 𝌆 qux <>&"\'`', { useNamedReferences: true }));
show('encode decimal', () => he.encode('© ≠ 😀', { decimal: true }));
show('encode encodeEverything', () => he.encode('abc', { encodeEverything: true }));
show('encode allowUnsafeSymbols', () => he.encode('<b>©</b> & "x"', { allowUnsafeSymbols: true }));
show('encode strict invalid', () => he.encode('\x01', { strict: true }));
show('encode non-strict invalid', () => he.encode('a\x01b\uD800c'));
show('decode named', () => he.decode('&lt;p&gt;caf&eacute; &amp;amp; &copy; &nbsp;&hellip;&rarr;&NotNestedGreaterGreater;&fjlig;&bne;'));
show('decode numeric', () => he.decode('&#65;&#x42;&#X43;&#128512;&#x1F600;&#0;&#x110000;&#128;&#x9F;&#xD800;'));
show('decode legacy without semicolon', () => he.decode('&amp &lt3 &copy2024 &notit; &notin; &AMP'));
show('decode in attribute', () => [he.decode('foo&ampbar', { isAttributeValue: true }), he.decode('foo&amp=bar', { isAttributeValue: true }), he.decode('foo&amp=bar')]);
show('decode unknown', () => he.decode('&unknown; &; &#; &#x; & amp;'));
show('decode strict error', () => he.decode('foo&ampbar', { strict: true }));
show('decode strict numeric error', () => he.decode('&#0;', { strict: true }));
show('escape', () => he.escape('<img src=\'x\' alt="`y`"> & more'));
show('unescape alias', () => he.unescape === he.decode);
show('roundtrip', () => { const s = 'Ünïcödé ✓ <tag attr="v"> & 𝔘 \u00A0 end'; return [he.decode(he.encode(s)) === s, he.decode(he.encode(s, { useNamedReferences: true })) === s]; });
show('options defaults', () => [he.encode.options, he.decode.options]);
show('change default', () => { he.encode.options.useNamedReferences = true; try { return he.encode('©'); } finally { he.encode.options.useNamedReferences = false; } });
show('long document', () => { const text = '<p>Tom &amp; Jerry&apos;s &quot;show&quot; &mdash; &euro;5 &frac12; off</p>'.repeat(50); const d = he.decode(text); return [d.length, d.slice(0, 48), he.encode(d, { useNamedReferences: true }).length]; });
