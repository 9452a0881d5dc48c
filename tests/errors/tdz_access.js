// tdz_access.js: reading a let binding before its declaration.
function early() {
  return value;
}
console.log("calling early");
early();
let value = 1;
