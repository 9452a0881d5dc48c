"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// param_props.ts: parameter properties with every modifier, defaults and
// optional parameters, ordered as tsc (useDefineForClassFields, ES2022)
// emits them: declared as fields first, assigned at the top of the
// constructor, so field initializers reading them see undefined.
class User {
    name;
    age;
    role;
    id;
    created = Date.length;
    seen = this.name;
    constructor(name, age = 30, role, id = 7, plain = "p") {
        this.name = name;
        this.age = age;
        this.role = role;
        this.id = id;
        console.log("ctor", plain, this.seen);
    }
    get info() { return `${this.name}/${this.age}/${this.role}/${this.id}`; }
}
const u = new User("ann");
console.log(u, Object.keys(u), u.info);
console.log(new User("bob", 41, "admin", 1));
class Empty {
    a;
    constructor(a) {
        this.a = a;
    }
}
console.log(new Empty(), Object.keys(new Empty()));
class WithOverride {
    override2;
    constructor(override, override2 = override) {
        this.override2 = override2;
    }
}
console.log(new WithOverride(3));
