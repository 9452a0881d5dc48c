// acorn as ESM: namespace import of dist/acorn.mjs.
import * as acorn from 'acorn';
const src = 'const f = async (a, {b = 2, ...c}) => { for await (const x of y) yield* z; return a?.b ?? `t${1}`; }; class A extends B { #p = 1; static { } get x() { return this.#p } }';
try { acorn.parse(src, { ecmaVersion: 'latest' }); } catch (e) { console.log('err', e.message, e.pos); }
const ast = acorn.parse('let x = 1 + 2 * 3; /re/g.test(x); label: for (;;) break label; import("m")', { ecmaVersion: 2022, sourceType: 'module', locations: true });
console.log(JSON.stringify(ast, null, 0).length, ast.body.map(n => n.type).join(','));
console.log(JSON.stringify(ast.body[0]));
const toks = [...acorn.tokenizer('a = b + 0x1F; "s"', { ecmaVersion: 2020 })].map(t => t.type.label + ':' + t.value);
console.log(toks.join(' '));
const c = []; acorn.parse('/* hi */ x // there', { ecmaVersion: 2020, onComment: c }); console.log(JSON.stringify(c));
console.log(acorn.version.split('.').length, typeof acorn.Parser.extend);
