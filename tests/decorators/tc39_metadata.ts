// TC39 decorator metadata: node 20 has no Symbol.metadata, so tsc's
// output only creates metadata once the program defines it.
function meta(value: any, ctx: any) {
  console.log(String(ctx.name), "metadata", typeof ctx.metadata);
  if (ctx.metadata) ctx.metadata[ctx.name] = ctx.kind;
}
class Before {
  @meta x = 1;
}
console.log(typeof (Symbol as any).metadata, (Before as any)[(Symbol as any).metadata]);

(Symbol as any).metadata ??= Symbol("Symbol.metadata");
@meta
class Parent {
  @meta m() {}
  @meta static s = 1;
}
@meta
class Child extends Parent {
  @meta n = 2;
}
class Plain {}
const M = (Symbol as any).metadata;
const pm = (Parent as any)[M], cm = (Child as any)[M];
console.log(JSON.stringify(pm), Object.getPrototypeOf(pm));
console.log(JSON.stringify(cm), Object.getPrototypeOf(cm) === pm, cm.m);
console.log((Plain as any)[M]);
const d = Object.getOwnPropertyDescriptor(Parent, M)!;
console.log(d.enumerable, d.configurable, d.writable);
