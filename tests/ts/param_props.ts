// param_props.ts: parameter properties with every modifier, defaults and
// optional parameters, ordered as tsc (useDefineForClassFields, ES2022)
// emits them: declared as fields first, assigned at the top of the
// constructor, so field initializers reading them see undefined.
class User {
  created = Date.length;
  seen = this.name;
  constructor(public name: string, private age = 30, protected readonly role?: string,
              readonly id: number = 7, plain = "p") {
    console.log("ctor", plain, this.seen);
  }
  get info() { return `${this.name}/${this.age}/${this.role}/${this.id}`; }
}
const u = new User("ann");
console.log(u, Object.keys(u), u.info);
console.log(new User("bob", 41, "admin", 1));
class Empty { constructor(public a?: number) {} }
console.log(new Empty(), Object.keys(new Empty()));
class WithOverride { constructor(override: number, public override2 = override) {} }
console.log(new WithOverride(3));
