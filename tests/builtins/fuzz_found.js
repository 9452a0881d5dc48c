// Inputs the libFuzzer targets (fuzz/, scripts/fuzz.sh) found: each once
// made the runtime hit undefined behaviour (a memcpy from a NULL buffer).

// regexp: an empty class, plain and case-insensitive (runtime/regexp.c
// add_class, rs_close_case).
console.log(/[]/.test('abc'), /[]/i.test('abc'), /[^]/i.test('A'));
console.log('abc'.replace(/[]/gi, 'x'), 'a[]b'.split(/[]|b/i));
console.log(/a[]|b/iu.exec('xb'), /(?:[]x|y)+/i.exec('YY'));

// An empty string into a string builder (runtime/string.c): JSON.parse
// of '' and errors built with an empty function name.
try {
  JSON.parse('');
} catch (e) {
  console.log(e.name, e.message);
}
const f = [function () { throw new TypeError('anon'); }][0];
try {
  f();
} catch (e) {
  console.log(e.name, e.message);
}
