// Parameter properties with defaults, inheritance, field initializers that
// read them, and the order tsc gives them under useDefineForClassFields.
let order: string[] = [];
const note = (s: string) => { order.push(s); return s; };

class Base {
  readonly created = note("Base.created");
  protected tag: string = note(`Base.tag(${this.kind})`);
  constructor(public readonly kind: string = "base", protected level = 1) {
    note("Base.ctor");
  }
  describe() { return `${this.kind}@${this.level}`; }
}

class Derived extends Base {
  extra = note(`Derived.extra(${this.name},${this.level})`);
  private cache?: string;
  constructor(public name: string, level?: number, private readonly secret = name.toUpperCase()) {
    note("Derived.before-super");
    super("derived", level ?? 5);
    note("Derived.after-super");
  }
  override describe() { return `${super.describe()}:${this.name}:${this.secret}`; }
  reveal() { return this.secret; }
}

class Leaf extends Derived {
  constructor(public leaf = true, ...rest: [string, number?]) {
    super(...rest);
  }
}

const d = new Derived("dan");
console.log(order); order = [];
console.log(d.describe(), d.reveal(), Object.keys(d));
const l = new Leaf(false, "lee", 9);
console.log(order); order = [];
console.log(l.describe(), Object.entries(l));
const l2 = new Leaf(undefined, "x");
console.log(l2.leaf, l2.describe());

class Opt {
  constructor(public a?: number, public b: number | null = null, private c = a ?? 7) {}
  sum() { return (this.a ?? 0) + (this.b ?? 0) + this.c; }
}
console.log(new Opt(), new Opt(1, 2), new Opt(1).sum(), new Opt(undefined, 3).sum());

class WithDestructure {
  constructor(public id: number, { x, y }: { x: number; y: number } = { x: 1, y: 2 }) {
    this.total = id + x + y;
  }
  total: number;
}
console.log(new WithDestructure(10), new WithDestructure(1, { x: 5, y: 5 }));
