// unary_ops.js: typeof, void, + - ! and ++/-- in both positions.
function f() {}
class C {}
console.log(typeof 1, typeof 1.5, typeof NaN, typeof "s", typeof true);
console.log(typeof undefined, typeof null, typeof {}, typeof [], typeof f);
console.log(typeof C, typeof notDeclaredAnywhere, typeof Math, typeof (() => 1));
console.log(typeof typeof 1, typeof new Number(1), typeof String(1));
console.log(void 0, void "x", void (1 + 2));
console.log(-"3", +"-3", -(-3), !1, !0, !"", !"a", !null, !undefined, !{});
let i = 5;
console.log(i++, i, ++i, i, i--, i, --i, i);
let s = "5";
s++;
console.log(s, typeof s);
let u;
u++;
console.log(u);
const o = { n: 1 };
o.n++;
++o.n;
o["n"] += 10;
console.log(o.n);
const arr = [1, 2];
arr[0]++;
arr[1] **= 3;
console.log(arr);
