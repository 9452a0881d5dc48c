"use strict";
var __runInitializers = (this && this.__runInitializers) || function (thisArg, initializers, value) {
    var useValue = arguments.length > 2;
    for (var i = 0; i < initializers.length; i++) {
        value = useValue ? initializers[i].call(thisArg, value) : initializers[i].call(thisArg);
    }
    return useValue ? value : void 0;
};
var __esDecorate = (this && this.__esDecorate) || function (ctor, descriptorIn, decorators, contextIn, initializers, extraInitializers) {
    function accept(f) { if (f !== void 0 && typeof f !== "function") throw new TypeError("Function expected"); return f; }
    var kind = contextIn.kind, key = kind === "getter" ? "get" : kind === "setter" ? "set" : "value";
    var target = !descriptorIn && ctor ? contextIn["static"] ? ctor : ctor.prototype : null;
    var descriptor = descriptorIn || (target ? Object.getOwnPropertyDescriptor(target, contextIn.name) : {});
    var _, done = false;
    for (var i = decorators.length - 1; i >= 0; i--) {
        var context = {};
        for (var p in contextIn) context[p] = p === "access" ? {} : contextIn[p];
        for (var p in contextIn.access) context.access[p] = contextIn.access[p];
        context.addInitializer = function (f) { if (done) throw new TypeError("Cannot add initializers after decoration has completed"); extraInitializers.push(accept(f || null)); };
        var result = (0, decorators[i])(kind === "accessor" ? { get: descriptor.get, set: descriptor.set } : descriptor[key], context);
        if (kind === "accessor") {
            if (result === void 0) continue;
            if (result === null || typeof result !== "object") throw new TypeError("Object expected");
            if (_ = accept(result.get)) descriptor.get = _;
            if (_ = accept(result.set)) descriptor.set = _;
            if (_ = accept(result.init)) initializers.unshift(_);
        }
        else if (_ = accept(result)) {
            if (kind === "field") initializers.unshift(_);
            else descriptor[key] = _;
        }
    }
    if (target) Object.defineProperty(target, contextIn.name, descriptor);
    done = true;
};
var __setFunctionName = (this && this.__setFunctionName) || function (f, name, prefix) {
    if (typeof name === "symbol") name = name.description ? "[".concat(name.description, "]") : "";
    return Object.defineProperty(f, "name", { configurable: true, value: prefix ? "".concat(prefix, " ", name) : name });
};
Object.defineProperty(exports, "__esModule", { value: true });
// TC39 decorator contexts in detail: access objects for public, private
// and static members, private methods, metadata, initializer order.
const events = [];
const accessors = {};
function expose(value, ctx) {
    const key = `${ctx.static ? "static " : ""}${ctx.private ? "private " : ""}${ctx.kind} ${String(ctx.name)}`;
    accessors[key] = ctx.access;
    events.push(`decorate ${key} has=${"has" in ctx.access} get=${"get" in ctx.access} set=${"set" in ctx.access}`);
    ctx.addInitializer(function () {
        events.push(`init ${key} on ${typeof this === "function" ? "ctor" : "instance"}`);
    });
}
function addOne(_, ctx) {
    events.push(`field ${String(ctx.name)}`);
    return (v) => v + 1;
}
let Vault = (() => {
    let _instanceExtraInitializers = [];
    let _static_label_decorators;
    let _static_label_initializers = [];
    let _static_label_extraInitializers = [];
    let _static_private_made_decorators;
    let _static_private_made_initializers = [];
    let _static_private_made_extraInitializers = [];
    let _count_decorators;
    let _count_initializers = [];
    let _count_extraInitializers = [];
    let _private_pin_decorators;
    let _private_pin_initializers = [];
    let _private_pin_extraInitializers = [];
    let _private_check_decorators;
    let _private_check_descriptor;
    let _get_open_decorators;
    let _level_decorators;
    let _level_initializers = [];
    let _level_extraInitializers = [];
    return class Vault {
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _count_decorators = [expose, addOne];
            _private_pin_decorators = [expose];
            _static_label_decorators = [expose];
            _private_check_decorators = [expose];
            _get_open_decorators = [expose];
            _static_private_made_decorators = [expose];
            _level_decorators = [expose];
            __esDecorate(this, _private_check_descriptor = { value: __setFunctionName(function (n) { return n === this.#pin; }, "#check") }, _private_check_decorators, { kind: "method", name: "#check", static: false, private: true, access: { has: obj => #check in obj, get: obj => obj.#check }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _get_open_decorators, { kind: "getter", name: "open", static: false, private: false, access: { has: obj => "open" in obj, get: obj => obj.open }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _level_decorators, { kind: "accessor", name: "level", static: false, private: false, access: { has: obj => "level" in obj, get: obj => obj.level, set: (obj, value) => { obj.level = value; } }, metadata: _metadata }, _level_initializers, _level_extraInitializers);
            __esDecorate(null, null, _static_label_decorators, { kind: "field", name: "label", static: true, private: false, access: { has: obj => "label" in obj, get: obj => obj.label, set: (obj, value) => { obj.label = value; } }, metadata: _metadata }, _static_label_initializers, _static_label_extraInitializers);
            __esDecorate(null, null, _static_private_made_decorators, { kind: "field", name: "#made", static: true, private: true, access: { has: obj => #made in obj, get: obj => obj.#made, set: (obj, value) => { obj.#made = value; } }, metadata: _metadata }, _static_private_made_initializers, _static_private_made_extraInitializers);
            __esDecorate(null, null, _count_decorators, { kind: "field", name: "count", static: false, private: false, access: { has: obj => "count" in obj, get: obj => obj.count, set: (obj, value) => { obj.count = value; } }, metadata: _metadata }, _count_initializers, _count_extraInitializers);
            __esDecorate(null, null, _private_pin_decorators, { kind: "field", name: "#pin", static: false, private: true, access: { has: obj => #pin in obj, get: obj => obj.#pin, set: (obj, value) => { obj.#pin = value; } }, metadata: _metadata }, _private_pin_initializers, _private_pin_extraInitializers);
            if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        count = (__runInitializers(this, _instanceExtraInitializers), __runInitializers(this, _count_initializers, 1));
        #pin = (__runInitializers(this, _count_extraInitializers), __runInitializers(this, _private_pin_initializers, 1234));
        static label = __runInitializers(this, _static_label_initializers, "vault");
        get #check() { return _private_check_descriptor.value; }
        get open() { return this.#check(1234); }
        static #made = (__runInitializers(this, _static_label_extraInitializers), __runInitializers(this, _static_private_made_initializers, 0));
        #level_accessor_storage = (__runInitializers(this, _private_pin_extraInitializers), __runInitializers(this, _level_initializers, 5));
        get level() { return this.#level_accessor_storage; }
        set level(value) { this.#level_accessor_storage = value; }
        constructor() {
            __runInitializers(this, _level_extraInitializers);
            events.push("constructor body");
        }
        static make() { Vault.#made++; return new Vault(); }
        static {
            __runInitializers(this, _static_private_made_extraInitializers);
        }
    };
})();
const v = Vault.make();
console.log(events.join("\n"));
console.log(v.count, v.open, v.level);
const get = (k, o) => accessors[k].get(o);
console.log(get("field count", v), get("private field #pin", v), get("static field label", Vault));
console.log(get("private method #check", v).call(v, 1234), get("getter open", v), get("static private field #made", Vault));
accessors["private field #pin"].set(v, 1);
accessors["accessor level"].set(v, 9);
console.log(v.open, v.level, accessors["private field #pin"].has(v), accessors["private field #pin"].has({}));
try {
    get("private field #pin", {});
}
catch (e) {
    console.log(e.constructor.name);
}
