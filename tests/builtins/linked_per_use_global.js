// Built-ins linked per use (stdlib/init.c) reached only through the global
// object with a computed key: kiln links all of them for such a program.
const parts = [['Reg', 'Exp'], ['Ma', 'th'], ['Da', 'te'], ['Uint8', 'Array'], ['Atom', 'ics']];
const names = parts.map((p) => p[0] + p[1]);
for (const n of names) console.log(n, typeof globalThis[n]);
const R = globalThis[names[0]];
console.log(new R('a+', 'g').test('caab'));
console.log(globalThis[names[1]].max(1, 3));
const p = process;
console.log(typeof p['en' + 'v'].PATH);
