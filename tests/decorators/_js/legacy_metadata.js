var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var Car_1;
// experimentalDecorators + emitDecoratorMetadata: design:type,
// design:paramtypes and design:returntype handed to Reflect.metadata (a
// small stand-in for the reflect-metadata package).
const store = new Map();
Reflect.metadata = function (key, value) {
    return function (target, prop) {
        const t = prop === undefined ? target : target;
        if (!store.has(t))
            store.set(t, new Map());
        const byProp = store.get(t);
        const p = String(prop);
        if (!byProp.has(p))
            byProp.set(p, new Map());
        byProp.get(p).set(key, value);
    };
};
function show(v) {
    if (v === undefined)
        return "undefined";
    if (Array.isArray(v))
        return "[" + v.map(show).join(", ") + "]";
    return typeof v === "function" ? v.name : String(v);
}
function dump(label, target) {
    const byProp = store.get(target);
    if (!byProp)
        return console.log(label, "none");
    for (const [prop, m] of byProp)
        for (const [k, v] of m)
            console.log(label, prop, k, show(v));
}
const noop = (...args) => { };
class Engine {
}
let Car = Car_1 = class Car {
    name = "car";
    count;
    flag;
    engine;
    shape;
    list;
    tuple;
    cb;
    union;
    mixed;
    lit;
    when;
    untyped;
    map;
    drive(speed, engine, opts) { return true; }
    async later() { }
    async untypedAsync() { }
    plain(x, y) { }
    get size() { return 1; }
    set label(v) { }
    static make(n) { return new Car_1("x", new Engine()); }
    constructor(model, engine) { }
};
__decorate([
    noop,
    __metadata("design:type", String)
], Car.prototype, "name", void 0);
__decorate([
    noop,
    __metadata("design:type", Number)
], Car.prototype, "count", void 0);
__decorate([
    noop,
    __metadata("design:type", Boolean)
], Car.prototype, "flag", void 0);
__decorate([
    noop,
    __metadata("design:type", Engine)
], Car.prototype, "engine", void 0);
__decorate([
    noop,
    __metadata("design:type", Object)
], Car.prototype, "shape", void 0);
__decorate([
    noop,
    __metadata("design:type", Array)
], Car.prototype, "list", void 0);
__decorate([
    noop,
    __metadata("design:type", Array)
], Car.prototype, "tuple", void 0);
__decorate([
    noop,
    __metadata("design:type", Function)
], Car.prototype, "cb", void 0);
__decorate([
    noop,
    __metadata("design:type", String)
], Car.prototype, "union", void 0);
__decorate([
    noop,
    __metadata("design:type", Object)
], Car.prototype, "mixed", void 0);
__decorate([
    noop,
    __metadata("design:type", String)
], Car.prototype, "lit", void 0);
__decorate([
    noop,
    __metadata("design:type", Date)
], Car.prototype, "when", void 0);
__decorate([
    noop,
    __metadata("design:type", Object)
], Car.prototype, "untyped", void 0);
__decorate([
    noop,
    __metadata("design:type", Map)
], Car.prototype, "map", void 0);
__decorate([
    noop,
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Number, Engine, Object]),
    __metadata("design:returntype", Boolean)
], Car.prototype, "drive", null);
__decorate([
    noop,
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", Promise)
], Car.prototype, "later", null);
__decorate([
    noop,
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", Promise)
], Car.prototype, "untypedAsync", null);
__decorate([
    noop,
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, String]),
    __metadata("design:returntype", void 0)
], Car.prototype, "plain", null);
__decorate([
    noop,
    __metadata("design:type", Number),
    __metadata("design:paramtypes", [])
], Car.prototype, "size", null);
__decorate([
    noop,
    __metadata("design:type", String),
    __metadata("design:paramtypes", [String])
], Car.prototype, "label", null);
__decorate([
    noop,
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Number]),
    __metadata("design:returntype", Car)
], Car, "make", null);
Car = Car_1 = __decorate([
    noop,
    __metadata("design:paramtypes", [String, Engine])
], Car);
dump("Car", Car);
dump("Car.prototype", Car.prototype);
