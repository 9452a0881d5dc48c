// How the Buffer constructor and the module print.
console.log(Buffer);
console.log(Object.keys(require('buffer')));
console.log(require('buffer').constants, typeof require('node:buffer').Buffer);
