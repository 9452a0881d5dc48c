// throw_non_errors.js: any value can be thrown and caught unchanged.
const thrown = ["a string", 42, null, undefined, { code: 7 }, [1, 2], true, -0];
for (const v of thrown) {
  try {
    throw v;
  } catch (e) {
    console.log(typeof e, e === v || Object.is(e, v), e);
  }
}
function thrower() { throw { reason: "object", nested: { ok: false } }; }
try {
  thrower();
} catch (e) {
  console.log(e.reason, e.nested.ok, e instanceof Error);
}
try {
  try {
    throw 1;
  } catch (e) {
    throw e + 1;
  }
} catch (e) {
  console.log(e);
}
