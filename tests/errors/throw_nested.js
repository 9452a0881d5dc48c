// throw_nested.js: an Error thrown three calls deep, uncaught.
function level3(n) {
  if (n > 2) throw new Error("too deep: " + n);
  return n;
}
function level2(n) { return level3(n + 1); }
function level1(n) { return level2(n + 1); }
console.log(level1(0));
console.log(level1(1));
