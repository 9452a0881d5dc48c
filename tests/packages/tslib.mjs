// tslib as ESM: exports 'import' -> modules/index.js re-exporting the CommonJS build.
import { __awaiter, __generator, __extends, __assign, __rest, __spreadArray, __decorate, __values, __read, __classPrivateFieldGet, __classPrivateFieldSet } from 'tslib';
function A() { this.a = 1; } A.prototype.hi = function () { return 'A' + this.a; };
function B() { A.call(this); this.b = 2; } __extends(B, A); console.log(new B().hi(), new B() instanceof A);
console.log(JSON.stringify(__assign({ a: 1 }, { b: 2 })), JSON.stringify(__rest({ a: 1, b: 2, c: 3 }, ['a'])), __spreadArray([1], [2, 3], false));
const f = () => __awaiter(void 0, void 0, void 0, function () { var x; return __generator(this, function (s) { switch (s.label) { case 0: return [4, Promise.resolve(5)]; case 1: x = s.sent(); return [2, x * 2]; } }); });
f().then(v => console.log('awaited', v));
const dec = (t, k, d) => { console.log('decorating', k); return d; };
class C { m() { return 1; } } __decorate([dec], C.prototype, 'm', null);
console.log(__read(new Set([1, 2, 3]), 2), [...{ [Symbol.iterator]: () => __values([7, 8]) }]);
const wm = new WeakMap(); const o = {}; wm.set(o, 1); __classPrivateFieldSet(o, wm, 9, 'f'); console.log(__classPrivateFieldGet(o, wm, 'f'));
