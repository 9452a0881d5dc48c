// A tiny stand-in for reflect-metadata: installs Reflect.metadata,
// Reflect.defineMetadata and Reflect.getMetadata (walking prototypes).
const store = new WeakMap<object, Map<string | symbol | undefined, Map<unknown, unknown>>>();

function table(target: object, key: string | symbol | undefined, create: boolean) {
  let byKey = store.get(target);
  if (!byKey) { if (!create) return undefined; byKey = new Map(); store.set(target, byKey); }
  let t = byKey.get(key);
  if (!t) { if (!create) return undefined; t = new Map(); byKey.set(key, t); }
  return t;
}

export function defineMetadata(k: unknown, v: unknown, target: object, key?: string | symbol): void {
  table(target, key, true)!.set(k, v);
}

export function getOwnMetadata<T = unknown>(k: unknown, target: object, key?: string | symbol): T | undefined {
  return table(target, key, false)?.get(k) as T | undefined;
}

export function getMetadata<T = unknown>(k: unknown, target: object, key?: string | symbol): T | undefined {
  for (let t: object | null = target; t; t = Object.getPrototypeOf(t)) {
    const m = table(t, key, false);
    if (m?.has(k)) return m.get(k) as T;
  }
  return undefined;
}

export function metadata(k: unknown, v: unknown) {
  return (target: object, key?: string | symbol) => defineMetadata(k, v, target, key);
}

Object.assign(Reflect, { metadata, defineMetadata, getMetadata, getOwnMetadata });
