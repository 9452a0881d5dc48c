// try_catch_finally.js: control flow through try, catch and finally.
function f(x) {
  const log = [];
  try {
    log.push("try");
    if (x === 1) throw new Error("boom");
    if (x === 2) return log.concat("return-from-try");
    log.push("try-end");
  } catch (e) {
    log.push("catch:" + e.message);
  } finally {
    log.push("finally");
  }
  log.push("after");
  return log;
}
console.log(f(0).join(" "));
console.log(f(1).join(" "));
console.log(f(2).join(" "));
try {
  try {
    throw new Error("inner");
  } finally {
    console.log("inner finally");
  }
} catch (e) {
  console.log("outer caught", e.message);
}
try {
  try {
    throw new Error("first");
  } catch (e) {
    throw new Error("rethrown from catch: " + e.message);
  }
} catch (e) {
  console.log(e.message);
}
try {
  null.x;
} catch {
  console.log("optional catch binding");
}
for (let i = 0; i < 3; i++) {
  try {
    if (i === 1) continue;
    console.log("body", i);
  } finally {
    console.log("finally", i);
  }
}
let e = "outer e";
try { throw "inner e"; } catch (e) { console.log(e); }
console.log(e);
function nested() {
  try {
    return "try";
  } finally {
    console.log("runs before return completes");
  }
}
console.log(nested());
