// dump-ir-after: unreachable
// Code after return, throw, break and continue is dropped, and so is the
// join after an if whose arms both return; a catch block stays.
function afterReturn(x) {
  return x;
  x = 2;
}
function bothArms(c) {
  if (c) { return 1; } else { throw new Error("no"); }
  return 3;
}
function loops(n) {
  for (let i = 0; i < n; i++) {
    if (i) break;
    continue;
    n--;
  }
  try { return n; } catch (e) { return 0; }
}
afterReturn(1); bothArms(true); loops(2);
