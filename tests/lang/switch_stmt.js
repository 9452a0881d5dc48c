// switch_stmt.js: strict comparison, fallthrough, default in the middle.
function sw(x) {
  const out = [];
  switch (x) {
    case 1:
      out.push("one");
    case 2:
      out.push("two");
      break;
    default:
      out.push("default");
    case 3:
      out.push("three");
      break;
    case "1":
      out.push("string one");
      break;
  }
  return out.join(",");
}
console.log(sw(1), "|", sw(2), "|", sw(3), "|", sw("1"), "|", sw(99));
function grade(score) {
  switch (true) {
    case score >= 90: return "A";
    case score >= 80: return "B";
    default: return "F";
  }
}
console.log(grade(95), grade(85), grade(10));
let evaluated = [];
function c(v) { evaluated.push(v); return v; }
switch (3) {
  case c(1):
  case c(2):
  case c(3):
    console.log("matched 3");
  case c(4):
    console.log("fell into 4");
}
console.log(evaluated);
switch (NaN) {
  case NaN: console.log("NaN matched"); break;
  default: console.log("NaN never matches");
}
switch ("x") {}
for (let i = 0; i < 3; i++) {
  switch (i) {
    case 1: continue;
  }
  console.log("loop", i);
}
