// template_literals.js: interpolation, nesting, multi-line, escapes.
const name = "Kiln", n = 3;
console.log(`Hello, ${name}!`);
console.log(`${n} + ${n} = ${n + n}`);
console.log(`nested ${`inner ${n * 2}`} done`);
console.log(`line one
line two`);
console.log(`tab\tnewline\\n backtick \` dollar \${not} ${"$"}{x}`);
console.log(`${[1, 2, 3]} ${{}} ${null} ${undefined} ${true} ${1 / 3}`);
const obj = { toString() { return "custom"; } };
console.log(`${obj}`);
console.log(`${n > 2 ? "big" : "small"}`);
console.log(``.length, `a${""}b`.length);
function tag(strings, ...vals) {
  return strings.join("|") + " / " + vals.join(",");
}
console.log(tag`a${1}b${2}c`);
const lines = [];
for (let i = 0; i < 3; i++) lines.push(`row ${i}: ${"*".repeat(i)}`);
console.log(lines.join("\n"));
