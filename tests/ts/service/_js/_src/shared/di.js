"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Post = exports.Get = exports.Container = void 0;
exports.Injectable = Injectable;
exports.Inject = Inject;
exports.Controller = Controller;
exports.Logged = Logged;
exports.MinLength = MinLength;
exports.check = check;
// A small dependency-injection container and route table built on legacy
// decorators and the design:paramtypes metadata tsc emits.
const meta_js_1 = require("./meta.js");
const injectables = new Set();
const tokens = new Map();
function Injectable() {
    return (target) => { injectables.add(target); };
}
function Inject(token) {
    return (target, _key, index) => {
        const ctor = target;
        if (!tokens.has(ctor))
            tokens.set(ctor, new Map());
        tokens.get(ctor).set(index, token);
    };
}
class Container {
    singletons = new Map();
    values = new Map();
    log = [];
    provide(token, value) {
        this.values.set(token, value);
        return this;
    }
    use(ctor, instance) {
        this.singletons.set(ctor, instance);
        return this;
    }
    get(ctor, path = []) {
        if (this.singletons.has(ctor))
            return this.singletons.get(ctor);
        if (path.includes(ctor.name))
            throw new Error(`cycle: ${[...path, ctor.name].join(' -> ')}`);
        if (!injectables.has(ctor))
            throw new Error(`${ctor.name} is not @Injectable`);
        const types = (0, meta_js_1.getMetadata)('design:paramtypes', ctor) ?? [];
        const named = tokens.get(ctor);
        const args = types.map((t, i) => {
            const token = named?.get(i);
            if (token !== undefined) {
                if (!this.values.has(token))
                    throw new Error(`no value for ${token}`);
                return this.values.get(token);
            }
            return this.get(t, [...path, ctor.name]);
        });
        this.log.push(`${ctor.name}(${types.map((t) => t.name).join(', ')})`);
        const made = new ctor(...args);
        this.singletons.set(ctor, made);
        return made;
    }
}
exports.Container = Container;
function Controller(prefix) {
    return (target) => (0, meta_js_1.defineMetadata)('prefix', prefix, target);
}
function route(method) {
    return (path) => (target, key) => {
        const routes = [...((0, meta_js_1.getMetadata)('routes', target.constructor) ?? [])];
        routes.push({ method, path, handler: key });
        (0, meta_js_1.defineMetadata)('routes', routes, target.constructor);
    };
}
exports.Get = route('GET');
exports.Post = route('POST');
function Logged(label) {
    return (target, key, desc) => {
        const inner = desc.value;
        desc.value = function (...args) {
            const ret = inner.apply(this, args);
            const tag = label ?? `${target.constructor.name}.${String(key)}`;
            if (ret instanceof Promise)
                return ret.then((v) => { console.log(`  [log] ${tag} resolved`); return v; });
            console.log(`  [log] ${tag} returned ${JSON.stringify(ret)}`);
            return ret;
        };
    };
}
function MinLength(n) {
    return (target, key) => {
        const rules = (0, meta_js_1.getMetadata)('rules', target) ?? [];
        const type = (0, meta_js_1.getMetadata)('design:type', target, key);
        (0, meta_js_1.defineMetadata)('rules', [...rules, [key, n, type?.name ?? '?']], target);
    };
}
function check(obj) {
    const rules = (0, meta_js_1.getMetadata)('rules', Object.getPrototypeOf(obj)) ?? [];
    return rules
        .filter(([k, n]) => String(obj[k] ?? '').length < n)
        .map(([k, n, t]) => `${k}: ${t} shorter than ${n}`);
}
