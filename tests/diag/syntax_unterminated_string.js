// syntax_unterminated_string.js: a string literal cut by a newline.
let s = "abc;
console.log(s);
