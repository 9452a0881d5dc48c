"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// `declare` fields, fields without initializers, and what
// useDefineForClassFields (on by default at ES2022) makes of them.
class Base {
    name = "base";
    value = 1;
    constructor() {
        console.log("Base ctor sees", this.describe());
    }
    describe() { return `${this.name}/${this.value}`; }
}
class Shadowing extends Base {
    name; // redefined as undefined by [[Define]]
    extra;
}
class Accessorish {
    get x() { return 1; }
}
class Overwrite extends Accessorish {
}
class FieldShadow extends Accessorish {
    // @ts-ignore
    x = 5;
}
const s = new Shadowing();
console.log(s.name, s.value, "extra" in s, Object.keys(s));
console.log(new Overwrite().x, new FieldShadow().x);
class Proto {
    greet() { return "proto"; }
}
class Own extends Proto {
    greet;
}
const o = new Own();
console.log(Object.keys(o), typeof o.greet);
class Statics {
    static plain;
}
console.log(Object.keys(Statics), "plain" in Statics, "tag" in Statics);
