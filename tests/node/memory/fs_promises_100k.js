// 100,000 sequential fs.promises reads in an async loop: memory must stay
// flat (peak RSS at the end against RSS after the first 10 %: at most
// 1.2x, or 16 MiB more), like fs_100k.js with callbacks.
const fsp = require('fs/promises');
const N = 100000;
async function main() {
  let rss10 = 0, bytes = 0;
  const size = (await fsp.stat(__filename)).size;
  for (let n = 1; n <= N; n++) {
    const data = await fsp.readFile(__filename);
    bytes += data.length;
    if (n === N / 10) rss10 = process.memoryUsage().rss;
  }
  const end = process.memoryUsage().rss;
  console.log('reads:', N, 'same size each time:', bytes === N * size);
  console.log('flat:', end <= Math.max(1.2 * rss10, rss10 + 16 * 1048576));
}
main();
