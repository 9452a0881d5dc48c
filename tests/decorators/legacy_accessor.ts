// experimentalDecorators on `accessor` fields: tsc decorates the getter/setter
// pair it generates.
function d(t: any, k: any, desc: any) { console.log("d", String(k), desc && Object.keys(desc).join(",")); }
function wrap(t: any, k: any, desc: any) {
  const get = desc.get;
  return { ...desc, get(this: any) { return "wrapped " + get.call(this); } };
}
class L {
  @d accessor x = 1;
  @wrap accessor w: string = "w";
  accessor plain = 3;
}
const l = new L();
l.x = 5;
console.log(l.x, l.w, l.plain);
