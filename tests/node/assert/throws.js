// assert.throws / rejects validation objects, classes, regexps and functions.
const assert = require('assert');
function show(f) {
  try { f(); console.log('pass'); } catch (e) {
    console.log('--', e.name, e.code, e.generatedMessage, e.operator);
    console.log(e.message);
  }
}
class MyError extends Error { constructor(m) { super(m); this.name = 'MyError'; this.code = 'E_MY'; this.info = { n: 1 }; } }
const thrower = () => { throw new MyError('boom happened'); };
show(() => assert.throws(thrower, MyError));
show(() => assert.throws(thrower, Error));
show(() => assert.throws(thrower, { name: 'MyError', message: 'boom happened', code: 'E_MY' }));
show(() => assert.throws(thrower, { message: /boom/, info: { n: 1 } }));
show(() => assert.throws(thrower, { info: { n: 2 } }));
show(() => assert.throws(thrower, { code: 'E_OTHER' }));
show(() => assert.throws(thrower, { missing: 1 }));
show(() => assert.throws(thrower, { message: /nomatch/ }));
show(() => assert.throws(thrower, /happened/));
show(() => assert.throws(thrower, /^MyError: boom/));
show(() => assert.throws(thrower, new MyError('boom happened')));
show(() => assert.throws(thrower, {}));
show(() => assert.throws(() => { throw 'str'; }, /str/));

show(() => assert.throws(() => { throw null; }, { message: 'x' }));
show(() => assert.throws(thrower, MyError, 'custom msg'));
show(() => assert.throws(() => {}, MyError));
show(() => assert.throws(() => {}, /x/, 'custom when missing'));
show(() => assert.throws(thrower, 'boom happened'));
show(() => assert.throws(thrower, TypeError, 'custom type msg'));
show(() => assert.throws(thrower, class Foo {}));
show(() => assert.throws(thrower, () => true));
show(() => assert.throws(thrower, function validate() { return false; }));
show(() => assert.doesNotThrow(thrower, /other/));
show(() => assert.doesNotThrow(thrower, /boom/, 'dnt message'));
show(() => assert.doesNotThrow(() => 1, 'fine'));
(async () => {
  await assert.rejects(async () => thrower(), { name: 'MyError' });
  console.log('rejects ok');
  await assert.rejects(Promise.reject(new MyError('r')), { message: 'other' }).catch((e) => console.log('rejects:', e.message));
  await assert.doesNotReject(async () => 1);
  console.log('doesNotReject ok');
  await assert.doesNotReject(() => Promise.reject(new Error('nope')), 'custom dnr').catch((e) => console.log(e.message));
})();
