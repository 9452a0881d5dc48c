// The `accessor` keyword without decorators: instance, static, private,
// with initializers, inheritance and reflection.
class Counter {
  accessor count = 0;
  static accessor created = 0;
  accessor label: string;
  #hidden = 1;
  accessor #secret = "s";
  constructor(label = "c") {
    this.label = label;
    Counter.created++;
  }
  bump() { this.count++; this.#secret += "!"; return this; }
  get secret() { return this.#secret; }
}
class Sub extends Counter {
  accessor extra = this.count + 10;
}
const a = new Counter("a").bump().bump();
const s = new Sub();
console.log(a.count, a.label, a.secret, Counter.created, s.extra, s.count);
console.log(Object.keys(a), Object.getOwnPropertyNames(Counter.prototype));
const d = Object.getOwnPropertyDescriptor(Counter.prototype, "count")!;
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
console.log(Object.getOwnPropertyNames(Counter).sort());
console.log(JSON.stringify(a), "count" in a, a.hasOwnProperty("count"));
