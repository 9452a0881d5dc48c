// htmlparser2 as ESM (type: module): dist/index.js and its ES module dependencies.
import { Parser, parseDocument, DomUtils } from 'htmlparser2';
const events = [];
const p = new Parser({ onopentag: (n, a) => events.push('open ' + n + ' ' + JSON.stringify(a)), ontext: t => events.push('text ' + JSON.stringify(t)), onclosetag: n => events.push('close ' + n), oncomment: c => events.push('comment ' + c) });
p.write('<div class="a" id=b>Hi <b>there</b><!-- c --><br><p>para<p>two</div>&amp; &lt;');
p.end();
console.log(events.join('\n'));
const doc = parseDocument('<ul><li class="x">one</li><li>two &copy;</li></ul><a href="/q">link</a>');
console.log(DomUtils.getElementsByTagName('li', doc).map(e => DomUtils.textContent(e)).join('|'));
console.log(DomUtils.findAll(e => e.attribs.href, doc.children).map(e => e.attribs.href).join(','));
console.log(DomUtils.getOuterHTML(doc));
