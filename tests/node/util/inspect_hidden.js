// showHidden on typed arrays lists node's hidden [BYTES_PER_ELEMENT] ...
// [buffer] entries (the buffer without its contents); Maps and Sets with a
// null prototype still show their size and entries.
const util = require('util');
console.log(util.inspect(new Uint8Array(3), { showHidden: true }));
console.log(util.inspect(new Float64Array([1.5, -2]), { showHidden: true }));
const u16 = new Uint16Array(new ArrayBuffer(16), 4, 2);
console.log(util.inspect(u16, { showHidden: true, breakLength: Infinity }));
console.log(util.inspect({ nested: new Int32Array(2) }, { showHidden: true }));
console.log(util.inspect(new Uint8Array(200), { showHidden: true, maxArrayLength: 2 }));
console.log(util.inspect([1, 2], { showHidden: true }), util.inspect(Buffer.from('ab'), { showHidden: true }));
console.log(Object.setPrototypeOf(new Map([[1, 2], ['a', { b: 1 }]]), null));
console.log(Object.setPrototypeOf(new Set(['x', 'y']), null));
class CountingMap extends Map { get size() { return 99; } }
console.log(new CountingMap([[1, 1]]));
