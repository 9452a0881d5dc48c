// magic-string as ESM (type: module): dist/index.mjs, default and named import.
import MagicString, { Bundle } from 'magic-string';
const s = new MagicString('problems = 99');
s.update(0, 8, 'answer').prepend('var ').append(';').overwrite(11, 13, '42');
console.log(s.toString());
const map = s.generateMap({ source: 'source.js', file: 'converted.js.map', includeContent: true, hires: true });
console.log(map.toString(), map.toUrl().slice(0, 40));
const s2 = new MagicString('abcdefghij'); s2.remove(2, 4); s2.move(0, 2, 10); s2.appendLeft(5, '[L]'); s2.appendRight(5, '[R]');
console.log(s2.toString(), s2.slice(4, 8), s2.hasChanged(), s2.clone().trim().toString());
const b = new Bundle(); b.addSource({ filename: 'a.js', content: new MagicString('a()') }); b.addSource({ filename: 'b.js', content: new MagicString('b()') });
console.log(b.toString(), b.indent('  ').toString());
console.log(new MagicString('x.replace').replaceAll('x', 'y').toString());
