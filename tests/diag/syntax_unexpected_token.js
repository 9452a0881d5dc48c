// syntax_unexpected_token.js: a stray ')' is a syntax error at its position.
const a = 1;
const b = a ) 2;
console.log(b);
