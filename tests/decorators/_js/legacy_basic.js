"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
var Service_1, Model_1;
var _a;
Object.defineProperty(exports, "__esModule", { value: true });
exports.Model = void 0;
// TypeScript experimentalDecorators: class, method, accessor, property
// and parameter decorators, in tsc's order (instance members, static
// members, then the class; each list last to first).
function trace(tag) {
    console.log("evaluate", tag);
    return function (target, key, desc) {
        const where = typeof target === "function" ? "ctor " + target.name : "proto";
        console.log("apply", tag, where, String(key), desc === undefined ? "no-desc" : Object.keys(desc).join("/"));
    };
}
function param(tag) {
    return function (target, key, index) {
        console.log("param", tag, String(key), index);
    };
}
let Service = class Service {
    static { Service_1 = this; }
    name = "svc";
    static instances = 0;
    constructor(a, b) {
        Service_1.instances++;
    }
    run(x, y) { return x + y; }
    get value() { return 1; }
    static create() { return new Service_1(1); }
    [_a = Symbol.for("k")]() { }
};
__decorate([
    trace("prop")
], Service.prototype, "name", void 0);
__decorate([
    trace("method"),
    __param(0, param("run0")),
    __param(1, param("run1"))
], Service.prototype, "run", null);
__decorate([
    trace("getter")
], Service.prototype, "value", null);
__decorate([
    trace("computed")
], Service.prototype, _a, null);
__decorate([
    trace("static prop")
], Service, "instances", void 0);
__decorate([
    trace("static method")
], Service, "create", null);
Service = Service_1 = __decorate([
    trace("class1"),
    trace("class2"),
    __param(0, param("ctor0")),
    __param(1, param("ctor1")),
    __param(1, trace("ctor1b"))
], Service);
console.log(Service.create().run(1, 2), Service.instances);
function readonly(target, key, desc) {
    desc.writable = false;
    return desc;
}
function enumerable(target, key, desc) {
    return { ...desc, enumerable: true };
}
function log(target, key, desc) {
    const orig = desc.value;
    desc.value = function (...args) {
        console.log("call", key, JSON.stringify(args));
        return orig.apply(this, args);
    };
}
class Calc {
    add(a, b) { return a + b; }
    pi() { return 3.14; }
    get twice() { return 2; }
}
__decorate([
    log
], Calc.prototype, "add", null);
__decorate([
    readonly
], Calc.prototype, "pi", null);
__decorate([
    enumerable
], Calc.prototype, "twice", null);
const c = new Calc();
console.log(c.add(2, 3));
try {
    c.__proto__.pi = null;
}
catch (e) {
    console.log(e.constructor.name);
}
console.log(typeof Calc.prototype.pi, Object.keys(Calc.prototype).join(","));
function replaceClass(ctor) {
    return class extends ctor {
        added = "yes";
    };
}
let Model = Model_1 = class Model {
    static self() { return Model_1; }
};
exports.Model = Model;
exports.Model = Model = Model_1 = __decorate([
    replaceClass
], Model);
console.log(new Model().added, Model.self() === Model, Model.name);
function withDefault(target, key) {
    Object.defineProperty(target, key, { value: "from decorator", writable: true, configurable: true });
}
class Props {
    label;
}
__decorate([
    withDefault
], Props.prototype, "label", void 0);
console.log(new Props().label, Object.keys(new Props()).length);
