// dump-ir-after: tdz
// The tdz pass keeps a check only where the binding may still be uninitialised.
function before() {
  try { x; } catch (e) {}   // kept: read before the declaration
  let x = 1;
  return x + x;             // removed: initialised above
}
function cases(k) {
  switch (k) {
    case 0: let q = 1;
    case 1: return q;       // kept: case 1 skips the initialisation
  }
}
function loop(n) {
  let s = 0;
  for (let i = 0; i < n; i++) {
    let t;                  // a fresh binding each iteration
    t = i;
    s += t;                 // removed: both initialised on every path
  }
  return s;
}
function checkedOnce(c) {
  if (c) later();           // kept: `later` may run before its declaration
  const later = () => 1;
  return later() + later(); // removed
}
before(); cases(1); loop(2); checkedOnce(false);
