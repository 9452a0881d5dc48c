// class_basic.js: class declarations, constructors, methods, expressions.
class Rect {
  constructor(w, h) {
    this.w = w;
    this.h = h;
  }
  area() { return this.w * this.h; }
  scale(f) { return new Rect(this.w * f, this.h * f); }
  toString() { return `Rect(${this.w}x${this.h})`; }
}
const r = new Rect(2, 3);
console.log(r.area(), r.scale(2).area(), `${r}`, String(r.scale(3)));
console.log(typeof Rect, r instanceof Rect, r.constructor.name);
console.log(Object.keys(r), Object.getOwnPropertyNames(Rect.prototype));
console.log(r);
const Anon = class {
  hi() { return "hi"; }
};
console.log(new Anon().hi(), Anon.name);
const Named = class Inner {
  who() { return Inner.name; }
};
console.log(new Named().who());
class Empty {}
console.log(new Empty(), typeof new Empty());
try {
  Rect(1, 2);
} catch (e) {
  console.log(e.name);
}
const m = "dynamicMethod";
class Computed {
  [m]() { return "computed name"; }
}
console.log(new Computed().dynamicMethod());
