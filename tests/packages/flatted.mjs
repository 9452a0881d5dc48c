// flatted as ESM (type: module): esm/index.js.
import { parse, stringify, toJSON, fromJSON } from 'flatted';
const a = [{}]; a[0].a = a; a.push(a); const s = stringify(a); console.log(s);
const b = parse(s); console.log(b[0].a === b, b[1] === b);
const o = { x: 'str', y: [1, 2] }; o.o = o; console.log(stringify(o), JSON.stringify(toJSON(o)), fromJSON(toJSON(o)).o.x);
