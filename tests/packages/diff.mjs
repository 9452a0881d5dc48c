// diff as ESM: "import" -> libesm/index.js, named and namespace imports,
// and the "./lib/*.js" pattern resolved with the import condition.
import * as Diff from 'diff';
import { diffLines, createPatch, applyPatch, diffWords } from 'diff';
import { diffSentences } from 'diff/lib/diff/sentence.js';

const show = (label, v) => console.log(label + ': ' + JSON.stringify(v));
show('import forms', [typeof Diff.default, Diff.diffLines === diffLines, diffSentences === Diff.diffSentences]);

const v1 = ['# Config', 'name = "app"', 'port = 8080', 'debug = true', '', '[db]', 'host = "localhost"', 'pool = 5', ''].join('\n');
const v2 = ['# Config', 'name = "app"', 'port = 9090', '', '[db]', 'host = "db.internal"', 'pool = 5', 'timeout = 30', ''].join('\n');
const patch = createPatch('config.toml', v1, v2, 'v1', 'v2');
process.stdout.write(patch);
show('apply', applyPatch(v1, patch) === v2);
let stats = { added: 0, removed: 0 };
for (const part of diffLines(v1, v2)) {
  if (part.added) stats.added += part.count;
  if (part.removed) stats.removed += part.count;
}
show('stats', stats);
for (const part of diffWords('I have a cat and a dog.', 'I had a cat, a dog and a fish.')) {
  console.log((part.added ? '[+' : part.removed ? '[-' : '[=') + part.value + ']');
}
show('sentences', diffSentences('One. Two. Three.', 'One. Deux. Three.').filter(p => p.added || p.removed).map(p => p.value));
const patches = Diff.parsePatch(patch);
show('hunks', patches[0].hunks.length);
show('applyPatches', await new Promise(resolve => {
  const results = [];
  Diff.applyPatches(patch, {
    loadFile: (idx, cb) => cb(null, v1),
    patched: (idx, content, cb) => { results.push(content === v2); cb(); },
    complete: err => resolve([err || null, results]),
  });
}));
