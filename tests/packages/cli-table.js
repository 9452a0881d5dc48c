const Table = require('cli-table3'); const t = new Table({ head: ['a', 'b'], style: { head: [], border: [] } }); t.push([1, 'xx'], ['yyy', 2]); console.log(t.toString());
const { table } = require('table'); console.log(table([['0A', '0B'], ['1A', '1B']]));
