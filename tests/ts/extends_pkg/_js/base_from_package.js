// base_from_package.ts: the tsconfig extends a config from node_modules
// (an array of extends, as TypeScript 5 allows); its
// useDefineForClassFields false holds although the child sets the target.
class Base {
    set value(v) { console.log("setter saw", v); }
}
class Child extends Base {
    constructor(tag = "t") {
        super();
        this.tag = tag;
        this.value = 42;
    }
}
const c = new Child();
console.log(Object.keys(c), c.tag);
