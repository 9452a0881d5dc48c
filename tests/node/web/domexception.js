// DOMException: names, legacy codes, constants, properties and printing.
const e = new DOMException('x', 'AbortError');
console.log(e.name, e.code, e.message, e instanceof Error, e instanceof DOMException);
console.log(Object.prototype.toString.call(e), String(e));
console.log(Object.keys(e), Object.getOwnPropertyNames(e));
console.log(require('util').inspect(e).split('\n')[0]);
console.log(new DOMException().name, JSON.stringify(new DOMException().message), new DOMException().code);
console.log(new DOMException('y').toString(), new DOMException('y', 'Bogus').code);
for (const n of ['IndexSizeError', 'SyntaxError', 'InvalidStateError', 'NotSupportedError',
  'NetworkError', 'TimeoutError', 'DataCloneError', 'QuotaExceededError', 'EncodingError']) {
  console.log(n, new DOMException('m', n).code);
}
console.log(DOMException.ABORT_ERR, DOMException.DATA_CLONE_ERR, e.TIMEOUT_ERR, DOMException.INDEX_SIZE_ERR);
console.log(Object.keys(DOMException).length, Object.keys(DOMException.prototype).slice(0, 4));
const withCause = new DOMException('m', { name: 'DataCloneError', cause: 'c' });
console.log(withCause.name, withCause.code, withCause.cause);
try { Object.getOwnPropertyDescriptor(DOMException.prototype, 'name').get.call({}); } catch (err) {
  console.log(err.name, err.code, err.message);
}
class MyDom extends DOMException {}
console.log(new MyDom('z', 'NotFoundError').code, new MyDom('z') instanceof DOMException);
try { throw new DOMException('thrown', 'SecurityError'); } catch (err) {
  console.log(err.name, err.message, err.code);
}
