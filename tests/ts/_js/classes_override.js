"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// abstract/override, getters/setters, #private mixed with TS private,
// static blocks, class expressions, `this` types, index signatures.
class Shape {
    static #instances = 0;
    #label;
    hidden = 'h';
    constructor(label) { this.#label = label; Shape.#instances++; }
    get label() { return this.#label.toUpperCase(); }
    set label(v) { this.#label = v.trim(); }
    describe() { return `${this.label}:${this.sides}:${this.area().toFixed(2)}`; }
    static get instances() { return Shape.#instances; }
    static { console.log('Shape ready'); }
    has(o) { return #label in o; }
}
class Square extends Shape {
    size;
    sides = 4;
    constructor(size) {
        super('square');
        this.size = size;
    }
    area() { return this.size ** 2; }
}
class Circle extends Shape {
    sides = 0;
    r = 1;
    constructor(r) { super(' circle '); if (r)
        this.r = r; }
    area() { return Math.PI * this.r ** 2; }
    describe() { return 'round ' + super.describe(); }
}
const Named = class Tri extends Shape {
    sides = 3;
    area() { return 0.5; }
    who() { return Tri.name; }
};
class Bag {
    get(k) { return this[k]; }
}
const shapes = [new Square(3), new Circle(2), new Named('tri')];
for (const s of shapes)
    console.log(s.describe(), Object.keys(s));
const c = new Circle();
c.label = '  disc  ';
console.log(c.label, Shape.instances, new Named('x').who(), c.has(c), c.has({}));
const bag = new Bag();
bag['x'] = 5;
console.log(bag.get('x'), JSON.stringify(bag));
