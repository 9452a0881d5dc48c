// d3-format and d3-array (ESM only, type: module): number formats and array statistics.
import { format, formatPrefix, precisionFixed } from 'd3-format';
import { extent, mean, median, bisect, group, rollup, quantile, ticks, sum, deviation } from 'd3-array';
for (const [f, v] of [['.2f', 3.14159], [',', 1234567], ['$,.2f', -1234.5], ['.0%', 0.123], ['+.3s', 42e6], ['#x', 255], ['08.2f', -3.5], ['.3~g', 0.000123], ['^10', 'x'.length], ['e', 12345]]) console.log(f, format(f)(v));
console.log(formatPrefix(',.0', 1e3)(1500), precisionFixed(0.01));
const xs = [3, 1, 4, 1, 5, 9, 2, 6];
console.log(extent(xs), mean(xs), median(xs), bisect([1, 2, 3], 2.5), quantile(xs.slice().sort(), 0.5), ticks(0, 1, 5), sum(xs), deviation(xs).toFixed(4));
console.log([...group([{ a: 1, b: 'x' }, { a: 2, b: 'x' }, { a: 3, b: 'y' }], d => d.b)].map(([k, v]) => k + v.length), [...rollup(xs, v => v.length, x => x % 2)]);
