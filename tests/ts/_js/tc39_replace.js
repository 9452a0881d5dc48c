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
// Class decorators that replace the class, decorators on class expressions,
// decorator evaluation order, and errors from bad decorator results.
const log = [];
function tag(name) {
    log.push(`eval ${name}`);
    return function (value, ctx) {
        log.push(`apply ${name} to ${ctx.kind} ${String(ctx.name)}`);
    };
}
function sealedSub(C, ctx) {
    return class extends C {
        sealed = true;
        static wrapped = String(ctx.name);
    };
}
let Model = (() => {
    let _classDecorators = [sealedSub, tag("outer")];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _instanceExtraInitializers = [];
    let _static_sfield_decorators;
    let _static_sfield_initializers = [];
    let _static_sfield_extraInitializers = [];
    let _method_decorators;
    let _field_decorators;
    let _field_initializers = [];
    let _field_extraInitializers = [];
    var Model = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _method_decorators = [tag("m1"), tag("m2")];
            _field_decorators = [tag("f")];
            _static_sfield_decorators = [tag("sf")];
            __esDecorate(this, null, _method_decorators, { kind: "method", name: "method", static: false, private: false, access: { has: obj => "method" in obj, get: obj => obj.method }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, null, _static_sfield_decorators, { kind: "field", name: "sfield", static: true, private: false, access: { has: obj => "sfield" in obj, get: obj => obj.sfield, set: (obj, value) => { obj.sfield = value; } }, metadata: _metadata }, _static_sfield_initializers, _static_sfield_extraInitializers);
            __esDecorate(null, null, _field_decorators, { kind: "field", name: "field", static: false, private: false, access: { has: obj => "field" in obj, get: obj => obj.field, set: (obj, value) => { obj.field = value; } }, metadata: _metadata }, _field_initializers, _field_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            Model = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        static count = 0;
        id = (__runInitializers(this, _instanceExtraInitializers), ++Model.count);
        method() { return this.id; }
        field = __runInitializers(this, _field_initializers, 1);
        static sfield = __runInitializers(_classThis, _static_sfield_initializers, 2);
        constructor() {
            __runInitializers(this, _field_extraInitializers);
        }
        static {
            __runInitializers(_classThis, _static_sfield_extraInitializers);
            __runInitializers(_classThis, _classExtraInitializers);
        }
    };
    return Model = _classThis;
})();
const m = new Model();
console.log(m, Model.wrapped, Model.name, Model.count);
console.log(log);
const Anon = (() => {
    let _classDecorators = [tag("expr")];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    var class_1 = class {
        static { _classThis = this; }
        static { __setFunctionName(_classThis, "Anon"); }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            class_1 = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
    };
    return class_1 = _classThis;
})();
console.log(Anon.name);
const Named = (() => {
    let _classDecorators = [tag("expr2")];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    var Inner = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            Inner = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
        static who() { return Inner.name; }
    };
    return Inner = _classThis;
})();
console.log(Named.who());
try {
    function bad(_, __) { return 42; }
    // @ts-ignore
    let X = (() => {
        let _instanceExtraInitializers = [];
        let _m_decorators;
        return class X {
            static {
                const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
                _m_decorators = [bad];
                __esDecorate(this, null, _m_decorators, { kind: "method", name: "m", static: false, private: false, access: { has: obj => "m" in obj, get: obj => obj.m }, metadata: _metadata }, null, _instanceExtraInitializers);
                if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            }
            m() { }
            constructor() {
                __runInitializers(this, _instanceExtraInitializers);
            }
        };
    })();
}
catch (e) {
    console.log(e.constructor.name, e.message);
}
try {
    function addLate(_, ctx) { globalThis.saved = ctx; }
    let Y = (() => {
        let _instanceExtraInitializers = [];
        let _m_decorators;
        return class Y {
            static {
                const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
                _m_decorators = [addLate];
                __esDecorate(this, null, _m_decorators, { kind: "method", name: "m", static: false, private: false, access: { has: obj => "m" in obj, get: obj => obj.m }, metadata: _metadata }, null, _instanceExtraInitializers);
                if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            }
            m() { }
            constructor() {
                __runInitializers(this, _instanceExtraInitializers);
            }
        };
    })();
    globalThis.saved.addInitializer(() => { });
}
catch (e) {
    console.log(e.constructor.name, e.message);
}
