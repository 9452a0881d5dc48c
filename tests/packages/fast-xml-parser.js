// fast-xml-parser 5 (dual, "type": "module"; require -> lib/fxp.cjs bundle).
'use strict';
const { XMLParser, XMLBuilder, XMLValidator } = require('fast-xml-parser');

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}

const xml = `<?xml version="1.0" encoding="UTF-8"?>
<!-- catalog -->
<catalog xmlns:x="urn:x" updated="2024-02-29">
  <book id="bk101" available="true">
    <author>Gambardella, Matthew</author>
    <title lang="en">XML Developer's Guide</title>
    <price>44.95</price>
    <tags><tag>xml</tag><tag>dev</tag></tags>
    <description><![CDATA[An in-depth look at <XML> & more.]]></description>
  </book>
  <book id="bk102">
    <author>Ralls, Kim</author>
    <title lang="fr">Midnight &amp; Rain</title>
    <price>5.95</price>
    <tags><tag>fantasy</tag></tags>
    <x:extra>namespaced</x:extra>
    <empty/>
  </book>
</catalog>`;

show('default parse', () => new XMLParser().parse(xml));
show('attributes', () => new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@_' }).parse(xml).catalog.book.map(b => [b['@_id'], b['@_available'], b.title]));
show('attributesGroupName', () => new XMLParser({ ignoreAttributes: false, attributesGroupName: '$', attributeNamePrefix: '' }).parse('<a x="1" y="two"><b z="3">t</b></a>'));
show('parseAttributeValue', () => new XMLParser({ ignoreAttributes: false, parseAttributeValue: true }).parse('<a n="12" b="true" s="x"/>'));
show('no value parsing', () => new XMLParser({ parseTagValue: false }).parse('<r><n>007</n><f>1.50</f><b>true</b></r>'));
show('number options', () => new XMLParser({ numberParseOptions: { hex: true, leadingZeros: false } }).parse('<r><h>0x1F</h><z>007</z><e>1e3</e><big>12345678901234567890</big><neg>-0.5</neg></r>'));
show('cdata separate', () => new XMLParser({ cdataPropName: '__cdata' }).parse('<d><![CDATA[<b>raw</b>]]></d>'));
show('comments kept', () => new XMLParser({ commentPropName: '#comment' }).parse('<r><!-- hi --><a>1</a></r>'));
show('isArray', () => new XMLParser({ isArray: (name, jpath) => jpath === 'catalog.book.tags.tag' }).parse(xml).catalog.book.map(b => b.tags.tag));
show('removeNSPrefix', () => new XMLParser({ removeNSPrefix: true }).parse(xml).catalog.book[1].extra);
show('stopNodes', () => new XMLParser({ stopNodes: ['*.pre'] }).parse('<r><pre><b>keep</b> as text</pre></r>'));
show('trimValues off', () => new XMLParser({ trimValues: false }).parse('<r>  spaced  </r>'));
show('entities', () => new XMLParser().parse('<r>&lt;tag&gt; &amp; &quot;q&quot; &apos;s&apos; &#65;&#x42;</r>'));
show('htmlEntities', () => new XMLParser({ htmlEntities: true }).parse('<r>&copy; &nbsp;&euro;</r>'));
show('DOCTYPE entities', () => new XMLParser({ processEntities: true }).parse('<?xml version="1.0"?><!DOCTYPE r [<!ENTITY co "Acme Corp">]><r>&co; rocks</r>'));
show('tagValueProcessor', () => new XMLParser({ tagValueProcessor: (name, val) => (name === 'p' ? val.toUpperCase() : val) }).parse('<r><p>shout</p><q>quiet</q></r>'));
show('preserveOrder', () => new XMLParser({ preserveOrder: true }).parse('<r><a>1</a><b>2</b><a>3</a></r>'));
show('unpairedTags', () => new XMLParser({ unpairedTags: ['br', 'img'] }).parse('<p>line<br>next<img></p>'));
show('alwaysCreateTextNode', () => new XMLParser({ alwaysCreateTextNode: true, ignoreAttributes: false }).parse('<a k="v">t</a>'));
show('ignoreDeclaration/PI', () => new XMLParser({ ignoreDeclaration: true, ignorePiTags: true }).parse('<?xml version="1.0"?><?pi x?><r/>'));
show('validate ok', () => XMLValidator.validate(xml));
show('validate errors', () => ['<a><b></a>', '<a>', '<a x=1/>', '<a></a><b></b>', '<a x="1" x="2"/>', '<1a/>', 'text'].map(s => { const r = XMLValidator.validate(s); return r === true ? true : [r.err.code, r.err.msg, r.err.line, r.err.col]; }));
show('parse with validation', () => new XMLParser().parse('<a><b></a>', true));
show('parse non-string', () => new XMLParser().parse(42));
show('build simple', () => new XMLBuilder().build({ root: { a: 1, b: ['x', 'y'], c: { d: true } } }));
const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, indentBy: '  ', suppressEmptyNode: true });
console.log('--- built');
process.stdout.write(builder.build({ '?xml': { '@_version': '1.0' }, feed: { '@_lang': 'en', entry: [{ '@_id': 1, title: 'First & best', body: '<p>html</p>' }, { '@_id': 2, title: 'Second', empty: '' }] } }));
console.log('--- roundtrip preserveOrder');
const po = { preserveOrder: true, ignoreAttributes: false, format: true };
console.log(JSON.stringify(new XMLBuilder(po).build(new XMLParser(po).parse('<r a="1"><x>1</x><y>2</y><x>3</x><!-- c --></r>'))));
show('build cdata/comment', () => new XMLBuilder({ cdataPropName: '__cdata', commentPropName: '#c' }).build({ r: { __cdata: 'a<b', '#c': ' note ', v: 1 } }));
show('build arrayNodeName', () => new XMLBuilder({ arrayNodeName: 'item' }).build([1, 2, { a: 3 }]));
