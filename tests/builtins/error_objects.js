// error_objects.js: Error properties, toString and built-in error messages.
const e = new Error("msg");
console.log(e.name, e.message, String(e), e instanceof Error, Object.keys(e));
console.log(Object.prototype.toString.call(e), e.hasOwnProperty("message"));
const t = new TypeError("bad type");
console.log(t.name, t.toString(), t instanceof Error, TypeError.prototype.name);
function msg(f) {
  try {
    f();
  } catch (err) {
    return err.name + ": " + err.message;
  }
  return "no error";
}
const u = undefined, n = null, o = {};
console.log(msg(() => u.prop));
console.log(msg(() => n.prop));
console.log(msg(() => o.nope()));
console.log(msg(() => o.a.b));
console.log(msg(() => undefinedVariable));
console.log(msg(() => new Array(-1)));
console.log(msg(() => (1).toFixed(101)));
console.log(msg(() => null[0]));
console.log(msg(() => u()));
console.log(msg(() => { const c = 1; c = 2; }));
console.log(msg(() => "abc".repeat(-1)));
console.log(msg(() => new (() => {})()));
console.log(msg(() => ({}).x.y.z));
