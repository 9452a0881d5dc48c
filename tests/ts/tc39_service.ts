// TC39 decorators as a service author writes them: logging methods,
// validated fields, bound methods, a registering class decorator,
// accessor decorators and addInitializer, with context metadata.
const registry: string[] = [];
const trace: string[] = [];

function injectable<T extends abstract new (...a: any) => any>(value: T, ctx: ClassDecoratorContext<T>) {
  ctx.addInitializer(function () { registry.push(`${String(ctx.name)} ready`); });
  registry.push(`decorating ${String(ctx.name)}`);
}

function logged<This, A extends any[], R>(target: (this: This, ...a: A) => R, ctx: ClassMethodDecoratorContext<This, (this: This, ...a: A) => R>) {
  const name = String(ctx.name);
  return function (this: This, ...args: A): R {
    trace.push(`> ${name}(${args.join(",")})`);
    const r = target.call(this, ...args);
    trace.push(`< ${name} = ${r}`);
    return r;
  };
}

function bound<This, F extends (this: This, ...a: any[]) => any>(target: F, ctx: ClassMethodDecoratorContext<This, F>) {
  ctx.addInitializer(function (this: This) {
    (this as any)[ctx.name] = (target as any).bind(this);
  });
}

function min(n: number) {
  return function <This>(_: undefined, ctx: ClassFieldDecoratorContext<This, number>) {
    return (v: number) => {
      if (v < n) throw new RangeError(`${String(ctx.name)} must be >= ${n}, got ${v}`);
      return v;
    };
  };
}

function clamp(lo: number, hi: number) {
  return function <This>(t: ClassAccessorDecoratorTarget<This, number>, ctx: ClassAccessorDecoratorContext<This, number>): ClassAccessorDecoratorResult<This, number> {
    return {
      get() { return t.get.call(this); },
      set(v) { t.set.call(this, Math.min(hi, Math.max(lo, v))); },
      init(v) { return Math.min(hi, Math.max(lo, v)); },
    };
  };
}

function kind(k: string) {
  return (_: unknown, ctx: DecoratorContext) => {
    trace.push(`${ctx.kind}:${String(ctx.name)}:${ctx.kind === "class" ? "-" : (ctx as any).static + "/" + (ctx as any).private}`);
  };
}

@injectable
@kind("svc")
class PriceService {
  @min(0) base = 10;
  @clamp(0, 100) accessor discount = 150;
  @kind("s") static version = 2;
  @kind("p") #secret = 1;

  @logged
  price(qty: number) { return qty * this.base * (1 - this.discount / 100); }

  @bound
  describe() { return `base=${this.base} discount=${this.discount}`; }

  @kind("g") get secret() { return this.#secret; }
  @kind("sm") static create() { return new PriceService(); }
}

const svc = PriceService.create();
console.log(svc.discount, svc.price(2));
svc.discount = 25;
console.log(svc.price(4));
const { describe } = svc;
console.log(describe());
try {
  class Bad { @min(5) n = 1; }
  new Bad();
} catch (e) { console.log(String(e)); }
console.log(registry);
console.log(trace);
console.log(PriceService.name, Object.keys(svc));
