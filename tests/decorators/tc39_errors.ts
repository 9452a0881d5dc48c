// TC39 decorators: TypeErrors for bad return values and misuse of
// addInitializer.
function attempt(what: string, f: () => void) {
  try {
    f();
    console.log(what, "ok");
  } catch (e: any) {
    console.log(what, e.constructor.name, e.message);
  }
}
const retNumber = (v: any, c: any) => 1 as any;
const retObject = (v: any, c: any) => ({}) as any;
const retNull = (v: any, c: any) => null as any;
attempt("method returns number", () => { class A { @retNumber m() {} } });
attempt("field returns object", () => { class A { @retObject x = 1; } });
attempt("accessor returns number", () => { class A { @retNumber accessor x = 1; } });
attempt("accessor returns null", () => { class A { @retNull accessor x = 1; } });
const retBadGet = (v: any, c: any) => ({ get: 1 }) as any;
const retString = (v: any, c: any) => "s" as any;
const retUndefined = (v: any, c: any) => undefined;
attempt("accessor get not function", () => { class A { @retBadGet accessor x = 1; } });
attempt("class returns string", () => { @retString class A {} });
attempt("getter returns undefined", () => { class A { @(retUndefined) get x() { return 1; } } });
attempt("field returns null", () => { class A { @retNull x = 1; } });
let saved: any;
const save = (v: any, c: any) => { saved = c; };
const addFive = (v: any, c: any) => { c.addInitializer(5); };
const throwing = (v: any, c: any) => () => { throw new RangeError("from init"); };
attempt("late addInitializer", () => {
  class A { @save m() {} }
  saved.addInitializer(() => {});
});
attempt("addInitializer non-function", () => {
  class A { @addFive m() {} }
});
attempt("decorator is not a function", () => {
  const notFn: any = 3;
  class A { @notFn m() {} }
});
attempt("initializer throws", () => {
  class A { @throwing x = 1; }
  new A();
});
