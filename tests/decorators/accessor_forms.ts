// `accessor` fields in every form: computed and private names, static, with
// and without decorators (the grammar needs a workaround for `static accessor`).
const key = "k";
function logged(v: any, ctx: any) { console.log('dec', ctx.kind, String(ctx.name), ctx.static); return v; }
class A {
  accessor [key] = 1;
  static accessor s = 2;
  @logged accessor #p = 3;
  @logged static accessor t = 4;
  get p() { return this.#p; }
}
const a = new A();
console.log(a, (a as any).k, A.s, a.p, (A as any).t);
(a as any).k = 5; A.s = 6;
console.log((a as any).k, A.s, Object.getOwnPropertyNames(A.prototype));
