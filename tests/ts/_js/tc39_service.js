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
Object.defineProperty(exports, "__esModule", { value: true });
// TC39 decorators as a service author writes them: logging methods,
// validated fields, bound methods, a registering class decorator,
// accessor decorators and addInitializer, with context metadata.
const registry = [];
const trace = [];
function injectable(value, ctx) {
    ctx.addInitializer(function () { registry.push(`${String(ctx.name)} ready`); });
    registry.push(`decorating ${String(ctx.name)}`);
}
function logged(target, ctx) {
    const name = String(ctx.name);
    return function (...args) {
        trace.push(`> ${name}(${args.join(",")})`);
        const r = target.call(this, ...args);
        trace.push(`< ${name} = ${r}`);
        return r;
    };
}
function bound(target, ctx) {
    ctx.addInitializer(function () {
        this[ctx.name] = target.bind(this);
    });
}
function min(n) {
    return function (_, ctx) {
        return (v) => {
            if (v < n)
                throw new RangeError(`${String(ctx.name)} must be >= ${n}, got ${v}`);
            return v;
        };
    };
}
function clamp(lo, hi) {
    return function (t, ctx) {
        return {
            get() { return t.get.call(this); },
            set(v) { t.set.call(this, Math.min(hi, Math.max(lo, v))); },
            init(v) { return Math.min(hi, Math.max(lo, v)); },
        };
    };
}
function kind(k) {
    return (_, ctx) => {
        trace.push(`${ctx.kind}:${String(ctx.name)}:${ctx.kind === "class" ? "-" : ctx.static + "/" + ctx.private}`);
    };
}
let PriceService = (() => {
    let _classDecorators = [injectable, kind("svc")];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _staticExtraInitializers = [];
    let _instanceExtraInitializers = [];
    let _static_version_decorators;
    let _static_version_initializers = [];
    let _static_version_extraInitializers = [];
    let _static_create_decorators;
    let _base_decorators;
    let _base_initializers = [];
    let _base_extraInitializers = [];
    let _discount_decorators;
    let _discount_initializers = [];
    let _discount_extraInitializers = [];
    let _private_secret_decorators;
    let _private_secret_initializers = [];
    let _private_secret_extraInitializers = [];
    let _price_decorators;
    let _describe_decorators;
    let _get_secret_decorators;
    var PriceService = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _base_decorators = [min(0)];
            _discount_decorators = [clamp(0, 100)];
            _static_version_decorators = [kind("s")];
            _private_secret_decorators = [kind("p")];
            _price_decorators = [logged];
            _describe_decorators = [bound];
            _get_secret_decorators = [kind("g")];
            _static_create_decorators = [kind("sm")];
            __esDecorate(this, null, _static_create_decorators, { kind: "method", name: "create", static: true, private: false, access: { has: obj => "create" in obj, get: obj => obj.create }, metadata: _metadata }, null, _staticExtraInitializers);
            __esDecorate(this, null, _discount_decorators, { kind: "accessor", name: "discount", static: false, private: false, access: { has: obj => "discount" in obj, get: obj => obj.discount, set: (obj, value) => { obj.discount = value; } }, metadata: _metadata }, _discount_initializers, _discount_extraInitializers);
            __esDecorate(this, null, _price_decorators, { kind: "method", name: "price", static: false, private: false, access: { has: obj => "price" in obj, get: obj => obj.price }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _describe_decorators, { kind: "method", name: "describe", static: false, private: false, access: { has: obj => "describe" in obj, get: obj => obj.describe }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _get_secret_decorators, { kind: "getter", name: "secret", static: false, private: false, access: { has: obj => "secret" in obj, get: obj => obj.secret }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, null, _static_version_decorators, { kind: "field", name: "version", static: true, private: false, access: { has: obj => "version" in obj, get: obj => obj.version, set: (obj, value) => { obj.version = value; } }, metadata: _metadata }, _static_version_initializers, _static_version_extraInitializers);
            __esDecorate(null, null, _base_decorators, { kind: "field", name: "base", static: false, private: false, access: { has: obj => "base" in obj, get: obj => obj.base, set: (obj, value) => { obj.base = value; } }, metadata: _metadata }, _base_initializers, _base_extraInitializers);
            __esDecorate(null, null, _private_secret_decorators, { kind: "field", name: "#secret", static: false, private: true, access: { has: obj => #secret in obj, get: obj => obj.#secret, set: (obj, value) => { obj.#secret = value; } }, metadata: _metadata }, _private_secret_initializers, _private_secret_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            PriceService = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        base = (__runInitializers(this, _instanceExtraInitializers), __runInitializers(this, _base_initializers, 10));
        #discount_accessor_storage = (__runInitializers(this, _base_extraInitializers), __runInitializers(this, _discount_initializers, 150));
        get discount() { return this.#discount_accessor_storage; }
        set discount(value) { this.#discount_accessor_storage = value; }
        static version = (__runInitializers(_classThis, _staticExtraInitializers), __runInitializers(_classThis, _static_version_initializers, 2));
        #secret = (__runInitializers(this, _discount_extraInitializers), __runInitializers(this, _private_secret_initializers, 1));
        price(qty) { return qty * this.base * (1 - this.discount / 100); }
        describe() { return `base=${this.base} discount=${this.discount}`; }
        get secret() { return this.#secret; }
        static create() { return new PriceService(); }
        constructor() {
            __runInitializers(this, _private_secret_extraInitializers);
        }
        static {
            __runInitializers(_classThis, _static_version_extraInitializers);
            __runInitializers(_classThis, _classExtraInitializers);
        }
    };
    return PriceService = _classThis;
})();
const svc = PriceService.create();
console.log(svc.discount, svc.price(2));
svc.discount = 25;
console.log(svc.price(4));
const { describe } = svc;
console.log(describe());
try {
    let Bad = (() => {
        let _n_decorators;
        let _n_initializers = [];
        let _n_extraInitializers = [];
        return class Bad {
            static {
                const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
                _n_decorators = [min(5)];
                __esDecorate(null, null, _n_decorators, { kind: "field", name: "n", static: false, private: false, access: { has: obj => "n" in obj, get: obj => obj.n, set: (obj, value) => { obj.n = value; } }, metadata: _metadata }, _n_initializers, _n_extraInitializers);
                if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            }
            n = __runInitializers(this, _n_initializers, 1);
            constructor() {
                __runInitializers(this, _n_extraInitializers);
            }
        };
    })();
    new Bad();
}
catch (e) {
    console.log(String(e));
}
console.log(registry);
console.log(trace);
console.log(PriceService.name, Object.keys(svc));
