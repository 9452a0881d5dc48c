"use strict";
var __classPrivateFieldGet = (this && this.__classPrivateFieldGet) || function (receiver, state, kind, f) {
    if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a getter");
    if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot read private member from an object whose class did not declare it");
    return kind === "m" ? f : kind === "a" ? f.call(receiver) : f ? f.value : state.get(receiver);
};
var __classPrivateFieldSet = (this && this.__classPrivateFieldSet) || function (receiver, state, value, kind, f) {
    if (kind === "m") throw new TypeError("Private method is not writable");
    if (kind === "a" && !f) throw new TypeError("Private accessor was defined without a setter");
    if (typeof state === "function" ? receiver !== state || !f : !state.has(receiver)) throw new TypeError("Cannot write private member to an object whose class did not declare it");
    return (kind === "a" ? f.call(receiver, value) : f ? f.value = value : state.set(receiver, value)), value;
};
var __classPrivateFieldIn = (this && this.__classPrivateFieldIn) || function(state, receiver) {
    if (receiver === null || (typeof receiver !== "object" && typeof receiver !== "function")) throw new TypeError("Cannot use 'in' operator on non-object");
    return typeof state === "function" ? receiver === state : state.has(receiver);
};
var __rest = (this && this.__rest) || function (s, e) {
    var t = {};
    for (var p in s) if (Object.prototype.hasOwnProperty.call(s, p) && e.indexOf(p) < 0)
        t[p] = s[p];
    if (s != null && typeof Object.getOwnPropertySymbols === "function")
        for (var i = 0, p = Object.getOwnPropertySymbols(s); i < p.length; i++) {
            if (e.indexOf(p[i]) < 0 && Object.prototype.propertyIsEnumerable.call(s, p[i]))
                t[p[i]] = s[p[i]];
        }
    return t;
};
var _a, _b, _c;
var _d, _Priv_n, _Priv_made;
// target ES2017: fields become constructor assignments (define semantics
// off by default), #private members become WeakMaps, static blocks and
// ?? / ?. are lowered; the observable differences from ES2022 show.
class Base {
    constructor() { this.init(); }
    init() { }
}
class Child extends Base {
    constructor() {
        super(...arguments);
        this.value = "field";
    }
    init() { this.seen = "init ran, value=" + this.value; }
}
const c = new Child();
console.log(c.seen, c.value, Object.keys(c));
class Setter {
    set x(v) { console.log("setter called", v); }
}
class UsesSetter extends Setter {
    constructor() {
        super(...arguments);
        // @ts-ignore: assigned, not defined, below ES2022
        this.x = 5;
    }
}
new UsesSetter();
class Priv {
    constructor() {
        _Priv_n.set(this, 1);
    }
    bump() { var _a; return __classPrivateFieldSet(this, _Priv_n, (_a = __classPrivateFieldGet(this, _Priv_n, "f"), ++_a), "f"); }
    static made() { var _a, _b; return __classPrivateFieldSet(_a = _d, _d, (_b = __classPrivateFieldGet(_a, _d, "f", _Priv_made), ++_b), "f", _Priv_made); }
    static has(o) { return __classPrivateFieldIn(_Priv_n, o); }
    static read(o) { return __classPrivateFieldGet(o, _Priv_n, "f"); }
}
_d = Priv, _Priv_n = new WeakMap();
_Priv_made = { value: 0 };
(() => {
    __classPrivateFieldSet(_d, _d, 10, "f", _Priv_made);
})();
const p = new Priv();
console.log(p.bump(), p.bump(), Priv.made(), Priv.has(p), Priv.has({}), Object.keys(p));
try {
    Priv.read({});
}
catch (e) {
    console.log(e.constructor.name);
}
const o = Math.random() < 2 ? { a: {} } : null;
console.log((_b = (_a = o === null || o === void 0 ? void 0 : o.a) === null || _a === void 0 ? void 0 : _a.b) !== null && _b !== void 0 ? _b : "dflt", (_c = o === null || o === void 0 ? void 0 : o.a) !== null && _c !== void 0 ? _c : 1);
let z;
z !== null && z !== void 0 ? z : (z = 4);
z || (z = 9);
z && (z = z * 2);
console.log(z, 2 ** 10);
async function f() { await null; return "async ok"; }
f().then(console.log);
const _e = { a: 1, b: 2, c: 3 }, { a } = _e, rest = __rest(_e, ["a"]);
console.log(a, rest);
