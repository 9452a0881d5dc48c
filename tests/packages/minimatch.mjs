// minimatch as ESM: "import" -> dist/esm, which imports brace-expansion and
// @isaacs/nonrecursive-glob-match as ESM too.
import { minimatch, Minimatch, match, filter, escape } from 'minimatch';
import * as ns from 'minimatch';

const show = (label, v) => console.log(label + ': ' + JSON.stringify(v));
show('import forms', [ns.minimatch === minimatch, 'default' in ns, typeof Minimatch]);

const tree = [
  'package.json', 'README.md', 'src/main.ts', 'src/util/strings.ts', 'src/util/strings.spec.ts', 'src/assets/logo.svg',
  'test/e2e/login.spec.ts', 'node_modules/x/index.js', 'dist/main.js', 'dist/main.js.map', '.github/workflows/ci.yml', '.gitignore',
];
const ignore = ['node_modules/**', 'dist/**', '**/*.map'];
const keep = tree.filter(f => !ignore.some(p => minimatch(f, p)));
show('after ignore', keep);
show('sources', match(keep, 'src/**/!(*.spec).ts'));
show('specs', keep.filter(filter('**/*.spec.ts')));
show('dotfiles', match(tree, '**/.*', { dot: true }));
show('yaml anywhere with dot', match(tree, '**/*.{yml,yaml}', { dot: true }));
show('escaped literal', minimatch('src/[id].ts', 'src/' + escape('[id]') + '.ts'));
const m = new Minimatch('src/**/*.ts');
show('Minimatch reuse', tree.map(f => (m.match(f) ? 1 : 0)).join(''));
