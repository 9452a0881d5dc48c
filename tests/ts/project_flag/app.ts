// Options from a tsconfig named by --project: legacy decorators and
// assigned (not defined) class fields.
const calls: string[] = [];
function log(target: any, key: string, desc: PropertyDescriptor) {
  const f = desc.value;
  desc.value = function (this: unknown, ...a: unknown[]) { calls.push(`${key}(${a.join()})`); return f.apply(this, a); };
}
class Base { set value(v: number) { calls.push(`set value ${v}`); } get value() { return 42; } }
class Item extends Base {
  // @ts-ignore
  value = 7;
  @log add(n: number) { return this.value + n; }
}
const it = new Item();
console.log(it.add(1), Object.keys(it), calls);
