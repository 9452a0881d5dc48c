// ident_vertical_tilde.js: U+2E2F is a letter (Lm) but Pattern_Syntax,
// so not ID_Start.
var aⸯb = 1;
