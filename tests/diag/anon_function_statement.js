// anon_function_statement.js: a statement starting with `function` is a
// declaration, which needs a name.
function () { return 1; }.call();
