// hello.js: the first program. kiln build samples/hello.js -o hello
console.log("Hello, world!");
