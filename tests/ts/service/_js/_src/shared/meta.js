"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.defineMetadata = defineMetadata;
exports.getMetadata = getMetadata;
// A tiny stand-in for reflect-metadata: enough of Reflect.metadata /
// getMetadata for tsc's __metadata helper and the decorators below.
const store = new WeakMap();
function bucket(target, key, create) {
    let byKey = store.get(target);
    if (!byKey) {
        if (!create)
            return undefined;
        store.set(target, (byKey = new Map()));
    }
    const k = key ?? '<class>';
    let m = byKey.get(k);
    if (!m && create)
        byKey.set(k, (m = new Map()));
    return m;
}
function defineMetadata(name, value, target, key) {
    bucket(target, key, true).set(name, value);
}
function getMetadata(name, target, key) {
    for (let t = target; t; t = Object.getPrototypeOf(t)) {
        const m = bucket(t, key, false);
        if (m?.has(name))
            return m.get(name);
    }
    return undefined;
}
Reflect.metadata = (name, value) => (target, key) => defineMetadata(name, value, target, key);
