// require() of an ES module returns its namespace (node 20.19+), and
// import() from CommonJS.
const ns = require('./_lib/esm_for_cjs.mjs');
console.log(Object.keys(ns), ns.fromEsm, ns.default('bob'), ns.n);
ns.inc();
console.log(ns.n, ns[Symbol.toStringTag]);
const again = require('./_lib/esm_for_cjs.mjs');
console.log(again === ns);
const lib = require('./_lib/cjs_lib.cjs');
console.log(lib.add(1, 1), require('./_lib/cjs_lib.cjs') === lib);
console.log(require.resolve('./_lib/cjs_lib.cjs').endsWith('/_lib/cjs_lib.cjs'));
console.log(typeof require.cache, module.id, require.main === module);
const which = process.argv.length > 100 ? './_lib/cjs_fn.cjs' : './_lib/cjs_object.cjs';
console.log(Object.keys(require(which)));
if (process.argv.length > 100) require('./_lib/cjs_object.cjs'); // compiled in, not run
try { require('./_lib/does-not-exist'); } catch (e) { console.log(e.code, e.message.split('\n')[0]); }
try { require(42); } catch (e) { console.log(e.code, e.message); }
import('./_lib/esm_for_cjs.mjs').then((m) => console.log('import()', m === ns, m.n));
import('./_lib/data.json', { with: { type: 'json' } }).then((m) => console.log('json', m.default.name));
console.log('sync end');
