// require() of a computed name reaches node's built-ins, with or without
// the node: scheme; arguments at a CommonJS module's top level are node's
// module wrapper's five.
const names = ['fs', 'node:path', 'util', 'stream/web'];
for (const n of names) {
  const m = require(n);
  console.log(n, typeof m, Object.keys(m).length > 0);
}
const pick = (name) => require(name);
console.log(pick('node:path').join('a', 'b'), pick('fs') === require('fs'));
try {
  require(names[0] + 'x');
} catch (e) {
  console.log(e.code, e.message.split('\n')[0]);
}
console.log(arguments.length, arguments[0] === exports, arguments[1] === require,
            arguments[2] === module, arguments[3] === __filename, arguments[4] === __dirname);
(() => console.log('arrow sees', arguments.length))();
function f() { return arguments.length; }
console.log('function has its own', f(1, 2));
