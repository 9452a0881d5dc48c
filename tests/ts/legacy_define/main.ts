// Legacy decorators with define semantics for fields (target ES2022, so
// useDefineForClassFields defaults to true): a property decorator's
// accessor on the prototype is shadowed by the own field, as under tsc.
const meta: string[] = [];
(Reflect as any).metadata = (k: string, v: any) => (t: any, key?: string) => {
  meta.push(`${key ?? t.name}:${k}=${Array.isArray(v) ? v.map((f: any) => f?.name ?? String(f)).join("|") : v?.name ?? String(v)}`);
};
function upper(target: any, key: string) {
  Object.defineProperty(target, key, {
    get() { return this[`_${key}`]; },
    set(v: string) { this[`_${key}`] = v.toUpperCase(); },
    configurable: true,
  });
}
function Entity(name: string) { return (c: Function) => { (c as any).table = name; }; }
enum Role { Admin = "admin", User = "user" }
type Maybe<T> = T | null;
@Entity("people")
class Person {
  @upper name: string = "ann";
  @upper declare nick: string;
  @upper role: Role = Role.User;
  @upper tags: string[] = [];
  @upper maybe: Maybe<string> = null;
  @upper when?: Date;
  @upper id: bigint = 1n;
  @upper fn: () => void = () => {};
  @upper union: string | number = 1;
  constructor(public age: number, private nickname?: string) {
    this.nick = nickname ?? "none";
  }
}
const p = new Person(30, "al");
console.log(p.name, p.nick, Object.keys(p), (Person as any).table);
console.log(meta.join("\n"));
