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
// TC39 decorators on methods, getters, setters (public, static, private):
// context objects, replacement, addInitializer, decorator expressions.
function show(value, ctx) {
    console.log(ctx.kind, String(ctx.name), "static", ctx.static, "private", ctx.private, "keys", Object.keys(ctx).join(","), "access", Object.keys(ctx.access).join(","), typeof value, value && value.name);
}
function loud(value, ctx) {
    return function (...args) {
        console.log("calling", String(ctx.name), args.join(","));
        return value.apply(this, args).toUpperCase();
    };
}
const ns = { deep: { dec: show } };
function times(n) {
    return (value, ctx) => function (x) { return value.call(this, x) * n; };
}
function bound(value, ctx) {
    ctx.addInitializer(function () {
        this[ctx.name] = this[ctx.name].bind(this);
    });
}
let Greeter = (() => {
    var _a;
    let _staticExtraInitializers = [];
    let _instanceExtraInitializers = [];
    let _static_make_decorators;
    let _static_private_get_count_decorators;
    let _static_private_get_count_descriptor;
    let _greet_decorators;
    let _triple_decorators;
    let _get_size_decorators;
    let _set_size_decorators;
    let _who_decorators;
    let _private_secret_decorators;
    let _private_secret_descriptor;
    return class Greeter {
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _greet_decorators = [show, loud];
            _triple_decorators = [times(3)];
            _static_make_decorators = [(_a = ns.deep).dec.bind(_a)];
            _get_size_decorators = [(show)];
            _set_size_decorators = [show];
            _who_decorators = [bound];
            _private_secret_decorators = [show];
            _static_private_get_count_decorators = [show];
            __esDecorate(this, null, _static_make_decorators, { kind: "method", name: "make", static: true, private: false, access: { has: obj => "make" in obj, get: obj => obj.make }, metadata: _metadata }, null, _staticExtraInitializers);
            __esDecorate(this, _static_private_get_count_descriptor = { get: __setFunctionName(function () { return 7; }, "#count", "get") }, _static_private_get_count_decorators, { kind: "getter", name: "#count", static: true, private: true, access: { has: obj => #count in obj, get: obj => obj.#count }, metadata: _metadata }, null, _staticExtraInitializers);
            __esDecorate(this, null, _greet_decorators, { kind: "method", name: "greet", static: false, private: false, access: { has: obj => "greet" in obj, get: obj => obj.greet }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _triple_decorators, { kind: "method", name: "triple", static: false, private: false, access: { has: obj => "triple" in obj, get: obj => obj.triple }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _get_size_decorators, { kind: "getter", name: "size", static: false, private: false, access: { has: obj => "size" in obj, get: obj => obj.size }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _set_size_decorators, { kind: "setter", name: "size", static: false, private: false, access: { has: obj => "size" in obj, set: (obj, value) => { obj.size = value; } }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, null, _who_decorators, { kind: "method", name: "who", static: false, private: false, access: { has: obj => "who" in obj, get: obj => obj.who }, metadata: _metadata }, null, _instanceExtraInitializers);
            __esDecorate(this, _private_secret_descriptor = { value: __setFunctionName(function () { return "s" + this.name; }, "#secret") }, _private_secret_decorators, { kind: "method", name: "#secret", static: false, private: true, access: { has: obj => #secret in obj, get: obj => obj.#secret }, metadata: _metadata }, null, _instanceExtraInitializers);
            if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(this, _staticExtraInitializers);
        }
        name = (__runInitializers(this, _instanceExtraInitializers), "kiln");
        greet(who) { return "hello " + who + " from " + this.name; }
        triple(x) { return x; }
        static make() { return new Greeter(); }
        get size() { return 42; }
        set size(v) { console.log("set size", v); }
        who() { return this.name; }
        get #secret() { return _private_secret_descriptor.value; }
        static get #count() { return _static_private_get_count_descriptor.get.call(this); }
        reveal() { return this.#secret() + Greeter.#count; }
        static hasSecret(o) { return #secret in o; }
    };
})();
const g = new Greeter();
console.log(g.greet("you", "extra"));
console.log(g.triple(5));
console.log(Greeter.make() instanceof Greeter);
console.log(g.size);
g.size = 3;
const who = g.who;
console.log(who());
console.log(g.reveal(), Greeter.hasSecret(g), Greeter.hasSecret({}));
console.log(Object.getOwnPropertyNames(Greeter.prototype).join(","));
// access objects read and write through the element
let access;
function grab(value, ctx) { access = ctx.access; }
let Box = (() => {
    let _private_v_decorators;
    let _private_v_initializers = [];
    let _private_v_extraInitializers = [];
    return class Box {
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _private_v_decorators = [grab];
            __esDecorate(null, null, _private_v_decorators, { kind: "field", name: "#v", static: false, private: true, access: { has: obj => #v in obj, get: obj => obj.#v, set: (obj, value) => { obj.#v = value; } }, metadata: _metadata }, _private_v_initializers, _private_v_extraInitializers);
            if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        #v = __runInitializers(this, _private_v_initializers, 10);
        static peek(b) { return access.get(b); }
        constructor() {
            __runInitializers(this, _private_v_extraInitializers);
        }
    };
})();
const box = new Box();
console.log(Box.peek(box), access.has(box), access.has({}));
access.set(box, 11);
console.log(Box.peek(box));
