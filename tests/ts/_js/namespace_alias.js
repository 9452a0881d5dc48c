"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// namespace_alias.ts: `import X = A.B` aliases (plain and exported), and
// aliases used only as types, which tsc drops.
var Lib;
(function (Lib) {
    var Text;
    (function (Text) {
        function upper(s) { return s.toUpperCase(); }
        Text.upper = upper;
    })(Text = Lib.Text || (Lib.Text = {}));
})(Lib || (Lib = {}));
var App;
(function (App) {
    App.T = Lib.Text;
    var Up = Lib.Text.upper;
    function run(s) { return Up(s) + App.T.upper("!"); }
    App.run = run;
})(App || (App = {}));
var LT = Lib.Text;
const o = { trim: true };
console.log(App.run("ok"), LT.upper("x"), App.T === Lib.Text, o);
const v = { a: 1 };
console.log(v);
