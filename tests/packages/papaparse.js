// papaparse (CommonJS, UMD wrapper): CSV parse/unparse, step callbacks.
const Papa = require('papaparse');
const csv = 'name,age,city\n"Smith, J",42,"New\nYork"\nDoe,7,LA\n';
const r = Papa.parse(csv, { header: true, dynamicTyping: true, skipEmptyLines: true });
console.log(JSON.stringify(r.data), JSON.stringify(r.errors), JSON.stringify(r.meta));
console.log(JSON.stringify(Papa.parse('a;b;c\n1;2;3').data));
console.log(Papa.unparse([{ a: 1, b: 'x,y' }, { a: 2, b: 'q"r' }]));
console.log(Papa.unparse({ fields: ['x', 'y'], data: [[1, 2], [3, null]] }, { quotes: true, delimiter: '\t' }));
console.log(JSON.stringify(Papa.parse('a,"b\n', {}).errors));
let n = 0; Papa.parse('1\n2\n3', { step: row => { n += row.data[0] * 1; }, complete: () => console.log('sum', n) });
