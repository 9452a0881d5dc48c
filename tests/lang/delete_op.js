// delete_op.js: delete on properties, array elements and its results.
const o = { a: 1, b: 2, c: 3 };
console.log(delete o.a, o, "a" in o);
console.log(delete o["b"], Object.keys(o));
console.log(delete o.nothing, delete o.c, o);
const arr = [1, 2, 3];
console.log(delete arr[1], arr.length, arr[1], 1 in arr);
console.log(arr);
const frozen = Object.freeze({ k: 1 });
console.log(delete frozen.k, frozen.k);
o.x = 5;
delete o.x;
o.x = 6;
console.log(o);
const proto = { p: 1 };
const child = Object.create(proto);
console.log(delete child.p, child.p);
console.log(delete 5);
