// Captured variables live in environments (LOAD_ENV / STORE_ENV).
function counter() {
  let n = 0;
  return () => ++n;
}
const c = counter();
c();
