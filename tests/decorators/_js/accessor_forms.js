"use strict";
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
var __runInitializers = (this && this.__runInitializers) || function (thisArg, initializers, value) {
    var useValue = arguments.length > 2;
    for (var i = 0; i < initializers.length; i++) {
        value = useValue ? initializers[i].call(thisArg, value) : initializers[i].call(thisArg);
    }
    return useValue ? value : void 0;
};
var __setFunctionName = (this && this.__setFunctionName) || function (f, name, prefix) {
    if (typeof name === "symbol") name = name.description ? "[".concat(name.description, "]") : "";
    return Object.defineProperty(f, "name", { configurable: true, value: prefix ? "".concat(prefix, " ", name) : name });
};
Object.defineProperty(exports, "__esModule", { value: true });
// `accessor` fields in every form: computed and private names, static, with
// and without decorators (the grammar needs a workaround for `static accessor`).
const key = "k";
function logged(v, ctx) { console.log('dec', ctx.kind, String(ctx.name), ctx.static); return v; }
let A = (() => {
    var _a;
    let _static_t_decorators;
    let _static_t_initializers = [];
    let _static_t_extraInitializers = [];
    let _private_p_decorators;
    let _private_p_initializers = [];
    let _private_p_extraInitializers = [];
    let _private_p_descriptor;
    return class A {
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _private_p_decorators = [logged];
            _static_t_decorators = [logged];
            __esDecorate(this, null, _static_t_decorators, { kind: "accessor", name: "t", static: true, private: false, access: { has: obj => "t" in obj, get: obj => obj.t, set: (obj, value) => { obj.t = value; } }, metadata: _metadata }, _static_t_initializers, _static_t_extraInitializers);
            __esDecorate(this, _private_p_descriptor = { get: __setFunctionName(function () { return this.#p_accessor_storage; }, "#p", "get"), set: __setFunctionName(function (value) { this.#p_accessor_storage = value; }, "#p", "set") }, _private_p_decorators, { kind: "accessor", name: "#p", static: false, private: true, access: { has: obj => #p in obj, get: obj => obj.#p, set: (obj, value) => { obj.#p = value; } }, metadata: _metadata }, _private_p_initializers, _private_p_extraInitializers);
            if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        #_a_accessor_storage = 1;
        get [_a = key]() { return this.#_a_accessor_storage; }
        set [_a](value) { this.#_a_accessor_storage = value; }
        static #s_accessor_storage = 2;
        static get s() { return A.#s_accessor_storage; }
        static set s(value) { A.#s_accessor_storage = value; }
        #p_accessor_storage = __runInitializers(this, _private_p_initializers, 3);
        get #p() { return _private_p_descriptor.get.call(this); }
        set #p(value) { return _private_p_descriptor.set.call(this, value); }
        static #t_accessor_storage = __runInitializers(this, _static_t_initializers, 4);
        static get t() { return A.#t_accessor_storage; }
        static set t(value) { A.#t_accessor_storage = value; }
        get p() { return this.#p; }
        constructor() {
            __runInitializers(this, _private_p_extraInitializers);
        }
        static {
            __runInitializers(this, _static_t_extraInitializers);
        }
    };
})();
const a = new A();
console.log(a, a.k, A.s, a.p, A.t);
a.k = 5;
A.s = 6;
console.log(a.k, A.s, Object.getOwnPropertyNames(A.prototype));
