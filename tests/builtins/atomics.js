// Atomics over integer typed arrays on an ArrayBuffer: each operation's
// result (the old value, store's converted value), wrap-around per element
// type, validation errors, wait/notify on an unshared buffer.
function t(f) {
  try {
    console.log(f());
  } catch (e) {
    console.log(e.name + ': ' + e.message);
  }
}
const i32 = new Int32Array(4);
t(() => [Atomics.add(i32, 0, 5), Atomics.load(i32, 0), Atomics.sub(i32, 0, 2), i32[0]].join());
t(() => [Atomics.and(new Int16Array([-1]), 0, 0x1ff), Atomics.or(new Uint16Array([1]), 0, 70000),
         Atomics.xor(new Int8Array([1]), 0, 3), Atomics.add(new Uint32Array([1]), 0, -1)].join());
const u8 = new Uint8Array([250]);
t(() => [Atomics.add(u8, 0, 10), u8[0], Atomics.sub(u8, 0, 5), u8[0]].join());
t(() => [Atomics.store(i32, 1, 3.7), Atomics.store(new Uint8Array(1), 0, 300), Atomics.store(i32, 2, -0),
         Object.is(Atomics.store(i32, 2, -0), 0), Atomics.store(i32, 3, '12'), i32.join()].join(' '));
t(() => [Atomics.compareExchange(new Uint8Array([5]), 0, 5, 9), Atomics.exchange(new Int8Array([5]), 0, 200)].join());
const c = new Int16Array([7]);
t(() => [Atomics.compareExchange(c, 0, 8, 1), c[0], Atomics.compareExchange(c, 0, 7, -3), c[0]].join());
t(() => [Atomics.load(i32, '1'), Atomics.load(i32, 1.9), Atomics.add(i32, 0)].join());
t(() => Atomics.add(new Float64Array(2), 0, 1));
t(() => Atomics.add(new Uint8ClampedArray(2), 0, 1));
t(() => Atomics.add([1], 0, 1));
for (const v of [1, 'x', undefined, {}, new ArrayBuffer(2), null]) t(() => Atomics.load(v, 0));
t(() => Atomics.add(i32, 10, 1));
t(() => Atomics.add(i32, -1, 1));
t(() => Atomics.load(i32, 2 ** 53));
t(() => Atomics.wait(i32, 0, 0));
t(() => Atomics.waitAsync(i32, 0, 0));
t(() => Atomics.wait(new Uint32Array(2), 0, 0));
t(() => Atomics.notify(i32, 0));
t(() => Atomics.notify(i32, 9));
t(() => Atomics.notify(new Float64Array(2), 0));
t(() => [Atomics.isLockFree(1), Atomics.isLockFree(2), Atomics.isLockFree(3), Atomics.isLockFree(4)].join());
// Atomics.pause (ES2025) is newer than node 20: Kiln has it, node 20 not.
t(() => Object.getOwnPropertyNames(Atomics).filter((k) => k !== 'pause').join());
t(() => [String(Atomics), typeof Atomics, Atomics.add.length, Atomics.compareExchange.length, Atomics.wait.name].join(' '));
let order = [];
const tricky = { valueOf() { order.push('value'); return 1; } };
const idx = { valueOf() { order.push('index'); return 0; } };
t(() => [Atomics.add(new Int32Array(1), idx, tricky), order.join()].join(' '));
t(() => Object.getOwnPropertyDescriptor(globalThis, 'Atomics').enumerable);
