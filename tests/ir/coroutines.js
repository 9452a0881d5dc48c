// A generator and an async function: YIELD and AWAIT.
function* gen(a) {
  const b = yield a;
  yield* [b];
}
async function af(p) {
  return (await p) + 1;
}
gen(1).next();
af(2);
