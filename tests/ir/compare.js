// Comparisons and logical operators.
function cmp(a, b) {
  if (a === b) return 0;
  if (a !== b && a == null) return -1;
  return a > b || (a >= b && !(a <= b)) ? 1 : typeof a;
}
cmp(1, 2);
const x = cmp(null, 0) ?? 'none';
