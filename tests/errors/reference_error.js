// reference_error.js: reading an undeclared variable.
function compute() {
  return undeclaredThing + 1;
}
console.log("ok so far");
compute();
