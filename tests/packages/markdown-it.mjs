// markdown-it as ESM: "import" -> dist/markdown-it.mjs, which imports its
// dependencies (entities, linkify-it, mdurl, punycode.js, uc.micro) as ESM.
import markdownit from 'markdown-it';
import * as ns from 'markdown-it';

console.log('import forms: ' + JSON.stringify([typeof markdownit, ns.default === markdownit, Object.keys(ns)]));
const md = markdownit({ linkify: true, typographer: true, quotes: '«»„“' });
const doc = `Release notes
=============

Version **2.0** — "the big one"...

* Faster parsing (x2)
* New \`--flag\` option
    * nested under it
* See https://example.org/changes

| Feature | Status |
|:--------|-------:|
| tables  | done   |
| tasks   | *wip*  |

> Note: quotes and -- dashes.

\`\`\`diff
- old
+ new
\`\`\`
`;
process.stdout.write(md.render(doc));
const toc = [];
md.parse('# One\n## Two\n### Three\n## Four', {}).forEach((t, i, all) => {
  if (t.type === 'heading_open') toc.push('  '.repeat(Number(t.tag[1]) - 1) + all[i + 1].content);
});
console.log(toc.join('\n'));
const counts = {};
for (const t of md.parse(doc, {})) counts[t.type] = (counts[t.type] || 0) + 1;
console.log(JSON.stringify(counts));
console.log(md.renderInline('inline "quotes" -- (c) 2024'));
