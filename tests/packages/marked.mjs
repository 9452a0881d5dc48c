// marked (ESM only: "type": "module", exports "." -> default condition).
import { marked, Marked, Lexer, Parser, Renderer, Tokenizer, lexer, parse, parseInline, walkTokens } from 'marked';
import * as ns from 'marked';

const show = (label, v) => console.log(label + ': ' + JSON.stringify(v));
function html(label, md, opts) {
  try {
    console.log('--- ' + label);
    process.stdout.write(marked.parse(md, opts));
  } catch (e) {
    console.log('threw ' + e.name + ': ' + e.message);
  }
}

show('import forms', [ns.marked === marked, typeof Marked, parse === ns.parse, typeof walkTokens, 'default' in ns]);
html('headings', '# H1\n## H2 with `code`\n### H3 *em* **strong**\nSetext\n======\nSub\n---\n');
html('paragraphs and breaks', 'Line one\nline two  \nhard break\n\nNew paragraph with trailing \\\nbackslash break');
html('emphasis', '*a* _b_ **c** __d__ ***e*** ~~strike~~ a*b*c snake_case_word');
html('lists', '- one\n- two\n  - nested\n  - nested 2\n- three\n\n1. first\n2. second\n\n3) paren\n\n* [ ] todo\n* [x] done\n');
html('loose list', '- a\n\n- b\n');
html('code', '```js\nconst x = 1 < 2 && "q";\n```\n\n    indented code\n\nInline `a <b>` code and ``double `tick` code``');
html('blockquote', '> quote\n> > nested\n>\n> - list in quote');
html('links', '[text](http://x.com "Title") <http://auto.link> [ref][r] ![img](/a.png "t") https://bare.example.com\n\n[r]: http://ref.com');
html('tables', '| a | b:|:c:|\n|:--|--:|:-:|\n| 1 | 2 | 3 |\n| x \\| y | **z** | `w` |\n');
html('html passthrough', '<div class="x">\n*not md*\n</div>\n\ninline <span>html</span> & entities &copy; &#169;');
html('hr and escapes', '***\n\\*not em\\* \\# not heading\n\n- - -');
html('gfm off', '~~x~~ https://a.b\n\n| a |\n|---|\n| 1 |', { gfm: false });
html('breaks on', 'a\nb', { breaks: true });
show('parseInline', parseInline('**bold** and _it_ <x>'));
show('lexer', lexer('# T\n\ntext *em*\n').map(t => [t.type, t.raw]));
show('Lexer.lex + Parser.parse', Parser.parse(Lexer.lex('- a\n- b')));
show('links map', Lexer.lex('[x][y]\n\n[y]: /url "T"').links);

const custom = new Marked({
  renderer: {
    heading({ tokens, depth }) {
      const text = this.parser.parseInline(tokens);
      const id = text.toLowerCase().replace(/[^\w]+/g, '-');
      return `<h${depth} id="${id}">${text}</h${depth}>\n`;
    },
    link({ href, text }) {
      return `<a href="${href}" rel="nofollow">${text}</a>`;
    },
  },
});
process.stdout.write(custom.parse('## Custom Heading!\n[l](/x)'));

const counted = [];
const m2 = new Marked({ walkTokens(t) { counted.push(t.type); } });
m2.parse('# a\n\n- b\n- *c*');
show('walkTokens', counted);

const ext = new Marked({
  extensions: [{
    name: 'mention',
    level: 'inline',
    start(src) { return src.indexOf('@'); },
    tokenizer(src) {
      const m = /^@([a-z]+)/.exec(src);
      if (m) return { type: 'mention', raw: m[0], user: m[1] };
    },
    renderer(t) { return `<a class="user">${t.user}</a>`; },
  }],
});
process.stdout.write(ext.parse('hi @ada and @bob.'));

const hooked = new Marked({ hooks: { preprocess: md => md.toUpperCase(), postprocess: h => h.trim() + '<!-- end -->\n' } });
process.stdout.write(hooked.parse('shout *this*'));

const silent = new Marked({ silent: true });
show('Renderer/Tokenizer classes', [typeof new Renderer().code, typeof new Tokenizer().heading]);
show('non-string input', (() => { try { return marked.parse(42); } catch (e) { return e.message.split('\n')[0]; } })());
show('silent bad input', silent.parse(null));
show('async', await marked.parse('# async', { async: true }));
