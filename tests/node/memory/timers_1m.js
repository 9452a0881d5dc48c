// 1,000,000 timers (1,000 rounds of 1,000 concurrent setTimeout calls):
// memory must stay flat. Peak RSS at the end against RSS after the first
// 10 % of the rounds: at most 1.2x, or 16 MiB more (node's JIT warms up in
// that slack; a leak of 32 bytes per timer would be 32 MB).
let fired = 0, round = 0, rss10 = 0;
function batch() {
  let left = 1000;
  for (let i = 0; i < 1000; i++) {
    setTimeout(() => {
      fired++;
      if (--left === 0) next();
    }, 0);
  }
}
function next() {
  round++;
  if (round === 100) rss10 = process.memoryUsage().rss;
  if (round < 1000) return batch();
  const end = process.memoryUsage().rss;
  console.log('timers fired:', fired);
  console.log('flat:', end <= Math.max(1.2 * rss10, rss10 + 16 * 1048576));
}
batch();
