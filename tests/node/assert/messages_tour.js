const assert = require('assert');
function show(fn) {
  try { fn(); console.log('no throw'); }
  catch (e) { console.log(`[${e.name}] [${e.code}] gen=${e.generatedMessage} op=${e.operator}\n${e.message}\n---`); }
}
show(() => assert.strictEqual(1, 2));
show(() => assert.strictEqual('hello world', 'hello there'));
show(() => assert.strictEqual(1, 2, 'custom message'));
show(() => assert.equal(1, '1'));
show(() => assert.notStrictEqual(3, 3));
show(() => assert.deepStrictEqual({ a: 1, b: [1, 2, 3], c: 'x' }, { a: 1, b: [1, 2, 4], c: 'x' }));
show(() => assert.deepStrictEqual([1, 2, 3, 4, 5, 6, 7, 8], [1, 2, 3, 4, 5, 6, 7, 9]));
show(() => assert.deepStrictEqual(new Map([[1, 'a']]), new Map([[1, 'b']])));
show(() => assert.deepStrictEqual({ a: 1 }, { a: '1' }));
show(() => assert.deepEqual({ a: 1 }, { a: '1' }));
show(() => assert.deepStrictEqual(new Set([1, 2]), new Set([1, 2])));
show(() => assert.notDeepStrictEqual({ x: [1] }, { x: [1] }));
show(() => assert.ok(0));
show(() => assert(null, 'value was null'));
show(() => assert.ok(typeof 1 === 'string'));
show(() => assert.throws(() => { throw new TypeError('bad input'); }, TypeError));
show(() => assert.throws(() => { throw new TypeError('bad input'); }, RangeError));
show(() => assert.throws(() => {}, /x/));
show(() => assert.throws(() => { throw new Error('msg 1'); }, { message: 'msg 2' }));
show(() => assert.throws(() => { throw new Error('abc'); }, /abc/));
show(() => assert.doesNotThrow(() => { throw new Error('oops'); }));
show(() => assert.match('abc', /x/));
show(() => assert.fail('explicit'));
show(() => assert.fail());
show(() => assert.ifError(null));
show(() => assert.ifError(new Error('if err')));
show(() => assert.strictEqual(NaN, NaN));
show(() => assert.deepStrictEqual([1, [2, [3]]], [1, [2, [3, 4]]]));
show(() => assert.strictEqual({ a: 1 }, { a: 1 }));
show(() => assert.notEqual(1, 1));
(async () => {
  await assert.rejects(Promise.reject(new Error('rej')), /rej/);
  console.log('rejects ok');
  try { await assert.rejects(Promise.resolve(1)); } catch (e) { console.log(e.code, e.message); }
  try { await assert.doesNotReject(Promise.reject(new Error('dnr'))); } catch (e) { console.log(e.code, e.message); }
  const e = new assert.AssertionError({ actual: 1, expected: 2, operator: 'strictEqual' });
  console.log(e.message.split('\n')[0], e.name, e instanceof Error);
  assert.strictEqual(1, 2);
})();
