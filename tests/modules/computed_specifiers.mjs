// Computed specifiers load what the compiler could see they may name: a
// folder named by a constant prefix (every module file in it), literals in
// the module (`const p = './x.js'; import(p)`), and calls through an alias
// of require. Nothing is evaluated before the program asks for it.
import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
for (const c of ['hello', 'bye', 'nope']) {
  try { console.log(require('./_lib/computed/cmds/' + c)('x')); } catch (e) { console.log(c, e.code); }
}
for (const l of ['fr', 'de', 'it']) {
  try {
    console.log((await import(`./_lib/computed/locale/${l}.mjs`)).default.greet);
  } catch (e) { console.log(l, e.code); }
}
const p = './_lib/computed/cmds/hello.js';
console.log((await import(p)).default('y'));
const o = { toString() { return './_lib/computed/locale/fr.mjs'; } };
console.log((await import(o)).default.greet);
let r;
r = require;
const name = ['.', '_lib', 'computed', 'plugin.cjs'].join('/');
console.log(r('./_lib/computed/' + 'plugin.cjs').name, r(name).loadedAt);
try { await import('./_lib/computed/' + 'missing.mjs'); } catch (e) { console.log(e.code); }
