"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Container = void 0;
exports.Injectable = Injectable;
exports.Inject = Inject;
require("./meta");
const meta_1 = require("./meta");
const injectable = new Set();
function Injectable() {
    return (target) => { injectable.add(target); };
}
function Inject(token) {
    return (target, key, index) => {
        const map = (0, meta_1.getOwnMetadata)('inject', target) ?? new Map();
        map.set(index, token);
        (0, meta_1.defineMetadata)('inject', map, target);
    };
}
class Container {
    strict;
    values = new Map();
    log = [];
    constructor(strict = true) {
        this.strict = strict;
    }
    provide(token, value) {
        this.values.set(token, value);
        return this;
    }
    get(token) {
        if (this.values.has(token))
            return this.values.get(token);
        if (typeof token !== 'function')
            throw new Error(`no value for ${String(token)}`);
        if (this.strict && !injectable.has(token))
            throw new Error(`${token.name} is not @Injectable()`);
        const types = (0, meta_1.getMetadata)('design:paramtypes', token) ?? [];
        const overrides = (0, meta_1.getMetadata)('inject', token) ?? new Map();
        const args = types.map((t, i) => this.get((overrides.get(i) ?? t)));
        const names = types.map((t, i) => overrides.get(i) ?? t).map((t) => (typeof t === 'function' ? t.name : String(t)));
        this.log.push(`new ${token.name}(${names.join(', ')})`);
        const inst = new token(...args);
        this.values.set(token, inst);
        return inst;
    }
}
exports.Container = Container;
