// Mixins with constrained generic constructors, a typed event emitter,
// `this` parameters and `this` return types.
type Constructor<T = {}> = new (...args: any[]) => T;

function Timestamped<TBase extends Constructor>(Base: TBase) {
  return class Timestamped extends Base {
    stamps: number[] = [];
    stamp(t: number) { this.stamps.push(t); return this; }
  };
}

function Named<TBase extends Constructor<{ stamps?: number[] }>>(Base: TBase) {
  return class extends Base {
    name = "anon";
    rename(this: InstanceType<TBase> & { name: string }, n: string) { this.name = n; return this; }
  };
}

class Entity { constructor(public id = 0) {} }
const Mixed = Named(Timestamped(Entity));
const m = new Mixed(7).stamp(1).stamp(2);
m.rename("seven");
console.log(m, Mixed.name, Object.getPrototypeOf(Mixed).name, m instanceof Entity);

type Events = {
  login: [user: string, at: number];
  logout: [user: string];
  error: [err: Error];
};

class Emitter<E extends Record<string, unknown[]>> {
  private handlers: { [K in keyof E]?: Array<(...args: E[K]) => void> } = {};
  on<K extends keyof E>(ev: K, fn: (...args: E[K]) => void): this {
    (this.handlers[ev] ??= []).push(fn);
    return this;
  }
  emit<K extends keyof E>(ev: K, ...args: E[K]): number {
    const list = this.handlers[ev] ?? [];
    list.forEach(fn => fn(...args));
    return list.length;
  }
}

const em = new Emitter<Events>();
em.on("login", (u, at) => console.log(`login ${u} @${at}`))
  .on("logout", u => console.log(`logout ${u}`))
  .on("login", u => console.log(`second ${u}`));
console.log(em.emit("login", "ann", 5), em.emit("logout", "ann"), em.emit("error", new Error("x")));

function callWith(this: { base: number }, n: number) { return this.base + n; }
console.log(callWith.call({ base: 10 }, 5), callWith.length);

class Fluent {
  private parts: string[] = [];
  add(s: string): this { this.parts.push(s); return this; }
  toString() { return this.parts.join(" "); }
}
class Loud extends Fluent { shout(): this { return this.add("!"); } }
console.log(String(new Loud().add("hi").shout().add("there")));
