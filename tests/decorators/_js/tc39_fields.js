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
// TC39 decorators on fields and auto-accessors: initializer functions,
// several decorators (applied innermost first), extra initializers, and
// accessor replacement objects.
function double(value, ctx) {
    console.log("double on", String(ctx.name), value);
    return (v) => v * 2;
}
function plusOne(value, ctx) {
    return (v) => v + 1;
}
function after(value, ctx) {
    ctx.addInitializer(function () {
        console.log("after", String(ctx.name), "=", this[ctx.name]);
    });
}
let Fields = (() => {
    let _static_s_decorators;
    let _static_s_initializers = [];
    let _static_s_extraInitializers = [];
    let _x_decorators;
    let _x_initializers = [];
    let _x_extraInitializers = [];
    let _y_decorators;
    let _y_initializers = [];
    let _y_extraInitializers = [];
    let _z_decorators;
    let _z_initializers = [];
    let _z_extraInitializers = [];
    let _w_decorators;
    let _w_initializers = [];
    let _w_extraInitializers = [];
    return class Fields {
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _x_decorators = [double, plusOne];
            _y_decorators = [plusOne, double];
            _z_decorators = [after];
            _static_s_decorators = [double];
            _w_decorators = [after];
            __esDecorate(null, null, _static_s_decorators, { kind: "field", name: "s", static: true, private: false, access: { has: obj => "s" in obj, get: obj => obj.s, set: (obj, value) => { obj.s = value; } }, metadata: _metadata }, _static_s_initializers, _static_s_extraInitializers);
            __esDecorate(null, null, _x_decorators, { kind: "field", name: "x", static: false, private: false, access: { has: obj => "x" in obj, get: obj => obj.x, set: (obj, value) => { obj.x = value; } }, metadata: _metadata }, _x_initializers, _x_extraInitializers);
            __esDecorate(null, null, _y_decorators, { kind: "field", name: "y", static: false, private: false, access: { has: obj => "y" in obj, get: obj => obj.y, set: (obj, value) => { obj.y = value; } }, metadata: _metadata }, _y_initializers, _y_extraInitializers);
            __esDecorate(null, null, _z_decorators, { kind: "field", name: "z", static: false, private: false, access: { has: obj => "z" in obj, get: obj => obj.z, set: (obj, value) => { obj.z = value; } }, metadata: _metadata }, _z_initializers, _z_extraInitializers);
            __esDecorate(null, null, _w_decorators, { kind: "field", name: "w", static: false, private: false, access: { has: obj => "w" in obj, get: obj => obj.w, set: (obj, value) => { obj.w = value; } }, metadata: _metadata }, _w_initializers, _w_extraInitializers);
            if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        x = __runInitializers(this, _x_initializers, 5); // plusOne first, then double: 12
        y = (__runInitializers(this, _x_extraInitializers), __runInitializers(this, _y_initializers, 5)); // 11
        z = (__runInitializers(this, _y_extraInitializers), __runInitializers(this, _z_initializers, 3));
        static s = __runInitializers(this, _static_s_initializers, 21);
        w = (__runInitializers(this, _z_extraInitializers), __runInitializers(this, _w_initializers, void 0));
        noDecorator = (__runInitializers(this, _w_extraInitializers), "plain");
        static {
            __runInitializers(this, _static_s_extraInitializers);
        }
    };
})();
const f = new Fields();
console.log(f.x, f.y, f.z, Fields.s, f.w, f.noDecorator);
function logged(value, ctx) {
    const name = String(ctx.name);
    return {
        get() {
            const v = value.get.call(this);
            console.log("get", name, v);
            return v;
        },
        set(v) {
            console.log("set", name, v);
            value.set.call(this, v);
        },
        init(v) {
            console.log("init", name, v);
            return v * 10;
        },
    };
}
function nothing(value, ctx) {
    console.log("accessor kind", ctx.kind, typeof value.get, typeof value.set);
}
let Acc = (() => {
    let _a_decorators;
    let _a_initializers = [];
    let _a_extraInitializers = [];
    let _b_decorators;
    let _b_initializers = [];
    let _b_extraInitializers = [];
    let _private_p_decorators;
    let _private_p_initializers = [];
    let _private_p_extraInitializers = [];
    let _private_p_descriptor;
    return class Acc {
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _a_decorators = [logged];
            _b_decorators = [nothing];
            _private_p_decorators = [logged];
            __esDecorate(this, null, _a_decorators, { kind: "accessor", name: "a", static: false, private: false, access: { has: obj => "a" in obj, get: obj => obj.a, set: (obj, value) => { obj.a = value; } }, metadata: _metadata }, _a_initializers, _a_extraInitializers);
            __esDecorate(this, null, _b_decorators, { kind: "accessor", name: "b", static: false, private: false, access: { has: obj => "b" in obj, get: obj => obj.b, set: (obj, value) => { obj.b = value; } }, metadata: _metadata }, _b_initializers, _b_extraInitializers);
            __esDecorate(this, _private_p_descriptor = { get: __setFunctionName(function () { return this.#p_accessor_storage; }, "#p", "get"), set: __setFunctionName(function (value) { this.#p_accessor_storage = value; }, "#p", "set") }, _private_p_decorators, { kind: "accessor", name: "#p", static: false, private: true, access: { has: obj => #p in obj, get: obj => obj.#p, set: (obj, value) => { obj.#p = value; } }, metadata: _metadata }, _private_p_initializers, _private_p_extraInitializers);
            if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        #a_accessor_storage = __runInitializers(this, _a_initializers, 1);
        get a() { return this.#a_accessor_storage; }
        set a(value) { this.#a_accessor_storage = value; }
        #b_accessor_storage = (__runInitializers(this, _a_extraInitializers), __runInitializers(this, _b_initializers, 2));
        get b() { return this.#b_accessor_storage; }
        set b(value) { this.#b_accessor_storage = value; }
        #p_accessor_storage = (__runInitializers(this, _b_extraInitializers), __runInitializers(this, _private_p_initializers, 3));
        get #p() { return _private_p_descriptor.get.call(this); }
        set #p(value) { return _private_p_descriptor.set.call(this, value); }
        #plain_accessor_storage = (__runInitializers(this, _private_p_extraInitializers), "p");
        get plain() { return this.#plain_accessor_storage; }
        set plain(value) { this.#plain_accessor_storage = value; }
        bump() { this.#p++; return this.#p; }
    };
})();
const a = new Acc();
a.a = a.a + 1;
console.log(a.b, a.bump(), a.plain);
a.plain = "q";
console.log(a.plain, Object.getOwnPropertyNames(Acc.prototype).join(","));
const d = Object.getOwnPropertyDescriptor(Acc.prototype, "a");
console.log(typeof d.get, typeof d.set, d.get.name, d.set.name);
