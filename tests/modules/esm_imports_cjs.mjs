// import of CommonJS: default is module.exports, named exports as node's
// lexer detects them; JSON through import attributes.
import lib, { add, mul, name, answer, counter } from './_lib/cjs_lib.cjs';
import * as libNs from './_lib/cjs_lib.cjs';
import obj, { helper, version } from './_lib/cjs_object.cjs';
import fn from './_lib/cjs_fn.cjs';
import data from './_lib/data.json' with { type: 'json' };
import { createRequire } from 'node:module';
import path from 'path';
import { EventEmitter } from 'events';

console.log(add(2, 3), mul(4, 5), name, answer, lib.name === name);
console.log(counter(), counter(), lib.counter());
console.log(Object.keys(libNs).sort(), libNs.default === lib);
console.log(helper(), version, obj['quoted-name'], obj.nested.deep);
console.log(fn('x'), fn.extra);
console.log(data.name, data.list.length, data.nested.ok);
console.log(path.basename('/a/b/c.txt'), path.join('a', '..', 'b'));
const e = new EventEmitter();
e.on('ev', (v) => console.log('event', v));
e.emit('ev', 7);
console.log(typeof createRequire);
