"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// Field initialisation order (useDefineForClassFields from target ES2022):
// parameter properties, field initialisers, declared fields, accessors.
class Base {
    name = 'base';
    constructor() { console.log('Base ctor sees', this.name, this.extra); }
    set kind(v) { console.log('Base setter', v); }
}
class Derived extends Base {
    id;
    tags;
    kind = 'derived-field';
    extra = this.compute();
    constructor(id, tags = []) {
        super();
        this.id = id;
        this.tags = tags;
        console.log('Derived ctor', this.id, this.tags.length, this.extra);
    }
    compute() { return `x${this.id}`; }
}
const d = new Derived(7);
console.log(Object.keys(d), d.kind, Object.getOwnPropertyDescriptor(d, 'kind')?.writable);
class Opt {
    a;
    b;
    c;
}
console.log(Object.keys(new Opt()), 'a' in new Opt());
