// experimentalDecorators with a Reflect.decorate (as reflect-metadata
// installs): tsc's helper hands every decoration to it.
(Reflect as any).decorate = function (decorators: any[], target: any, key?: any, desc?: any) {
  console.log("Reflect.decorate", decorators.length, typeof target, String(key), desc === undefined ? "undefined" : desc === null ? "null" : typeof desc);
  console.log("arguments", arguments.length);
  let r = key === undefined ? target : desc;
  for (let i = decorators.length - 1; i >= 0; i--) {
    const d = decorators[i];
    r = (key === undefined ? d(r) : d(target, key, r)) || r;
  }
  return r;
};
function d(...args: any[]) { console.log("d", args.length); }
@d
export default class Entity {
  @d id = 1;
  @d save() {}
  @d static find() {}
}
console.log(typeof Entity, new Entity().id);
