// Legacy decorators without metadata and with useDefineForClassFields off:
// property, accessor, method, parameter and class decorators, their order,
// descriptors, and a class decorator that returns a subclass.
const order: string[] = [];

function prop(tag: string): PropertyDecorator {
  order.push(`factory prop ${tag}`);
  return (target, key) => {
    order.push(`prop ${tag} ${String(key)} on ${typeof target === "function" ? "ctor" : "proto"}`);
    const store = new WeakMap<object, unknown>();
    Object.defineProperty(target, key, {
      get(this: object) { return store.has(this) ? store.get(this) : `<${tag}>`; },
      set(this: object, v: unknown) { store.set(this, typeof v === "string" ? v.trim() : v); },
      configurable: true,
      enumerable: true,
    });
  };
}

function readonlyMethod(target: object, key: string | symbol, desc: PropertyDescriptor) {
  order.push(`method ${String(key)} writable=${desc.writable} enumerable=${desc.enumerable}`);
  desc.writable = false;
}

function memo(target: object, key: string | symbol, desc: PropertyDescriptor): PropertyDescriptor {
  order.push(`memo ${String(key)} get=${typeof desc.get} set=${typeof desc.set}`);
  const get = desc.get!;
  const cache = new WeakMap<object, unknown>();
  return {
    ...desc,
    get(this: object) {
      if (!cache.has(this)) cache.set(this, get.call(this));
      return cache.get(this);
    },
  };
}

function param(target: object, key: string | symbol | undefined, index: number) {
  order.push(`param ${String(key)}[${index}] ${typeof target === "function" ? (target as Function).name : "proto"}`);
}

function withVersion<T extends new (...a: any[]) => {}>(C: T) {
  order.push(`class ${C.name}`);
  return class extends C { version = 2; };
}

function seal(C: Function) { order.push(`seal ${C.name}`); Object.seal(C.prototype); }

@seal
@withVersion
class Profile {
  @prop("n") name: string = "  default  ";
  @prop("s") static kind: string;
  computed = 0;
  other!: number;

  constructor(@param public id: number, @param name?: string) {
    if (name !== undefined) this.name = name;
  }

  @readonlyMethod
  greet(@param greeting = "hi") { return `${greeting} ${this.name}`; }

  @memo
  get expensive() { return ++this.computed; }

  @readonlyMethod
  static create(@param id: number) { return new Profile(id); }
}

const p = new Profile(1, "  ann ");
const q = Profile.create(2);
console.log(order.join("\n"));
console.log(p.greet(), q.greet("yo"), p.expensive, p.expensive, q.expensive, p.computed);
console.log(Object.keys(p), (p as any).version, Profile.kind, Object.isSealed(Profile.prototype));
try { (p as any).greet = () => "x"; console.log("assigned?", p.greet()); } catch (e) { console.log(String(e)); }
console.log(Object.getOwnPropertyNames(Profile.prototype), Object.getPrototypeOf(Profile).name);
