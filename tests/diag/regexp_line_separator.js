// regexp_line_separator.js: no line terminator, LS (U+2028) included, inside
// a regular expression literal.
var r = /a b/;
