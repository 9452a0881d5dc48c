// base_from_package.ts: the tsconfig extends a config from node_modules
// (an array of extends, as TypeScript 5 allows); its
// useDefineForClassFields false holds although the child sets the target.
class Base { set value(v: number) { console.log("setter saw", v); } }
class Child extends Base { value = 42; constructor(public tag = "t") { super(); } }
const c = new Child();
console.log(Object.keys(c), c.tag);
