// dump-ir-after: copies
// A temporary that only feeds a move is computed in the move's destination;
// inside a try block the move stays (a failed operation writes its result).
function cond(a, b) {
  return a ? a * 2 : b + 1;
}
function logical(a, b) {
  const x = a && b;
  return x || a;
}
function guarded(o) {
  let v = 0;
  try { v = o ? o.p : 1; } catch (e) { return v; }
  return v;
}
cond(1, 2); logical(1, 0); guarded(null);
