// string_escapes.js: escape sequences, unicode and string length.
console.log("quote\" apostrophe\' backslash\\ tab[\t] nul-length", "\0".length);
console.log('single "double" inside');
console.log("\x41\u0042\u{43} \u00e9 \u{1F600}");
console.log("é".length, "\u{1F600}".length, "日本語".length);
console.log("line1\nline2");
console.log("a\
b");
console.log("\u2028".length, "\v\f\b".length);
console.log(["it's", 'say "hi"', "both ' and \"", "new\nline", "tab\t"]);
console.log({ s: "it's" });
console.log("caf\u00e9" === "café", "\u0041" === "A");
console.log("x".charCodeAt(0), "\u{1F600}".charCodeAt(0), "\u{1F600}".codePointAt(0));
