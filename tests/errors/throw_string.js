// throw_string.js: an uncaught non-Error value still exits with status 1.
console.log("about to throw");
throw "plain string";
