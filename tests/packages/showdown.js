// showdown (CommonJS/UMD): Markdown to HTML. Its block-level passes read
// RegExp.$1/$2 after test() (headers with ids, setext and list
// delimiters) and the converter is configured through many options.
'use strict';
const showdown = require('showdown');

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}

const doc = [
  '# Title',
  '',
  'Some *emphasis*, **strong**, `code` and a [link](http://example.com "t").',
  '',
  'Setext heading',
  '==============',
  '',
  '1. one',
  '2. two',
  '   - nested *a*',
  '   - nested b',
  '',
  '> quoted',
  '> > deeper',
  '',
  '    indented code <b>',
  '',
  '```js',
  'const x = 1 < 2 && "y";',
  '```',
  '',
  '| a | b |',
  '|---|:-:|',
  '| 1 | 2 |',
  '',
  '- [ ] task',
  '- [x] done',
  '',
  'Auto www.example.com, ~~gone~~, snake_case_word.',
  '',
  '![img](/a.png =100x20)',
  '',
  '---',
  '',
  'Line one  ',
  'Line two & \\*escaped\\*',
].join('\n');

show('default', () => new showdown.Converter().makeHtml(doc));
show('github flavor', () => {
  const c = new showdown.Converter();
  c.setFlavor('github');
  return c.makeHtml(doc);
});
show('options', () => new showdown.Converter({
  tables: true, strikethrough: true, tasklists: true, simplifiedAutoLink: true,
  parseImgDimensions: true, literalMidWordUnderscores: true, ghCodeBlocks: true,
  headerLevelStart: 2, prefixHeaderId: 'h-', noHeaderId: false, ghCompatibleHeaderId: true,
}).makeHtml(doc));
show('openLinksInNewWindow', () => new showdown.Converter({ openLinksInNewWindow: true }).makeHtml('[a](b) and [c](d)'));
show('emoji and underline', () => new showdown.Converter({ emoji: true, underline: true }).makeHtml(':smile: __under__ :+1:'));
show('metadata', () => {
  const c = new showdown.Converter({ metadata: true });
  const html = c.makeHtml('---\ntitle: Hi\nauthor: me\n---\n\n# Body');
  return [html, c.getMetadata()];
});
// Mail links are obfuscated with Math.random unless encodeEmails is off.
show('mail', () => new showdown.Converter({ encodeEmails: false }).makeHtml('<mail@example.com> and [m](mailto:a@b.c)'));
show('numbered list start', () => new showdown.Converter().makeHtml('3. three\n4. four\n\n* star\n+ plus'));
show('html passthrough', () => new showdown.Converter().makeHtml('<div>\n*raw*\n</div>\n\n<span>x</span> *y*'));
show('makeMarkdown', () => new showdown.Converter().makeMarkdown('<h1 id="x">T</h1><p>a <em>b</em> <a href="u">c</a></p><ul><li>one</li><li>two</li></ul><pre><code>x\n</code></pre>'));
show('extension', () => {
  showdown.extension('shout', () => [{ type: 'output', regex: /<p>(.*?)<\/p>/g, replace: (m, t) => '<p>' + t.toUpperCase() + '</p>' }]);
  return new showdown.Converter({ extensions: ['shout'] }).makeHtml('hello *world*');
});
show('global options', () => {
  showdown.setOption('noHeaderId', true);
  try { return new showdown.Converter().makeHtml('# x'); } finally { showdown.resetOptions(); }
});
show('default options', () => Object.keys(showdown.getDefaultOptions()).length);
show('long document', () => new showdown.Converter().makeHtml(doc.repeat(20)).length);
