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
var __propKey = (this && this.__propKey) || function (x) {
    return typeof x === "symbol" ? x : "".concat(x);
};
// TC39 decorators: evaluation order (decorators and computed keys in source
// order) and application order (static, instance, static fields, instance
// fields, class), and when initializers run.
const log = [];
function dec(tag) {
    log.push("eval " + tag);
    return function (value, ctx) {
        log.push("apply " + tag + " " + ctx.kind + " " + String(ctx.name));
        ctx.addInitializer(function () {
            log.push("init " + tag);
        });
        if (ctx.kind === "field")
            return (v) => { log.push("field-init " + tag + " " + v); return v; };
    };
}
function key(k) {
    log.push("key " + k);
    return k;
}
class Base {
}
let C = (() => {
    var _a;
    let _classDecorators = [dec("class1"), dec("class2")];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    let _classSuper = (log.push("heritage"), Base);
    let _staticExtraInitializers = [];
    let _instanceExtraInitializers = [];
    let _static_sm_decorators;
    let _static_sf_decorators;
    let _static_sf_initializers = [];
    let _static_sf_extraInitializers = [];
    let _a_decorators;
    let _a_initializers = [];
    let _a_extraInitializers = [];
    let _member_decorators;
    let _get_g_decorators;
    let _acc_decorators;
    let _acc_initializers = [];
    let _acc_extraInitializers = [];
    var C = class extends _classSuper {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(_classSuper[Symbol.metadata] ?? null) : void 0;
            _static_sf_decorators = [dec("sf")];
            _get_g_decorators = [dec("g")];
            _acc_decorators = [dec("acc")];
            __esDecorate(this, null, _static_sm_decorators, { kind: "method", name: "sm", static: true, private: false, access: { has: obj => "sm" in obj, get: obj => obj.sm }, metadata: _metadata }, null, _staticExtraInitializers);
            __esDecorate(this, null, _member_decorators, { kind: "method", name: _a, static: false, private: false, access: { has: obj => _a in obj, get: obj => obj[_a] }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _get_g_decorators, { kind: "getter", name: "g", static: false, private: false, access: { has: obj => "g" in obj, get: obj => obj.g }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _acc_decorators, { kind: "accessor", name: "acc", static: false, private: false, access: { has: obj => "acc" in obj, get: obj => obj.acc, set: (obj, value) => { obj.acc = value; } }, metadata: _metadata }, _acc_initializers, _acc_extraInitializers);
            __esDecorate(null, null, _static_sf_decorators, { kind: "field", name: "sf", static: true, private: false, access: { has: obj => "sf" in obj, get: obj => obj.sf, set: (obj, value) => { obj.sf = value; } }, metadata: _metadata }, _static_sf_initializers, _static_sf_extraInitializers);
            __esDecorate(null, null, _a_decorators, { kind: "field", name: "a", static: false, private: false, access: { has: obj => "a" in obj, get: obj => obj.a, set: (obj, value) => { obj.a = value; } }, metadata: _metadata }, _a_initializers, _a_extraInitializers);
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            C = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        a = (__runInitializers(this, _instanceExtraInitializers), __runInitializers(this, _a_initializers, (log.push("a initialized"), 1)));
        static sm() { }
        [(_a_decorators = [dec("a")], _static_sm_decorators = [dec("sm")], _member_decorators = [dec("m1"), dec("m2")], _a = __propKey(key("computed")))]() { }
        static sf = (__runInitializers(_classThis, _staticExtraInitializers), __runInitializers(_classThis, _static_sf_initializers, (log.push("sf initialized"), 2)));
        static {
            __runInitializers(_classThis, _static_sf_extraInitializers);
        }
        static { log.push("static block"); }
        get g() { return 1; }
        b = (__runInitializers(this, _a_extraInitializers), log.push("b initialized"), 3);
        #acc_accessor_storage = __runInitializers(this, _acc_initializers, 4);
        get acc() { return this.#acc_accessor_storage; }
        set acc(value) { this.#acc_accessor_storage = value; }
        constructor() {
            super();
            __runInitializers(this, _acc_extraInitializers);
            log.push("constructor body");
        }
        static {
            __runInitializers(_classThis, _classExtraInitializers);
        }
    };
    return C = _classThis;
})();
log.push("class defined");
const c = new C();
log.push("instance " + c.a + " " + c.b + " " + c.acc);
for (const line of log)
    console.log(line);
