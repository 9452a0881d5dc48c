const { pipe } = require('fp-ts/function'); const O = require('fp-ts/Option'); const E = require('fp-ts/Either'); const A = require('fp-ts/Array');
console.log(pipe(O.some(2), O.map(x => x * 3), O.getOrElse(() => 0)), JSON.stringify(pipe(E.left('err'), E.map(x => x + 1))), A.sort({ compare: (a, b) => a < b ? -1 : a > b ? 1 : 0, equals: (a,b)=>a===b })([3, 1, 2]));
const { ok, err, Result } = require('neverthrow'); console.log(ok(1).map(x => x + 1).unwrapOr(0), err('e').mapErr(e => e + '!').isErr());
const R = require('remeda'); console.log(R.pipe([1, 2, 3, 4], R.filter(x => x % 2 === 0), R.map(x => x * 10)));
const merge = require('lodash.merge'); console.log(JSON.stringify(merge({ a: { b: 1 } }, { a: { c: 2 } })));
