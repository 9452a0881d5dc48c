// markdown-it (dual: require -> dist/markdown-it.cjs.js; depends on
// entities, linkify-it, mdurl, punycode.js, uc.micro).
'use strict';
const MarkdownIt = require('markdown-it');

function out(label, s) {
  console.log('--- ' + label);
  process.stdout.write(s);
}
const md = MarkdownIt();
const full = MarkdownIt({ html: true, linkify: true, typographer: true, breaks: true });
const commonmark = MarkdownIt('commonmark');
const zero = MarkdownIt('zero').enable(['emphasis', 'backticks']);

out('basic', md.render('# Title\n\nSome *em* and **strong** and `code`.\n\n- a\n- b\n\n1. x\n2. y\n'));
out('code fence', md.render('```python\nprint("<hi>")\n```\n'));
out('table + strikethrough', md.render('| a | b |\n|---|:-:|\n| 1 | ~~2~~ |\n'));
out('html off', md.render('<b>raw</b> & stuff'));
out('html on', full.render('<b>raw</b> & stuff\n<div>\nblock\n</div>'));
out('linkify', full.render('see https://example.com/path?a=1, www.github.com and foo@bar.com'));
out('punycode link', full.render('http://xn--d1acufc.xn--p1ai and http://пример.рф'));
out('typographer', full.render('"Smart" quotes -- and --- dashes... (c) (tm) +- \'single\''));
out('breaks', full.render('line1\nline2'));
out('commonmark preset', commonmark.render('~~no strike~~ | not | table |\n|---|---|---|\n'));
out('zero preset', zero.render('*em* `code` # not heading'));
out('inline', md.renderInline('__bold__ [link](http://x.y)'));
out('references', md.render('[foo] and [bar][]\n\n[foo]: /url "title"\n[bar]: <http://b.ar>\n'));
out('images', md.render('![alt *text*](img.png "T")'));
out('escapes/entities', md.render('\\*lit\\* &amp; &copy; &#x41; &nosuchentity; < >'));
out('unsafe links', md.render('[x](javascript:alert(1)) [y](data:text/html;base64,PHNjcmlwdD4=) [z](data:image/png;base64,iVBOR)'));
out('nested lists', md.render('- a\n  - b\n    - c\n- d\n\n  para in d\n'));
out('blockquote', md.render('> a\n> > b\n> c\n'));
out('hr/headings', md.render('***\nSetext\n===\n#no\n####### seven'));

const tokens = md.parse('# H\n\n*x* [l](/u)', {});
console.log('tokens: ' + JSON.stringify(tokens.map(t => [t.type, t.tag, t.nesting, t.content])));
console.log('inline children: ' + JSON.stringify(tokens[4].children.map(t => t.type + (t.attrs ? JSON.stringify(t.attrs) : ''))));

const custom = MarkdownIt();
const defaultLink = custom.renderer.rules.link_open || ((tks, idx, options, env, self) => self.renderToken(tks, idx, options));
custom.renderer.rules.link_open = (tks, idx, options, env, self) => {
  tks[idx].attrSet('target', '_blank');
  return defaultLink(tks, idx, options, env, self);
};
custom.renderer.rules.code_inline = (tks, idx) => '<kbd>' + custom.utils.escapeHtml(tks[idx].content) + '</kbd>';
out('custom rules', custom.render('[a](/b) `c<d>`'));

const highlighted = MarkdownIt({ highlight: (str, lang) => (lang ? '<pre class="hl-' + lang + '"><code>' + str.length + ' chars</code></pre>' : '') });
out('highlight', highlighted.render('```rust\nfn main() {}\n```\n```\nplain\n```\n'));

function emojiPlugin(mdi) {
  mdi.core.ruler.push('shortcodes', state => {
    for (const blk of state.tokens) {
      if (blk.type !== 'inline') continue;
      for (const t of blk.children) if (t.type === 'text') t.content = t.content.replace(/:smile:/g, '(^_^)');
    }
  });
}
out('plugin', MarkdownIt().use(emojiPlugin).render('hello :smile: world'));
out('disable rule', MarkdownIt().disable(['table', 'list']).render('- not a list\n\n| a |\n|---|\n'));
try {
  MarkdownIt().enable('nonexistent-rule');
} catch (e) {
  console.log('enable error: ' + e.message);
}
try {
  MarkdownIt('nopreset');
} catch (e) {
  console.log('preset error: ' + e.message);
}
console.log('utils: ' + JSON.stringify([md.utils.escapeHtml('<a href="x">&</a>'), md.utils.isSpace(0x20), md.utils.unescapeAll('\\*x\\* &amp;'), md.utils.normalizeReference(' Foo  BAR ')]));
console.log('normalizeLink: ' + JSON.stringify([md.normalizeLink('http://пример.рф/путь?q=й'), md.normalizeLinkText('http://xn--e1afmkfd.xn--p1ai/%D0%BF'), md.validateLink('vbscript:x'), md.validateLink('https://x')]));
const env = {};
md.render('[a]: /b\n\n[a]', env);
console.log('env: ' + JSON.stringify(env));
