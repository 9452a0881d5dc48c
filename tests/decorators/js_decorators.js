// Decorators in a .js file have the TC39 semantics (node 20 cannot run
// them; the twin _js/js_decorators.js is tsc's ES2022 output for the same
// code as TypeScript).
function log(value, ctx) {
  console.log(ctx.kind, String(ctx.name), ctx.static, ctx.private);
  if (ctx.kind === "field") return (x) => x * 2;
  if (ctx.kind === "method")
    return function (...args) { return "[" + value.apply(this, args) + "]"; };
}
function tag(name) {
  return (cls, ctx) => {
    ctx.addInitializer(function () { console.log("tagged", this.name, name); });
  };
}
@log @tag("first")
class J {
  @log x = 2;
  @log static m() { return "static"; }
  @log #p() { return "private"; }
  @log hello(who) { return "hello " + who; }
  get p() { return this.#p(); }
}
const j = new J();
console.log(j.x, j.p, j.hello("js"), J.m(), J.name);
const Expr = @tag("expr") class {};
console.log(Expr.name);
