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
// TC39 decorators: TypeErrors for bad return values and misuse of
// addInitializer.
function attempt(what, f) {
    try {
        f();
        console.log(what, "ok");
    }
    catch (e) {
        console.log(what, e.constructor.name, e.message);
    }
}
const retNumber = (v, c) => 1;
const retObject = (v, c) => ({});
const retNull = (v, c) => null;
attempt("method returns number", () => { let A = (() => {
    let _instanceExtraInitializers = [];
    let _m_decorators;
    return class A {
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _m_decorators = [retNumber];
            __esDecorate(this, null, _m_decorators, { kind: "method", name: "m", static: false, private: false, access: { has: obj => "m" in obj, get: obj => obj.m }, metadata: _metadata }, null, _instanceExtraInitializers);
            if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        m() { }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
})(); });
attempt("field returns object", () => { let A = (() => {
    let _x_decorators;
    let _x_initializers = [];
    let _x_extraInitializers = [];
    return class A {
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _x_decorators = [retObject];
            __esDecorate(null, null, _x_decorators, { kind: "field", name: "x", static: false, private: false, access: { has: obj => "x" in obj, get: obj => obj.x, set: (obj, value) => { obj.x = value; } }, metadata: _metadata }, _x_initializers, _x_extraInitializers);
            if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        x = __runInitializers(this, _x_initializers, 1);
        constructor() {
            __runInitializers(this, _x_extraInitializers);
        }
    };
})(); });
attempt("accessor returns number", () => { let A = (() => {
    let _x_decorators;
    let _x_initializers = [];
    let _x_extraInitializers = [];
    return class A {
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _x_decorators = [retNumber];
            __esDecorate(this, null, _x_decorators, { kind: "accessor", name: "x", static: false, private: false, access: { has: obj => "x" in obj, get: obj => obj.x, set: (obj, value) => { obj.x = value; } }, metadata: _metadata }, _x_initializers, _x_extraInitializers);
            if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        #x_accessor_storage = __runInitializers(this, _x_initializers, 1);
        get x() { return this.#x_accessor_storage; }
        set x(value) { this.#x_accessor_storage = value; }
        constructor() {
            __runInitializers(this, _x_extraInitializers);
        }
    };
})(); });
attempt("accessor returns null", () => { let A = (() => {
    let _x_decorators;
    let _x_initializers = [];
    let _x_extraInitializers = [];
    return class A {
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _x_decorators = [retNull];
            __esDecorate(this, null, _x_decorators, { kind: "accessor", name: "x", static: false, private: false, access: { has: obj => "x" in obj, get: obj => obj.x, set: (obj, value) => { obj.x = value; } }, metadata: _metadata }, _x_initializers, _x_extraInitializers);
            if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        #x_accessor_storage = __runInitializers(this, _x_initializers, 1);
        get x() { return this.#x_accessor_storage; }
        set x(value) { this.#x_accessor_storage = value; }
        constructor() {
            __runInitializers(this, _x_extraInitializers);
        }
    };
})(); });
const retBadGet = (v, c) => ({ get: 1 });
const retString = (v, c) => "s";
const retUndefined = (v, c) => undefined;
attempt("accessor get not function", () => { let A = (() => {
    let _x_decorators;
    let _x_initializers = [];
    let _x_extraInitializers = [];
    return class A {
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _x_decorators = [retBadGet];
            __esDecorate(this, null, _x_decorators, { kind: "accessor", name: "x", static: false, private: false, access: { has: obj => "x" in obj, get: obj => obj.x, set: (obj, value) => { obj.x = value; } }, metadata: _metadata }, _x_initializers, _x_extraInitializers);
            if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        #x_accessor_storage = __runInitializers(this, _x_initializers, 1);
        get x() { return this.#x_accessor_storage; }
        set x(value) { this.#x_accessor_storage = value; }
        constructor() {
            __runInitializers(this, _x_extraInitializers);
        }
    };
})(); });
attempt("class returns string", () => { let A = (() => {
    let _classDecorators = [retString];
    let _classDescriptor;
    let _classExtraInitializers = [];
    let _classThis;
    var A = class {
        static { _classThis = this; }
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            __esDecorate(null, _classDescriptor = { value: _classThis }, _classDecorators, { kind: "class", name: _classThis.name, metadata: _metadata }, null, _classExtraInitializers);
            A = _classThis = _classDescriptor.value;
            if (_metadata) Object.defineProperty(_classThis, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            __runInitializers(_classThis, _classExtraInitializers);
        }
    };
    return A = _classThis;
})(); });
attempt("getter returns undefined", () => { let A = (() => {
    let _instanceExtraInitializers = [];
    let _get_x_decorators;
    return class A {
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _get_x_decorators = [(retUndefined)];
            __esDecorate(this, null, _get_x_decorators, { kind: "getter", name: "x", static: false, private: false, access: { has: obj => "x" in obj, get: obj => obj.x }, metadata: _metadata }, null, _instanceExtraInitializers);
            if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        get x() { return 1; }
        constructor() {
            __runInitializers(this, _instanceExtraInitializers);
        }
    };
})(); });
attempt("field returns null", () => { let A = (() => {
    let _x_decorators;
    let _x_initializers = [];
    let _x_extraInitializers = [];
    return class A {
        static {
            const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
            _x_decorators = [retNull];
            __esDecorate(null, null, _x_decorators, { kind: "field", name: "x", static: false, private: false, access: { has: obj => "x" in obj, get: obj => obj.x, set: (obj, value) => { obj.x = value; } }, metadata: _metadata }, _x_initializers, _x_extraInitializers);
            if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
        }
        x = __runInitializers(this, _x_initializers, 1);
        constructor() {
            __runInitializers(this, _x_extraInitializers);
        }
    };
})(); });
let saved;
const save = (v, c) => { saved = c; };
const addFive = (v, c) => { c.addInitializer(5); };
const throwing = (v, c) => () => { throw new RangeError("from init"); };
attempt("late addInitializer", () => {
    let A = (() => {
        let _instanceExtraInitializers = [];
        let _m_decorators;
        return class A {
            static {
                const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
                _m_decorators = [save];
                __esDecorate(this, null, _m_decorators, { kind: "method", name: "m", static: false, private: false, access: { has: obj => "m" in obj, get: obj => obj.m }, metadata: _metadata }, null, _instanceExtraInitializers);
                if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            }
            m() { }
            constructor() {
                __runInitializers(this, _instanceExtraInitializers);
            }
        };
    })();
    saved.addInitializer(() => { });
});
attempt("addInitializer non-function", () => {
    let A = (() => {
        let _instanceExtraInitializers = [];
        let _m_decorators;
        return class A {
            static {
                const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
                _m_decorators = [addFive];
                __esDecorate(this, null, _m_decorators, { kind: "method", name: "m", static: false, private: false, access: { has: obj => "m" in obj, get: obj => obj.m }, metadata: _metadata }, null, _instanceExtraInitializers);
                if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            }
            m() { }
            constructor() {
                __runInitializers(this, _instanceExtraInitializers);
            }
        };
    })();
});
attempt("decorator is not a function", () => {
    const notFn = 3;
    let A = (() => {
        let _instanceExtraInitializers = [];
        let _m_decorators;
        return class A {
            static {
                const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
                _m_decorators = [notFn];
                __esDecorate(this, null, _m_decorators, { kind: "method", name: "m", static: false, private: false, access: { has: obj => "m" in obj, get: obj => obj.m }, metadata: _metadata }, null, _instanceExtraInitializers);
                if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            }
            m() { }
            constructor() {
                __runInitializers(this, _instanceExtraInitializers);
            }
        };
    })();
});
attempt("initializer throws", () => {
    let A = (() => {
        let _x_decorators;
        let _x_initializers = [];
        let _x_extraInitializers = [];
        return class A {
            static {
                const _metadata = typeof Symbol === "function" && Symbol.metadata ? Object.create(null) : void 0;
                _x_decorators = [throwing];
                __esDecorate(null, null, _x_decorators, { kind: "field", name: "x", static: false, private: false, access: { has: obj => "x" in obj, get: obj => obj.x, set: (obj, value) => { obj.x = value; } }, metadata: _metadata }, _x_initializers, _x_extraInitializers);
                if (_metadata) Object.defineProperty(this, Symbol.metadata, { enumerable: true, configurable: true, writable: true, value: _metadata });
            }
            x = __runInitializers(this, _x_initializers, 1);
            constructor() {
                __runInitializers(this, _x_extraInitializers);
            }
        };
    })();
    new A();
});
