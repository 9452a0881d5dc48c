// TC39: a class's own references in static initializers and methods,
// with and without class decorators.
function d(c: any, ctx: any) { console.log("deco", c.name, typeof c.inst); }
@d class S {
  static inst = new S();
  static tag = S.name;
  who() { return S; }
}
console.log(S.inst instanceof S, S.tag, new S().who() === S);
class T {
  @d static m() {}
  static inst = new T();
  who() { return T; }
}
console.log(T.inst instanceof T, new T().who() === T);
