// A stack built for a method frame whose receiver's `constructor` is a
// getter that throws: the type name is read without running the getter
// (it recursed until the C stack overflowed), and a Proxy receiver.
let caughtErr;
const g = async function* () {
  try {
    yield;
    return 'never';
  } catch (err) {
    caughtErr = err;
    return 1;
  }
};
const broken = Promise.resolve(42);
Object.defineProperty(broken, 'constructor', { get() { throw new Error('broken promise'); } });
const it = g();
it.next().then(() => it.return(broken)).then((ret) => {
  console.log(caughtErr.message, ret.value, ret.done);
});
const o = {
  get constructor() { throw new Error('getter ran'); },
  m() { return new Error('from m').stack.split('\n')[1].split('(')[0].trim(); },
};
console.log(o.m());
const p = new Proxy({ m() { return new Error('in proxy').message; } }, {});
console.log(p.m());
