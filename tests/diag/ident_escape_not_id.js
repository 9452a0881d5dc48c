// ident_escape_not_id.js: an escape in a name must still spell an
// identifier character.
var a\u0020b = 1;
