// invalid_array_length.js: a negative array length is a RangeError.
const n = -1;
console.log("size", n);
const a = new Array(n);
console.log(a);
