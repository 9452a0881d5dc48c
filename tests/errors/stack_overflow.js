// stack_overflow.js: unbounded recursion is a RangeError, not a crash.
function down(n) {
  return down(n + 1) + 1;
}
console.log("recursing");
down(0);
