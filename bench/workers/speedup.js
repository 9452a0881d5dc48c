// speedup.js [workers] [limit]: counts the primes below [limit] (default
// 4,000,000) by trial division, in blocks of 1,000 numbers dealt round-robin
// to [workers] worker threads (0: all in the main thread), so each gets an
// even share. bench/workers.py times it.
'use strict';
const { Worker, isMainThread, parentPort, workerData } = require('worker_threads');

const BLOCK = 1000;

// The primes in blocks first, first + step, ... below [limit].
function countPrimes(first, limit, step) {
  let count = 0;
  for (let b = first * BLOCK; b < limit; b += step * BLOCK) {
    for (let n = Math.max(b, 2); n < Math.min(b + BLOCK, limit); n++) {
      let prime = true;
      for (let d = 2; d * d <= n; d++) {
        if (n % d === 0) { prime = false; break; }
      }
      if (prime) count++;
    }
  }
  return count;
}

if (isMainThread) {
  const workers = Number(process.argv[2] || 0);
  const limit = Number(process.argv[3] || 4000000);
  if (workers === 0) {
    console.log('primes', countPrimes(0, limit, 1));
  } else {
    let total = 0, done = 0;
    for (let i = 0; i < workers; i++) {
      const w = new Worker(__filename, { workerData: { from: i, to: limit, step: workers } });
      w.on('message', (n) => {
        total += n;
        if (++done === workers) console.log('primes', total);
      });
    }
  }
} else {
  parentPort.postMessage(countPrimes(workerData.from, workerData.to, workerData.step));
}
