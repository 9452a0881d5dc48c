// fast-xml-parser as ESM: "import" -> src/fxp.js, which imports its own
// modules and its dependencies (strnum, @nodable/entities, ...) as ESM.
import { XMLParser, XMLBuilder, XMLValidator } from 'fast-xml-parser';
import * as ns from 'fast-xml-parser';

const show = (label, v) => console.log(label + ': ' + JSON.stringify(v));
show('import forms', [ns.XMLParser === XMLParser, 'default' in ns, Object.keys(ns).sort()]);

const rss = `<?xml version="1.0"?>
<rss version="2.0"><channel>
  <title>Kiln News</title>
  <item><title>Release 0.1</title><pubDate>Thu, 29 Feb 2024 10:00:00 GMT</pubDate><category>release</category></item>
  <item><title>Modules &amp; packages</title><category>feature</category><category>npm</category></item>
  <item><title>Benchmarks</title><guid isPermaLink="false">b-3</guid></item>
</channel></rss>`;
show('valid', XMLValidator.validate(rss));
const parser = new XMLParser({ ignoreAttributes: false, isArray: name => name === 'item' || name === 'category' });
const feed = parser.parse(rss);
for (const item of feed.rss.channel.item) {
  console.log('- ' + item.title + ' [' + (item.category || []).join(', ') + ']' + (item.guid ? ' guid=' + item.guid['#text'] + ' permalink=' + item.guid['@_isPermaLink'] : ''));
}
const out = new XMLBuilder({ format: true, ignoreAttributes: false }).build({
  summary: { '@_count': feed.rss.channel.item.length, title: feed.rss.channel.title, categories: { category: [...new Set(feed.rss.channel.item.flatMap(i => i.category || []))] } },
});
process.stdout.write(out);
