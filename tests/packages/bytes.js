// bytes (CommonJS): format and parse byte sizes.
const bytes = require('bytes');
for (const v of [0, 1, 1000, 1024, 1536, 1048576, 1073741824 * 3.5, 1099511627776 * 2, -2048]) console.log(v, bytes(v), bytes.format(v, { unitSeparator: ' ', decimalPlaces: 0 }), bytes(v, { thousandsSeparator: ',', unit: 'B' }));
for (const s of ['1KB', '1.5mb', '10', '1 GB', 'abc', '2tb', '1PB']) console.log(s, bytes(s), bytes.parse(s));
