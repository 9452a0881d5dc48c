// labels_break_continue.js: labelled break/continue across nested loops.
outer: for (let i = 0; i < 3; i++) {
  for (let j = 0; j < 3; j++) {
    if (j === 1) continue outer;
    if (i === 2) break outer;
    console.log(i, j);
  }
}
let found = null;
search: for (const row of [[1, 2], [3, 4], [5, 6]]) {
  for (const v of row) {
    if (v * v > 10) {
      found = v;
      break search;
    }
  }
}
console.log(found);
block: {
  console.log("in block");
  if (found) break block;
  console.log("skipped");
}
let n = 0;
loop: while (true) {
  do {
    n++;
    if (n % 2) continue loop;
    if (n > 6) break loop;
  } while (true);
}
console.log(n);
let log = [];
a: for (let i = 0; i < 2; i++) {
  b: for (let j = 0; j < 2; j++) {
    for (let k = 0; k < 2; k++) {
      if (k === 1) continue b;
      log.push("" + i + j + k);
    }
  }
}
console.log(log.join(" "));
