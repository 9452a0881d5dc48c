// console colours what it inspects when FORCE_COLOR asks for it (node looks
// at process.env on every call), also in console.dir and console.table;
// console.assert stringifies its first message argument.
console.log(1, 'str', true, null, undefined, [1, 'a'], { b: 2n });
for (const v of ['', '0', '1', 'true', 'false', '2', '3', '4', 'yes']) {
  process.env.FORCE_COLOR = v;
  console.log(JSON.stringify(v), 42, 'plain', 'fmt %s %d %i %o', 'x', 5, 6, [7], Symbol('s'));
}
delete process.env.FORCE_COLOR;
console.log('after delete', 1, [true]);
process.env.FORCE_COLOR = '1';
console.info(1);
console.debug(false, /re/g, new Date(0), function f() {});
console.dir({ a: 1 });
console.table([{ a: 1, b: 'two' }, { a: [3], c: null }]);
console.table({ x: { v: true }, y: { v: undefined } });
console.dir({ deep: { er: { est: { x: 1 } } }, s: 'q' }, { depth: 0 });
process.env.FORCE_COLOR = '0';
console.table([{ a: 1 }]);
console.dir([1]);
delete process.env.FORCE_COLOR;
console.assert(false, { o: 1 }, 2);
console.assert(false, 5);
try { console.assert(false, Symbol('x')); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
