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
// TC39 decorator metadata: node 20 has no Symbol.metadata, so tsc's
// output only creates metadata once the program defines it.
function meta(value, ctx) {
    console.log(String(ctx.name), "metadata", typeof ctx.metadata);
    if (ctx.metadata)
        ctx.metadata[ctx.name] = ctx.kind;
}
let Before = (() => {
    let _x_decorators;
    let _x_initializers = [];
    let _x_extraInitializers = [];
    return class Before {
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _x_decorators = [meta];
            __esDecorate(null, null, _x_decorators, { kind: "field", name: "x", static: false, private: false, access: { has: obj => "x" in obj, get: obj => obj.x, set: (obj, value) => { obj.x = value; } }, metadata: _metadata }, _x_initializers, _x_extraInitializers);
            if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        x = __runInitializers(this, _x_initializers, 1);
        constructor() {
            __runInitializers(this, _x_extraInitializers);
        }
    };
})();
console.log(typeof Symbol.metadata, Before[Symbol.metadata]);
Symbol.metadata ??= Symbol("Symbol.metadata");
let Parent = (() => {
    let _classDecorators = [meta];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _static_s_decorators;
    let _static_s_initializers = [];
    let _static_s_extraInitializers = [];
    let _m_decorators;
    var Parent = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _m_decorators = [meta];
            _static_s_decorators = [meta];
            __esDecorate(this, null, _m_decorators, { kind: "method", name: "m", static: false, private: false, access: { has: obj => "m" in obj, get: obj => obj.m }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, null, _static_s_decorators, { kind: "field", name: "s", static: true, private: false, access: { has: obj => "s" in obj, get: obj => obj.s, set: (obj, value) => { obj.s = value; } }, metadata: _metadata }, _static_s_initializers, _static_s_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            Parent = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        m() { }
        static s = __runInitializers(_classThis, _static_s_initializers, 1);
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
        static {
            __runInitializers(_classThis, _static_s_extraInitializers);
            __runInitializers(_classThis, _classExtraInitializers);
        }
    };
    return Parent = _classThis;
})();
let Child = (() => {
    let _classDecorators = [meta];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _classSuper = Parent;
    let _n_decorators;
    let _n_initializers = [];
    let _n_extraInitializers = [];
    var Child = class extends _classSuper {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(_classSuper[Symbol.metadata] ?? null) : void 0;
            _n_decorators = [meta];
            __esDecorate(null, null, _n_decorators, { kind: "field", name: "n", static: false, private: false, access: { has: obj => "n" in obj, get: obj => obj.n, set: (obj, value) => { obj.n = value; } }, metadata: _metadata }, _n_initializers, _n_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            Child = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        n = __runInitializers(this, _n_initializers, 2);
        constructor() {
            super(...arguments);
            __runInitializers(this, _n_extraInitializers);
        }
    };
    return Child = _classThis;
})();
class Plain {
}
const M = Symbol.metadata;
const pm = Parent[M], cm = Child[M];
console.log(JSON.stringify(pm), Object.getPrototypeOf(pm));
console.log(JSON.stringify(cm), Object.getPrototypeOf(cm) === pm, cm.m);
console.log(Plain[M]);
const d = Object.getOwnPropertyDescriptor(Parent, M);
console.log(d.enumerable, d.configurable, d.writable);
