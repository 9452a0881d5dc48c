// A tiny stand-in for reflect-metadata: enough of Reflect.metadata /
// getMetadata for tsc's __metadata helper and the decorators below.
const store = new WeakMap<object, Map<string | symbol, Map<string, unknown>>>();

function bucket(target: object, key: string | symbol | undefined, create: boolean) {
  let byKey = store.get(target);
  if (!byKey) {
    if (!create) return undefined;
    store.set(target, (byKey = new Map()));
  }
  const k = key ?? '<class>';
  let m = byKey.get(k);
  if (!m && create) byKey.set(k, (m = new Map()));
  return m;
}

export function defineMetadata(name: string, value: unknown, target: object, key?: string | symbol): void {
  bucket(target, key, true)!.set(name, value);
}

export function getMetadata<T = unknown>(name: string, target: object, key?: string | symbol): T | undefined {
  for (let t: object | null = target; t; t = Object.getPrototypeOf(t)) {
    const m = bucket(t, key, false);
    if (m?.has(name)) return m.get(name) as T;
  }
  return undefined;
}

declare global {
  namespace Reflect {
    function metadata(name: string, value: unknown): (target: object, key?: string | symbol) => void;
  }
}

(Reflect as any).metadata = (name: string, value: unknown) =>
  (target: object, key?: string | symbol) => defineMetadata(name, value, target, key);
