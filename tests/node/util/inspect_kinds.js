// util.inspect of Map/Set iterators (remaining items, not consumed), proxies
// (targets without traps, showProxy), ArrayBuffer/DataView contents, async
// and generator functions, and the constructors of coroutine functions.
const util = require('util');

const m = new Map([[1, { a: 1 }], ['k', [1, 2]]]);
const it = m.entries();
console.log(it);
it.next();
console.log(it, [...it].length, it);
console.log(m.keys(), m.values(), new Set([1, 'two']).values(), new Set([3]).entries());
console.log([new Map().entries(), new Set().values()]);
console.log(util.inspect(new Map([[1, 2], [3, 4], [5, 6]]).keys(), { maxArrayLength: 1 }));
console.log({ nested: { deeper: { iter: new Set([1]).values() } } });

const handler = { get() { throw new Error('trap ran'); } };
const p = new Proxy({ a: 1, b: [2] }, handler);
console.log(p, [p]);
console.log(util.inspect(p, { showProxy: true }));
console.log(util.inspect(new Proxy([1, 2], {}), { showProxy: true }));
const { proxy, revoke } = Proxy.revocable({}, {});
revoke();
console.log(proxy, util.inspect(proxy, { showProxy: true }));
console.log(util.inspect(new Proxy(function named() {}, {})));

const ab = new Uint8Array([1, 2, 254, 255]).buffer;
console.log(ab, new ArrayBuffer(0));
console.log(new DataView(ab, 1, 2));
console.log(util.inspect(new ArrayBuffer(130)).split('\n').slice(-2).join('|'));
console.log(util.inspect(new ArrayBuffer(10), { maxArrayLength: 3 }));
console.log({ deep: { deeper: { buf: new ArrayBuffer(2) } } });

async function af() {}
function* gf() {}
async function* agf() {}
console.log(af, gf, agf, async () => {}, { af, gf, agf });
console.log(af.constructor.name, gf.constructor.name, agf.constructor.name);
console.log(Object.getPrototypeOf(af).constructor === af.constructor,
            Object.getPrototypeOf(af.constructor) === Function);
const isAsync = (fn) => fn.constructor.name === 'AsyncFunction';
console.log(isAsync(af), isAsync(gf), isAsync(() => {}));
