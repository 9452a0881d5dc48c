"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// param_props_derived.ts: parameter properties in derived classes are
// assigned right after super(); code before super() and fields run in
// tsc's order; a throwing super() leaves no property.
class Base {
    id;
    tag = "base";
    constructor(id) {
        this.id = id;
        console.log("base", this.extra);
    }
}
class Child extends Base {
    extra;
    more;
    field = "f:" + this.extra;
    constructor(id, extra, more = id * 2) {
        console.log("before super");
        super(id);
        this.extra = extra;
        this.more = more;
        console.log("after super", this.extra, this.more);
    }
    total() { return this.id + this.more; }
}
const ch = new Child(5, "x");
console.log(ch, ch.total(), Object.keys(ch));
class Failing extends Base {
    x;
    constructor(x) {
        if (x < 0)
            throw new RangeError("negative " + x);
        super(x);
        this.x = x;
    }
}
try {
    new Failing(-1);
}
catch (e) {
    console.log(e.name, e.message);
}
console.log(new Failing(2));
