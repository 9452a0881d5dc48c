var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
var Profile_1;
// Legacy decorators without metadata and with useDefineForClassFields off:
// property, accessor, method, parameter and class decorators, their order,
// descriptors, and a class decorator that returns a subclass.
const order = [];
function prop(tag) {
    order.push(`factory prop ${tag}`);
    return (target, key) => {
        order.push(`prop ${tag} ${String(key)} on ${typeof target === "function" ? "ctor" : "proto"}`);
        const store = new WeakMap();
        Object.defineProperty(target, key, {
            get() { return store.has(this) ? store.get(this) : `<${tag}>`; },
            set(v) { store.set(this, typeof v === "string" ? v.trim() : v); },
            configurable: true,
            enumerable: true,
        });
    };
}
function readonlyMethod(target, key, desc) {
    order.push(`method ${String(key)} writable=${desc.writable} enumerable=${desc.enumerable}`);
    desc.writable = false;
}
function memo(target, key, desc) {
    order.push(`memo ${String(key)} get=${typeof desc.get} set=${typeof desc.set}`);
    const get = desc.get;
    const cache = new WeakMap();
    return {
        ...desc,
        get() {
            if (!cache.has(this))
                cache.set(this, get.call(this));
            return cache.get(this);
        },
    };
}
function param(target, key, index) {
    order.push(`param ${String(key)}[${index}] ${typeof target === "function" ? target.name : "proto"}`);
}
function withVersion(C) {
    order.push(`class ${C.name}`);
    return class extends C {
        constructor() {
            super(...arguments);
            this.version = 2;
        }
    };
}
function seal(C) { order.push(`seal ${C.name}`); Object.seal(C.prototype); }
let Profile = class Profile {
    static { Profile_1 = this; }
    constructor(id, name) {
        this.id = id;
        this.name = "  default  ";
        this.computed = 0;
        if (name !== undefined)
            this.name = name;
    }
    greet(greeting = "hi") { return `${greeting} ${this.name}`; }
    get expensive() { return ++this.computed; }
    static create(id) { return new Profile_1(id); }
};
__decorate([
    prop("n")
], Profile.prototype, "name", void 0);
__decorate([
    readonlyMethod,
    __param(0, param)
], Profile.prototype, "greet", null);
__decorate([
    memo
], Profile.prototype, "expensive", null);
__decorate([
    prop("s")
], Profile, "kind", void 0);
__decorate([
    readonlyMethod,
    __param(0, param)
], Profile, "create", null);
Profile = Profile_1 = __decorate([
    seal,
    withVersion,
    __param(0, param),
    __param(1, param)
], Profile);
const p = new Profile(1, "  ann ");
const q = Profile.create(2);
console.log(order.join("\n"));
console.log(p.greet(), q.greet("yo"), p.expensive, p.expensive, q.expensive, p.computed);
console.log(Object.keys(p), p.version, Profile.kind, Object.isSealed(Profile.prototype));
try {
    p.greet = () => "x";
    console.log("assigned?", p.greet());
}
catch (e) {
    console.log(String(e));
}
console.log(Object.getOwnPropertyNames(Profile.prototype), Object.getPrototypeOf(Profile).name);
