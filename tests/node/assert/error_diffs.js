// Errors compared by deepStrictEqual are shown as node shows them (copies
// without stacks: [Error: a]), also nested and with causes; a validation
// function that fails on a non-error thrown value adds no "Caught error".
const assert = require('assert');
function t(f) {
  try { f(); console.log('no throw'); } catch (e) { console.log(e.message); console.log('--'); }
}
t(() => assert.deepStrictEqual(new Error('a'), new Error('b')));
t(() => assert.deepStrictEqual(new TypeError('same'), new RangeError('same')));
t(() => assert.deepStrictEqual(new Error('c', { cause: new Error('inner1') }),
                               new Error('c', { cause: new Error('inner2') })));
t(() => assert.notDeepStrictEqual(new Error('n'), new Error('n')));
t(() => assert.throws(() => { throw 42; }, () => false));
t(() => assert.throws(() => { throw new Error('abc'); }, (e) => false));
t(() => assert.throws(() => { throw { code: 1 }; }, function check() { return 'nope'; }));
const u = require('util');
const E = (m, o) => new Error(m, o);
console.log(u.isDeepStrictEqual(E('c', { cause: 1 }), E('c', { cause: 2 })), u.isDeepStrictEqual(E('c', { cause: 1 }), E('c', { cause: 1 })), u.isDeepStrictEqual(E('c', { cause: 1 }), E('c')), u.isDeepStrictEqual(E('c', { cause: undefined }), E('c')));
console.log(u.isDeepStrictEqual(new AggregateError([1], 'm'), new AggregateError([2], 'm')), u.isDeepStrictEqual(new AggregateError([1], 'm'), new AggregateError([1], 'm')));
const a = E('x'), b = E('x'); a.message = 'x'; console.log(u.isDeepStrictEqual(a, b));
const c = E('x'); Object.defineProperty(c, 'message', { enumerable: true, value: 'x' }); console.log(u.isDeepStrictEqual(c, E('x')));
console.log(require('assert').deepEqual(E('c', { cause: 1 }), E('c', { cause: '1' })) === undefined);
const d = E('n'); d.name = 'Other'; console.log(u.isDeepStrictEqual(d, E('n')));
