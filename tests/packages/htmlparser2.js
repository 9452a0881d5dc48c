// htmlparser2 via require: a type-module package, so this is require of the ES module dist/index.js (domhandler, domutils, entities).
const { Parser, parseDocument, DomUtils } = require('htmlparser2');
const events = [];
const p = new Parser({ onopentag: (n, a) => events.push('open ' + n + ' ' + JSON.stringify(a)), ontext: t => events.push('text ' + JSON.stringify(t)), onclosetag: n => events.push('close ' + n), oncomment: c => events.push('comment ' + c) });
p.write('<div class="a" id=b>Hi <b>there</b><!-- c --><br><p>para<p>two</div>&amp; &lt;');
p.end();
console.log(events.join('\n'));
const doc = parseDocument('<ul><li class="x">one</li><li>two &copy;</li></ul><a href="/q">link</a>');
console.log(DomUtils.getElementsByTagName('li', doc).map(e => DomUtils.textContent(e)).join('|'));
console.log(DomUtils.findAll(e => e.attribs.href, doc.children).map(e => e.attribs.href).join(','));
console.log(DomUtils.getOuterHTML(doc));
