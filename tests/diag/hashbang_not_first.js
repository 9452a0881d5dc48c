  #!/usr/bin/env node
// hashbang_not_first.js: `#!` is a comment only at the very start of a file.
console.log(1);
