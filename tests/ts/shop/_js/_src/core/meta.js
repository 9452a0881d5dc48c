"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.defineMetadata = defineMetadata;
exports.getOwnMetadata = getOwnMetadata;
exports.getMetadata = getMetadata;
exports.metadata = metadata;
// A tiny stand-in for reflect-metadata: installs Reflect.metadata,
// Reflect.defineMetadata and Reflect.getMetadata (walking prototypes).
const store = new WeakMap();
function table(target, key, create) {
    let byKey = store.get(target);
    if (!byKey) {
        if (!create)
            return undefined;
        byKey = new Map();
        store.set(target, byKey);
    }
    let t = byKey.get(key);
    if (!t) {
        if (!create)
            return undefined;
        t = new Map();
        byKey.set(key, t);
    }
    return t;
}
function defineMetadata(k, v, target, key) {
    table(target, key, true).set(k, v);
}
function getOwnMetadata(k, target, key) {
    return table(target, key, false)?.get(k);
}
function getMetadata(k, target, key) {
    for (let t = target; t; t = Object.getPrototypeOf(t)) {
        const m = table(t, key, false);
        if (m?.has(k))
            return m.get(k);
    }
    return undefined;
}
function metadata(k, v) {
    return (target, key) => defineMetadata(k, v, target, key);
}
Object.assign(Reflect, { metadata, defineMetadata, getMetadata, getOwnMetadata });
