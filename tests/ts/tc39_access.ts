// TC39 decorator contexts in detail: access objects for public, private
// and static members, private methods, metadata, initializer order.
const events: string[] = [];
const accessors: Record<string, any> = {};

function expose(value: unknown, ctx: ClassMemberDecoratorContext) {
  const key = `${ctx.static ? "static " : ""}${ctx.private ? "private " : ""}${ctx.kind} ${String(ctx.name)}`;
  accessors[key] = ctx.access;
  events.push(`decorate ${key} has=${"has" in ctx.access} get=${"get" in ctx.access} set=${"set" in ctx.access}`);
  ctx.addInitializer(function (this: unknown) {
    events.push(`init ${key} on ${typeof this === "function" ? "ctor" : "instance"}`);
  });
}

function addOne(_: undefined, ctx: ClassFieldDecoratorContext) {
  events.push(`field ${String(ctx.name)}`);
  return (v: number) => v + 1;
}

class Vault {
  @expose @addOne count = 1;
  @expose #pin = 1234;
  @expose static label = "vault";
  @expose #check(n: number) { return n === this.#pin; }
  @expose get open() { return this.#check(1234); }
  @expose static #made = 0;
  @expose accessor level = 5;
  constructor() { events.push("constructor body"); }
  static make() { Vault.#made++; return new Vault(); }
}

const v = Vault.make();
console.log(events.join("\n"));
console.log(v.count, v.open, v.level);
const get = (k: string, o: unknown) => accessors[k].get(o);
console.log(get("field count", v), get("private field #pin", v), get("static field label", Vault));
console.log(get("private method #check", v).call(v, 1234), get("getter open", v), get("static private field #made", Vault));
accessors["private field #pin"].set(v, 1);
accessors["accessor level"].set(v, 9);
console.log(v.open, v.level, accessors["private field #pin"].has(v), accessors["private field #pin"].has({}));
try { get("private field #pin", {}); } catch (e) { console.log((e as Error).constructor.name); }
