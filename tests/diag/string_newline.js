// string_newline.js: a string literal ends on its line.
const s = "first
second";
