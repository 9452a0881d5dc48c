var _a;
// fields_assigned.ts: useDefineForClassFields false (from the tsconfig
// this one extends): fields become constructor assignments after the
// parameter properties, static ones static blocks; declared-only fields
// vanish; subclass setters see the assignments.
class A {
    static { _a = "c" + 1; }
    static { this.s = 2; }
    #p;
    constructor(x) {
        this.x = x;
        this.a = 1;
        this[_a] = 3;
        this.#p = 4;
        console.log("ctor", this.a, this.#p);
    }
    peek() { return this.#p; }
}
class B extends A {
    constructor() {
        super(...arguments);
        this.y = this.x + 1;
    }
}
class C {
    constructor() {
        this.q = 5;
    }
}
const a = new A(9);
console.log(a, Object.keys(a), A.s, "t" in A, a.peek());
console.log(new B(1), new C());
class D {
    constructor(r = 1) {
        this.r = r;
        this.f = this.r + 1;
    }
    get g() { return 1; }
}
console.log(new D(), Object.keys(new D()));
class Base {
    set v(x) { console.log("setter", x); }
}
class Sub extends Base {
    constructor() {
        super(...arguments);
        this.v = 5;
    }
}
console.log(Object.keys(new Sub()));
