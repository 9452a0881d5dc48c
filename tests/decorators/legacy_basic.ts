// TypeScript experimentalDecorators: class, method, accessor, property
// and parameter decorators, in tsc's order (instance members, static
// members, then the class; each list last to first).
function trace(tag: string): any {
  console.log("evaluate", tag);
  return function (target: any, key?: any, desc?: any) {
    const where = typeof target === "function" ? "ctor " + target.name : "proto";
    console.log("apply", tag, where, String(key), desc === undefined ? "no-desc" : Object.keys(desc).join("/"));
  };
}
function param(tag: string) {
  return function (target: any, key: any, index: number) {
    console.log("param", tag, String(key), index);
  };
}
@trace("class1")
@trace("class2")
class Service {
  @trace("prop") name = "svc";
  @trace("static prop") static instances = 0;
  constructor(@param("ctor0") a: number, @param("ctor1") @trace("ctor1b") b?: string) {
    Service.instances++;
  }
  @trace("method") run(@param("run0") x: number, @param("run1") y: number) { return x + y; }
  @trace("getter") get value() { return 1; }
  @trace("static method") static create() { return new Service(1); }
  @trace("computed") [Symbol.for("k")]() {}
}
console.log(Service.create().run(1, 2), Service.instances);

function readonly(target: any, key: string, desc: PropertyDescriptor) {
  desc.writable = false;
  return desc;
}
function enumerable(target: any, key: string, desc: PropertyDescriptor) {
  return { ...desc, enumerable: true };
}
function log(target: any, key: string, desc: PropertyDescriptor) {
  const orig = desc.value;
  desc.value = function (this: any, ...args: any[]) {
    console.log("call", key, JSON.stringify(args));
    return orig.apply(this, args);
  };
}
class Calc {
  @log add(a: number, b: number) { return a + b; }
  @readonly pi() { return 3.14; }
  @enumerable get twice() { return 2; }
}
const c = new Calc();
console.log(c.add(2, 3));
try { (c as any).__proto__.pi = null; } catch (e: any) { console.log(e.constructor.name); }
console.log(typeof Calc.prototype.pi, Object.keys(Calc.prototype).join(","));

function replaceClass<T extends { new (...a: any[]): {} }>(ctor: T) {
  return class extends ctor { added = "yes"; };
}
@replaceClass
export class Model {
  static self() { return Model; }
}
console.log((new Model() as any).added, Model.self() === Model, Model.name);

function withDefault(target: any, key: string) {
  Object.defineProperty(target, key, { value: "from decorator", writable: true, configurable: true });
}
class Props {
  @withDefault label!: string;
}
console.log(new Props().label, Object.keys(new Props()).length);
