// 100,000 sequential asynchronous file reads: memory must stay flat (peak
// RSS at the end against RSS after the first 10 %: at most 1.2x, or
// 16 MiB more; a leak of 200 bytes per read would be 20 MB).
const fs = require('fs');
const N = 100000;
let n = 0, rss10 = 0, bytes = 0;
function next(err, data) {
  if (err) throw err;
  if (data) bytes += data.length;
  n++;
  if (n === N / 10) rss10 = process.memoryUsage().rss;
  if (n < N) return fs.readFile(__filename, next);
  const end = process.memoryUsage().rss;
  console.log('reads:', n, 'same size each time:', bytes === (N - 1) * fs.statSync(__filename).size);
  console.log('flat:', end <= Math.max(1.2 * rss10, rss10 + 16 * 1048576));
}
next();
