// json5 (CommonJS): parse, stringify, syntax errors.
const JSON5 = require('json5');
const o = JSON5.parse("{unquoted: 'single', trailing: [1,2,], hex: 0xFF, inf: Infinity, nan: NaN, pos: +1, dec: .5, // c\n multi: 'a\\\nb', \"q\": null, /* b */}");
console.log(o, JSON5.stringify(o), JSON5.stringify(o, null, 2), JSON5.stringify({ 'a-b': 1, c: "it's" }, { quote: '"' }));
try { JSON5.parse('{a:}'); } catch (e) { console.log(e.name, e.message, e.lineNumber, e.columnNumber); }
