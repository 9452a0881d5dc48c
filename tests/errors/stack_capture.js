// Error.captureStackTrace, Error.stackTraceLimit and Error.prepareStackTrace.
const here = (s) => (s === undefined ? 'undefined' : s.split(__dirname).join('.'));

function a() { return b(); }
function b() { return c(); }
function c() {
  const o = { name: 'Custom', message: 'hi' };
  Error.captureStackTrace(o);
  const p = {};
  Error.captureStackTrace(p, b);
  return [o.stack, p.stack];
}
const [s1, s2] = a();
console.log(here(s1).split('\n').slice(0, 4).join('\n'));
console.log(here(s2).split('\n').slice(0, 2).join('\n'));

class MyError extends Error {
  constructor(msg) {
    super(msg);
    this.name = 'MyError';
    Error.captureStackTrace(this, MyError);
  }
}
function thrower() { throw new MyError('custom'); }
try { thrower(); } catch (e) {
  console.log(here(e.stack).split('\n').slice(0, 3).join('\n'));
}

console.log(Error.stackTraceLimit);
Error.stackTraceLimit = 2;
console.log(here(a()[0]));
Error.stackTraceLimit = 0;
console.log(JSON.stringify(new Error('none').stack));
Error.stackTraceLimit = 'x';
const e = new Error('no stack');
console.log(Object.getOwnPropertyNames(e), e.stack);
Error.stackTraceLimit = 10;

Error.prepareStackTrace = (err, sites) => {
  const s = sites[0];
  return [String(err), typeof s.getFileName(), s.getFileName() === __filename,
          s.getLineNumber(), s.getColumnNumber(), s.getFunctionName(), s.isNative(),
          s.isConstructor(), sites.length > 1].join(' ');
};
function f() { return new Error('prepared'); }
console.log(f().stack);
delete Error.prepareStackTrace;
console.log(here(f().stack).split('\n')[1]);
