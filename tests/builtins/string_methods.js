// string_methods.js: the common String.prototype methods.
const s = "Hello, World";
console.log(s.length, s[0], s.charAt(4), s.charAt(99), s[99], s.charCodeAt(1));
console.log(s.indexOf("o"), s.lastIndexOf("o"), s.indexOf("zz"), s.includes("World"));
console.log(s.startsWith("Hell"), s.endsWith("ld"), s.startsWith("World", 7));
console.log(s.slice(7), s.slice(-5, -1), s.substring(5, 0), s.substr(1, 3));
console.log(s.toUpperCase(), s.toLowerCase());
console.log("  pad me  ".trim() + "|", "  x".trimStart(), "x  ".trimEnd() + "|");
console.log("a,b,,c".split(","), "abc".split(""), "a b c".split(" ", 2), "abc".split());
console.log("5".padStart(3, "0"), "ab".padEnd(5, "-") + "|", "x".repeat(3), "abc".at(-1));
console.log("aaa".replace("a", "b"), "aaa".replaceAll("a", "b"), "a-b-c".split("-").join("+"));
console.log("abc".concat("def", 1), "Ab".localeCompare("Ab"), "b" > "a");
console.log(String.fromCharCode(72, 105), "z".codePointAt(0), "abc".at(0));
console.log("x".toString(), "text".valueOf(), typeof String(5), "ß".toUpperCase());
const words = "the quick brown fox".split(" ").map((w) => w[0].toUpperCase() + w.slice(1));
console.log(words.join(" "));
