// Inherited Uint8Array methods on Buffers, enumeration, and common idioms.
const b = Buffer.from('hello');
const keys = []; for (const k in b) keys.push(k);
console.log(keys, Object.keys(b), Object.entries(Buffer.from('a')));
console.log(Array.from(b), b.join('-'), Buffer.from('cab').sort(), Buffer.from('abc').reverse(), b.at(-1), b.every(x => x > 100), b.some(x => x === 108));
console.log(b.reduce((a, x) => a + x, 0), b.find(x => x > 104), b.findIndex(x => x === 108), b.findLast(x => x === 108), b.lastIndexOf(108));
console.log(b.copyWithin(0, 3), b.length, b.byteLength, b.BYTES_PER_ELEMENT, Buffer.BYTES_PER_ELEMENT);
const chunks = [];
for (let i = 0; i < 5; i++) chunks.push(Buffer.from(`chunk${i};`));
const all = Buffer.concat(chunks);
let start = 0, idx;
const parts = [];
while ((idx = all.indexOf(';', start)) !== -1) { parts.push(all.toString('utf8', start, idx)); start = idx + 1; }
console.log(parts, all.toString('base64'), all.subarray(0, 6).equals(Buffer.from('chunk0')));
const json = JSON.stringify({ buf: Buffer.from([1, 2, 3]) });
console.log(json, Buffer.from(JSON.parse(json).buf.data));
console.log(Buffer.from('ff', 'hex')[0], Buffer.from('€')[1], Buffer.from([-1])[0]);
const u = new Uint8Array(Buffer.from('xyz'));
console.log(u, Buffer.from(u.buffer).toString());
console.log(Buffer.from('abc') == 'abc', Buffer.from('abc') + Buffer.from('def'), `${Buffer.from([0xe2, 0x82, 0xac])}`);
console.log(Buffer.alloc(3).fill('abc').toString('utf16le').length, Buffer.from('a\u0000b').toString().length);
const src = Buffer.from('0123456789');
console.log(src.subarray(2, 5).toString(), src.subarray(-3).toString(), src.slice(8, 100).toString(), src.subarray(5, 2).length);
console.log(typeof Buffer.prototype[Symbol.iterator], [...Buffer.from('hi').values()], Buffer.from('hi').entries().next());
console.log(Object.getOwnPropertyNames(Buffer.prototype).join(), Object.getOwnPropertyNames(Buffer).join());
