// getters_setters.js: accessor properties on object literals.
const temp = {
  celsius: 20,
  get fahrenheit() { return this.celsius * 9 / 5 + 32; },
  set fahrenheit(f) { this.celsius = (f - 32) * 5 / 9; },
};
console.log(temp.fahrenheit);
temp.fahrenheit = 212;
console.log(temp.celsius, temp.fahrenheit);
const log = [];
const obj = {
  _v: 1,
  get v() { log.push("get"); return this._v; },
  set v(x) { log.push("set " + x); this._v = x; },
};
obj.v = obj.v + 1;
obj.v += 5;
console.log(obj._v, log);
const readOnly = { get k() { return "k"; } };
readOnly.k = "changed";
console.log(readOnly.k);
const child = Object.create(temp);
child.celsius = 0;
console.log(child.fahrenheit);
console.log(Object.keys(temp));
const desc = Object.getOwnPropertyDescriptor(temp, "fahrenheit");
console.log(typeof desc.get, typeof desc.set, desc.enumerable, "value" in desc);
