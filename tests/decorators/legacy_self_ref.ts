// experimentalDecorators: a decorated class's own references see the class while
// its static fields initialise, and the decorated class afterwards.
function d(c: any) { console.log("deco", c.name, typeof c.inst); }
@d class S {
  static inst = new S();
  static tag = S.name;
  who() { return S; }
}
console.log(S.inst instanceof S, S.tag, new S().who() === S);
function wrap(c: any): any { return class extends c { wrapped = true; }; }
@wrap export class W {
  static count = 0;
  static create() { W.count++; return new W(); }
}
console.log((W.create() as any).wrapped, W.count);
