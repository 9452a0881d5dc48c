// postcss (CommonJS): parse, walk, plugins, CssSyntaxError.
const postcss = require('postcss');
const root = postcss.parse('a { color: red; margin: 0 auto } /* c */ @media (max-width: 10px) { .b:hover { color: blue !important } }');
root.walkDecls(d => { if (d.prop === 'color') d.value = d.value.toUpperCase(); });
root.walkRules(r => console.log('rule', r.selector, r.nodes.length));
root.walkAtRules(a => console.log('at', a.name, a.params));
root.append({ selector: '.new' }); root.last.append({ prop: 'display', value: 'none' });
console.log(root.toString());
const plugin = { postcssPlugin: 'px', Declaration(d) { d.value = d.value.replace(/(\d+)px/g, (m, n) => n / 16 + 'rem'); } };
postcss([plugin]).process('.x { padding: 16px 8px; }', { from: undefined }).then(r => console.log(r.css, r.messages.length));
try { postcss.parse('a { color: red'); } catch (e) { console.log(e.name, e.reason, e.line, e.column); }
console.log(JSON.stringify(postcss.parse('b{x:y}').toJSON().nodes[0].selector));
