"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// Abstract classes with abstract members, overloads on methods and
// constructors, optional methods, static members, protected access.
class Repository {
    items = new Map();
    save(arg) {
        if (Array.isArray(arg))
            return arg.map(i => this.save(i));
        if (!this.validate(arg))
            throw new Error(`invalid ${this.entity} ${arg.id}`);
        this.items.set(arg.id, arg);
        return arg;
    }
    count() { return this.size; }
    static describe(r) { return `${r.entity}:${r.count()}`; }
}
class ProductRepo extends Repository {
    entity = "product";
    validate(p) { return p.price >= 0 && p.name.length > 0; }
    get size() { return this.items.size; }
    optional() { console.log("optional called"); }
}
const repo = new ProductRepo();
console.log(repo.save({ id: 1, name: "pen", price: 2 }));
console.log(repo.save([{ id: 2, name: "ink", price: 5 }, { id: 3, name: "pad", price: 1 }]).length);
try {
    repo.save({ id: 4, name: "", price: 1 });
}
catch (e) {
    console.log(e.message);
}
console.log(Repository.describe(repo), repo.count());
repo.optional?.();
const r2 = Object.create(Repository.prototype);
console.log(typeof r2.optional, typeof r2.validate, Object.getOwnPropertyNames(Repository.prototype));
class Vec {
    x;
    y;
    constructor(x = 0, y) { this.x = x; this.y = y ?? x; }
    static from(a) {
        if (typeof a === "string") {
            const [x, y] = a.split(",").map(Number);
            return new Vec(x, y);
        }
        return new Vec(a.x, a.y);
    }
}
console.log(new Vec(), new Vec(3), new Vec(1, 2), Vec.from("4,5"), Vec.from({ x: 7, y: 8 }));
class Animal {
    name;
    constructor(name) {
        this.name = name;
    }
    speak() { return `${this.name} says ${this.sound()}`; }
}
class Dog extends Animal {
    sound() { return "woof"; }
}
class Puppy extends Dog {
    sound() { return super.sound().toUpperCase(); }
}
console.log([new Dog("rex"), new Puppy("bit")].map(a => a.speak()));
console.log(Object.getPrototypeOf(Puppy) === Dog, Puppy.name, Animal.length, Dog.length);
