// `declare` fields, fields without initializers, and what
// useDefineForClassFields (on by default at ES2022) makes of them.
class Base {
  name = "base";
  value: number = 1;
  constructor() {
    console.log("Base ctor sees", this.describe());
  }
  describe() { return `${this.name}/${this.value}`; }
}
class Shadowing extends Base {
  name!: string;            // redefined as undefined by [[Define]]
  declare value: number;    // no emit: keeps Base's 1
  extra?: string;
}
class Accessorish {
  get x() { return 1; }
}
class Overwrite extends Accessorish {
  declare x: number;
}
class FieldShadow extends Accessorish {
  // @ts-ignore
  x = 5;
}
const s = new Shadowing();
console.log(s.name, s.value, "extra" in s, Object.keys(s));
console.log(new Overwrite().x, new FieldShadow().x);
class Proto { greet() { return "proto"; } }
class Own extends Proto { greet!: () => string; }
const o = new Own();
console.log(Object.keys(o), typeof o.greet);
class Statics {
  static declare readonly tag: string;
  static plain: number;
}
console.log(Object.keys(Statics), "plain" in Statics, "tag" in Statics);
