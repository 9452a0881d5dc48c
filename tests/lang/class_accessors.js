// class_accessors.js: getters and setters on classes, instance and static.
class Temperature {
  constructor(c) { this._c = c; }
  get fahrenheit() { return this._c * 1.8 + 32; }
  set fahrenheit(f) { this._c = (f - 32) / 1.8; }
  get celsius() { return this._c; }
  static get unit() { return "degrees"; }
}
const t = new Temperature(100);
console.log(t.fahrenheit, t.celsius);
t.fahrenheit = 32;
console.log(t.celsius, Temperature.unit);
console.log(Object.keys(t), "fahrenheit" in t, t.hasOwnProperty("fahrenheit"));
class Validated {
  constructor() { this._value = 0; }
  get value() { return this._value; }
  set value(v) {
    if (typeof v !== "number") throw new TypeError("value must be a number");
    this._value = v;
  }
}
const v = new Validated();
v.value = 42;
console.log(v.value);
try {
  v.value = "nope";
} catch (e) {
  console.log(e.name + ": " + e.message, v.value);
}
class Base { get kind() { return "base"; } }
class Derived extends Base { get kind() { return "derived<" + super.kind + ">"; } }
console.log(new Derived().kind);
