// finally_override.js: a completion in finally replaces the try's.
function ret() {
  try {
    return "try";
  } finally {
    return "finally";
  }
}
function swallow() {
  try {
    throw new Error("lost");
  } finally {
    return "finally wins over throw";
  }
}
function brk() {
  let i = 0;
  while (true) {
    try {
      i++;
      throw new Error("x");
    } finally {
      if (i > 2) break;
      continue;
    }
  }
  return i;
}
function tryValue() {
  let x = 1;
  try {
    return x;
  } finally {
    x = 2;
  }
}
function throwInFinally() {
  try {
    return "never";
  } finally {
    throw new Error("finally threw");
  }
}
console.log(ret(), swallow(), brk(), tryValue());
try {
  throwInFinally();
} catch (e) {
  console.log(e.message);
}
function order() {
  const log = [];
  for (const k of [1, 2]) {
    try {
      try {
        log.push("t" + k);
        if (k === 2) return log;
      } finally {
        log.push("f1-" + k);
      }
    } finally {
      log.push("f2-" + k);
    }
  }
}
console.log(order().join(","));
