// Built-ins linked per use (stdlib/init.c) reached without naming their
// constructor: a regex literal, String methods that make a RegExp, typed
// arrays and dates made by node's modules.
console.log('a-b-c'.split(/-/));
console.log('abc'.search('c'), 'xyx'.match('y').index, [...'abcb'.matchAll('b')].length);
const b = Buffer.from('hi');
console.log(b.byteLength, b.buffer.byteLength >= 2, b);
const st = require('fs').statSync('.');
console.log(typeof st.mtime.getTime(), st.mtime.getFullYear() > 2000);
console.log(process.hrtime.bigint() > 0n);
