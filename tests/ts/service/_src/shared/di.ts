// A small dependency-injection container and route table built on legacy
// decorators and the design:paramtypes metadata tsc emits.
import { defineMetadata, getMetadata } from './meta.js';

type Ctor<T = any> = new (...args: any[]) => T;

const injectables = new Set<Ctor>();
const tokens = new Map<Ctor, Map<number, string>>();

export function Injectable(): ClassDecorator {
  return (target) => { injectables.add(target as unknown as Ctor); };
}

export function Inject(token: string): ParameterDecorator {
  return (target, _key, index) => {
    const ctor = target as unknown as Ctor;
    if (!tokens.has(ctor)) tokens.set(ctor, new Map());
    tokens.get(ctor)!.set(index, token);
  };
}

export class Container {
  private singletons = new Map<Ctor | string, unknown>();
  private values = new Map<string, unknown>();
  readonly log: string[] = [];

  provide(token: string, value: unknown): this {
    this.values.set(token, value);
    return this;
  }

  use<T>(ctor: Ctor<T>, instance: T): this {
    this.singletons.set(ctor, instance);
    return this;
  }

  get<T>(ctor: Ctor<T>, path: string[] = []): T {
    if (this.singletons.has(ctor)) return this.singletons.get(ctor) as T;
    if (path.includes(ctor.name)) throw new Error(`cycle: ${[...path, ctor.name].join(' -> ')}`);
    if (!injectables.has(ctor)) throw new Error(`${ctor.name} is not @Injectable`);
    const types = getMetadata<Ctor[]>('design:paramtypes', ctor) ?? [];
    const named = tokens.get(ctor);
    const args = types.map((t, i) => {
      const token = named?.get(i);
      if (token !== undefined) {
        if (!this.values.has(token)) throw new Error(`no value for ${token}`);
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

export interface Route { method: string; path: string; handler: string | symbol; }

export function Controller(prefix: string): ClassDecorator {
  return (target) => defineMetadata('prefix', prefix, target);
}

function route(method: string) {
  return (path: string): MethodDecorator => (target, key) => {
    const routes = [...(getMetadata<Route[]>('routes', target.constructor) ?? [])];
    routes.push({ method, path, handler: key });
    defineMetadata('routes', routes, target.constructor);
  };
}
export const Get = route('GET');
export const Post = route('POST');

export function Logged(label?: string): MethodDecorator {
  return (target, key, desc: PropertyDescriptor) => {
    const inner = desc.value as (...a: unknown[]) => unknown;
    desc.value = function (this: unknown, ...args: unknown[]) {
      const ret = inner.apply(this, args);
      const tag = label ?? `${(target as object).constructor.name}.${String(key)}`;
      if (ret instanceof Promise) return ret.then((v) => { console.log(`  [log] ${tag} resolved`); return v; });
      console.log(`  [log] ${tag} returned ${JSON.stringify(ret)}`);
      return ret;
    };
  };
}

export function MinLength(n: number): PropertyDecorator {
  return (target, key) => {
    const rules = getMetadata<[string | symbol, number, string][]>('rules', target) ?? [];
    const type = getMetadata<Function>('design:type', target, key);
    defineMetadata('rules', [...rules, [key, n, type?.name ?? '?']], target);
  };
}

export function check(obj: object): string[] {
  const rules = getMetadata<[string, number, string][]>('rules', Object.getPrototypeOf(obj)) ?? [];
  return rules
    .filter(([k, n]) => String((obj as Record<string, unknown>)[k] ?? '').length < n)
    .map(([k, n, t]) => `${k}: ${t} shorter than ${n}`);
}
