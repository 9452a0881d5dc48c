"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// Parameter properties with defaults, inheritance, field initializers that
// read them, and the order tsc gives them under useDefineForClassFields.
let order = [];
const note = (s) => { order.push(s); return s; };
class Base {
    kind;
    level;
    created = note("Base.created");
    tag = note(`Base.tag(${this.kind})`);
    constructor(kind = "base", level = 1) {
        this.kind = kind;
        this.level = level;
        note("Base.ctor");
    }
    describe() { return `${this.kind}@${this.level}`; }
}
class Derived extends Base {
    name;
    secret;
    extra = note(`Derived.extra(${this.name},${this.level})`);
    cache;
    constructor(name, level, secret = name.toUpperCase()) {
        note("Derived.before-super");
        super("derived", level ?? 5);
        this.name = name;
        this.secret = secret;
        note("Derived.after-super");
    }
    describe() { return `${super.describe()}:${this.name}:${this.secret}`; }
    reveal() { return this.secret; }
}
class Leaf extends Derived {
    leaf;
    constructor(leaf = true, ...rest) {
        super(...rest);
        this.leaf = leaf;
    }
}
const d = new Derived("dan");
console.log(order);
order = [];
console.log(d.describe(), d.reveal(), Object.keys(d));
const l = new Leaf(false, "lee", 9);
console.log(order);
order = [];
console.log(l.describe(), Object.entries(l));
const l2 = new Leaf(undefined, "x");
console.log(l2.leaf, l2.describe());
class Opt {
    a;
    b;
    c;
    constructor(a, b = null, c = a ?? 7) {
        this.a = a;
        this.b = b;
        this.c = c;
    }
    sum() { return (this.a ?? 0) + (this.b ?? 0) + this.c; }
}
console.log(new Opt(), new Opt(1, 2), new Opt(1).sum(), new Opt(undefined, 3).sum());
class WithDestructure {
    id;
    constructor(id, { x, y } = { x: 1, y: 2 }) {
        this.id = id;
        this.total = id + x + y;
    }
    total;
}
console.log(new WithDestructure(10), new WithDestructure(1, { x: 5, y: 5 }));
