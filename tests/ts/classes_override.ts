// abstract/override, getters/setters, #private mixed with TS private,
// static blocks, class expressions, `this` types, index signatures.
abstract class Shape {
  static #instances = 0;
  protected abstract readonly sides: number;
  #label: string;
  private hidden = 'h';
  constructor(label: string) { this.#label = label; Shape.#instances++; }
  abstract area(): number;
  get label(): string { return this.#label.toUpperCase(); }
  set label(v: string) { this.#label = v.trim(); }
  describe(this: Shape): string { return `${this.label}:${this.sides}:${this.area().toFixed(2)}`; }
  static get instances() { return Shape.#instances; }
  static { console.log('Shape ready'); }
  has(o: object) { return #label in o; }
}

class Square extends Shape {
  protected readonly sides = 4;
  constructor(private size: number) { super('square'); }
  override area() { return this.size ** 2; }
}

class Circle extends Shape {
  protected override readonly sides: number = 0;
  r = 1;
  constructor(r?: number) { super(' circle '); if (r) this.r = r; }
  area(): number { return Math.PI * this.r ** 2; }
  override describe(): string { return 'round ' + super.describe(); }
}

const Named = class Tri extends Shape {
  sides = 3;
  area() { return 0.5; }
  who() { return Tri.name; }
};

class Bag { [key: string]: number | ((k: string) => number); get(k: string) { return this[k] as number; } }

const shapes: Shape[] = [new Square(3), new Circle(2), new Named('tri')];
for (const s of shapes) console.log(s.describe(), Object.keys(s));
const c = new Circle();
c.label = '  disc  ';
console.log(c.label, Shape.instances, new Named('x').who(), c.has(c), c.has({}));
const bag = new Bag();
bag['x'] = 5;
console.log(bag.get('x'), JSON.stringify(bag));
