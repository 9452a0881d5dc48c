// error_subclass.js: classes extending Error keep name, message, instanceof.
class ValidationError extends Error {
  constructor(field, message) {
    super(message);
    this.name = "ValidationError";
    this.field = field;
  }
}
class RequiredError extends ValidationError {
  constructor(field) {
    super(field, field + " is required");
    this.name = "RequiredError";
  }
}
try {
  throw new RequiredError("email");
} catch (e) {
  console.log(e.name, e.message, e.field);
  console.log(e instanceof RequiredError, e instanceof ValidationError, e instanceof Error);
  console.log(String(e), e.toString());
  console.log(typeof e.stack);
}
class Plain extends Error {}
const p = new Plain("plain message");
console.log(p.name, p.message, p instanceof Plain, String(p));
const errs = [new Error("e"), new TypeError("t"), new RangeError("r"),
  new SyntaxError("s"), new ReferenceError("f"), new EvalError("v"), new URIError("u")];
console.log(errs.map((e) => e.name + ":" + e.message).join(" "));
console.log(errs.map((e) => e instanceof Error).join(" "));
const noMsg = new Error();
console.log(JSON_like(noMsg.message), String(noMsg));
function JSON_like(s) { return "'" + s + "'"; }
const withCause = new Error("outer", { cause: "inner" });
console.log(withCause.cause);
