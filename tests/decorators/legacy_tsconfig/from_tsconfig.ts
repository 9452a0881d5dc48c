// experimentalDecorators comes from tsconfig.json beside this file.
function dec(target: any, key: string, desc: PropertyDescriptor) {
  console.log('legacy method decorator', typeof target, key, typeof desc.value);
}
function cls<T extends Function>(c: T) { console.log('legacy class decorator', c.name); }
@cls
class A { @dec m() { return 1; } }
console.log(new A().m());
