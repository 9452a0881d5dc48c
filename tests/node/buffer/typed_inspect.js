// Typed arrays print their numbers right-aligned in columns, as node does.
console.log(new Uint8Array([0, 0, 255, 255, 255, 255, 10, 200, 3, 0, 0]));
console.log(new Int16Array([-1, 20000, 3, -400, 5, 6, 7]));
console.log(new Float64Array([1.5, -2, 300.25, 4, 5, 6, 7, 8]));
console.log([1, 22, 333, 4, 5, 6, 7]);
