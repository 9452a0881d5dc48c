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
// Decorators in a .js file have the TC39 semantics (node 20 cannot run
// them; the twin _js/js_decorators.js is tsc's ES2022 output for the same
// code as TypeScript).
function log(value, ctx) {
    console.log(ctx.kind, String(ctx.name), ctx.static, ctx.private);
    if (ctx.kind === "field")
        return (x) => x * 2;
    if (ctx.kind === "method")
        return function (...args) { return "[" + value.apply(this, args) + "]"; };
}
function tag(name) {
    return (cls, ctx) => {
        ctx.addInitializer(function () { console.log("tagged", this.name, name); });
    };
}
let J = (() => {
    let _classDecorators = [log, tag("first")];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _staticExtraInitializers = [];
    let _instanceExtraInitializers = [];
    let _static_m_decorators;
    let _x_decorators;
    let _x_initializers = [];
    let _x_extraInitializers = [];
    let _private_p_decorators;
    let _private_p_descriptor;
    let _hello_decorators;
    var J = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _x_decorators = [log];
            _static_m_decorators = [log];
            _private_p_decorators = [log];
            _hello_decorators = [log];
            __esDecorate(this, null, _static_m_decorators, { kind: "method", name: "m", static: true, private: false, access: { has: obj => "m" in obj, get: obj => obj.m }, metadata: _metadata }, null, _staticExtraInitializers);
            __esDecorate(this, _private_p_descriptor = { value: __setFunctionName(function () { return "private"; }, "#p") }, _private_p_decorators, { kind: "method", name: "#p", static: false, private: true, access: { has: obj => #p in obj, get: obj => obj.#p }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _hello_decorators, { kind: "method", name: "hello", static: false, private: false, access: { has: obj => "hello" in obj, get: obj => obj.hello }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(null, null, _x_decorators, { kind: "field", name: "x", static: false, private: false, access: { has: obj => "x" in obj, get: obj => obj.x, set: (obj, value) => { obj.x = value; } }, metadata: _metadata }, _x_initializers, _x_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            J = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _staticExtraInitializers);
            __runInitializers(_classThis, _classExtraInitializers);
        }
        x = (__runInitializers(this, _instanceExtraInitializers), __runInitializers(this, _x_initializers, 2));
        static m() { return "static"; }
        get #p() { return _private_p_descriptor.value; }
        hello(who) { return "hello " + who; }
        get p() { return this.#p(); }
        constructor() {
            __runInitializers(this, _x_extraInitializers);
        }
    };
    return J = _classThis;
})();
const j = new J();
console.log(j.x, j.p, j.hello("js"), J.m(), J.name);
const Expr = (() => {
    let _classDecorators = [tag("expr")];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    var class_1 = class {
        static { _classThis = this; }
        static { __setFunctionName(_classThis, "Expr"); }
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
console.log(Expr.name);
