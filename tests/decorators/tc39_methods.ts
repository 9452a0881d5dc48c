// TC39 decorators on methods, getters, setters (public, static, private):
// context objects, replacement, addInitializer, decorator expressions.
function show(value: any, ctx: any) {
  console.log(ctx.kind, String(ctx.name), "static", ctx.static, "private", ctx.private,
    "keys", Object.keys(ctx).join(","), "access", Object.keys(ctx.access).join(","),
    typeof value, value && value.name);
}
function loud(value: Function, ctx: ClassMethodDecoratorContext) {
  return function (this: any, ...args: any[]) {
    console.log("calling", String(ctx.name), args.join(","));
    return (value as any).apply(this, args).toUpperCase();
  };
}
const ns = { deep: { dec: show } };
function times(n: number) {
  return (value: any, ctx: ClassMethodDecoratorContext) =>
    function (this: any, x: number) { return value.call(this, x) * n; };
}
function bound(value: any, ctx: ClassMethodDecoratorContext) {
  ctx.addInitializer(function (this: any) {
    this[ctx.name] = this[ctx.name].bind(this);
  });
}
class Greeter {
  name = "kiln";
  @show @loud greet(who: string) { return "hello " + who + " from " + this.name; }
  @times(3) triple(x: number) { return x; }
  @ns.deep.dec static make() { return new Greeter(); }
  @(show) get size() { return 42; }
  @show set size(v: number) { console.log("set size", v); }
  @bound who() { return this.name; }
  @show #secret() { return "s" + this.name; }
  @show static get #count() { return 7; }
  reveal() { return this.#secret() + Greeter.#count; }
  static hasSecret(o: object) { return #secret in o; }
}
const g = new Greeter();
console.log((g as any).greet("you", "extra"));
console.log(g.triple(5));
console.log(Greeter.make() instanceof Greeter);
console.log(g.size);
g.size = 3;
const who = g.who;
console.log(who());
console.log(g.reveal(), Greeter.hasSecret(g), Greeter.hasSecret({}));
console.log(Object.getOwnPropertyNames(Greeter.prototype).join(","));

// access objects read and write through the element
let access: any;
function grab(value: any, ctx: any) { access = ctx.access; }
class Box {
  @grab #v = 10;
  static peek(b: Box) { return access.get(b); }
}
const box = new Box();
console.log(Box.peek(box), access.has(box), access.has({}));
access.set(box, 11);
console.log(Box.peek(box));
