// Abstract classes with abstract members, overloads on methods and
// constructors, optional methods, static members, protected access.
abstract class Repository<T extends { id: number }> {
  protected items = new Map<number, T>();
  abstract readonly entity: string;
  abstract validate(item: T): boolean;
  protected abstract get size(): number;
  optional?(): void;

  save(item: T): T;
  save(items: T[]): T[];
  save(arg: T | T[]): T | T[] {
    if (Array.isArray(arg)) return arg.map(i => this.save(i));
    if (!this.validate(arg)) throw new Error(`invalid ${this.entity} ${arg.id}`);
    this.items.set(arg.id, arg);
    return arg;
  }
  count() { return this.size; }
  static describe(r: Repository<any>) { return `${r.entity}:${r.count()}`; }
}

interface Product { id: number; name: string; price: number }

class ProductRepo extends Repository<Product> {
  readonly entity = "product";
  validate(p: Product) { return p.price >= 0 && p.name.length > 0; }
  protected get size() { return this.items.size; }
  optional() { console.log("optional called"); }
}

const repo = new ProductRepo();
console.log(repo.save({ id: 1, name: "pen", price: 2 }));
console.log(repo.save([{ id: 2, name: "ink", price: 5 }, { id: 3, name: "pad", price: 1 }]).length);
try { repo.save({ id: 4, name: "", price: 1 }); } catch (e) { console.log((e as Error).message); }
console.log(Repository.describe(repo), repo.count());
repo.optional?.();
const r2 = Object.create(Repository.prototype) as Repository<any>;
console.log(typeof r2.optional, typeof r2.validate, Object.getOwnPropertyNames(Repository.prototype));

class Vec {
  x: number; y: number;
  constructor();
  constructor(xy: number);
  constructor(x: number, y: number);
  constructor(x = 0, y?: number) { this.x = x; this.y = y ?? x; }
  static from(v: { x: number; y: number }): Vec;
  static from(s: string): Vec;
  static from(a: any): Vec {
    if (typeof a === "string") { const [x, y] = a.split(",").map(Number); return new Vec(x, y); }
    return new Vec(a.x, a.y);
  }
}
console.log(new Vec(), new Vec(3), new Vec(1, 2), Vec.from("4,5"), Vec.from({ x: 7, y: 8 }));

abstract class Animal {
  constructor(protected readonly name: string) {}
  abstract sound(): string;
  speak() { return `${this.name} says ${this.sound()}`; }
}
class Dog extends Animal { sound() { return "woof"; } }
class Puppy extends Dog { override sound() { return super.sound().toUpperCase(); } }
console.log([new Dog("rex"), new Puppy("bit")].map(a => a.speak()));
console.log(Object.getPrototypeOf(Puppy) === Dog, Puppy.name, Animal.length, Dog.length);
