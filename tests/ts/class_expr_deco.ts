// TC39 decorators (no experimentalDecorators) on class expressions,
// methods, fields and accessors, with addInitializer.
function logged<T extends (...a: any[]) => any>(fn: T, ctx: ClassMethodDecoratorContext) {
  return function (this: unknown, ...args: any[]) {
    console.log(`call ${String(ctx.name)}(${args.join(',')})`);
    return fn.apply(this, args);
  };
}
function double(_: undefined, ctx: ClassFieldDecoratorContext) {
  return (v: number) => { console.log('init', String(ctx.name), v); return v * 2; };
}
function tracked<T>(t: ClassAccessorDecoratorTarget<unknown, T>, ctx: ClassAccessorDecoratorContext) {
  return { set(this: unknown, v: T) { console.log('set', String(ctx.name), v); t.set.call(this, v); }, get(this: unknown) { return t.get.call(this); } };
}
function register(cls: any, ctx: ClassDecoratorContext) {
  ctx.addInitializer(function () { console.log('registered', ctx.name); });
  return cls;
}

const Counter = @register class {
  @double count = 5;
  @tracked accessor step = 1;
  @logged add(n: number) { this.count += n * this.step; return this.count; }
};
const c = new Counter();
c.step = 3;
console.log(c.add(2), c.count, Counter.name);
