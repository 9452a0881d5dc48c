// Typed-array methods that make new arrays use the receiver's species
// (TypedArraySpeciesCreate): subclasses of Uint8Array get themselves back.
class B extends Uint8Array {}
const b = new B([1, 2, 3, 4]);
console.log(b.subarray(1) instanceof B, b.slice(1) instanceof B, b.map(x => x * 2) instanceof B, b.filter(x => x > 1) instanceof B);
console.log(b.subarray(1, 3), b.slice(-2), b.map(x => x * 2), b.filter(x => x & 1));
class C extends Uint8Array { static get [Symbol.species]() { return Uint8Array; } }
const c = new C([5, 6]);
console.log(c.subarray(0).constructor.name, c.slice(0).constructor.name);
class Small extends Uint8Array { static get [Symbol.species]() { return function () { return new Uint8Array(1); }; } }
try { new Small(4).slice(0); } catch (e) { console.log(e.name, e.message); }
const f = new Float64Array([1.5, 2.5]);
console.log(f.slice(1), f.subarray(1).buffer === f.buffer);
const s = b.subarray(1);
s[0] = 9;
console.log(b[1], s.byteOffset);
const u = new Uint8Array([1, 2, 3]);
u.set(new Uint8Array([7, 8]), 1);
u.set(new Int8Array([-1]), 0);
console.log(u);
const buf = Buffer.from('hello');
console.log(buf.subarray(1).constructor === Buffer, buf.map(x => x - 32).toString(), buf.filter(x => x !== 108).toString(), buf.slice(1).toString());
