// primes.js: the sieve of Eratosthenes, twin primes and a prime spiral
// checksum.
function sieve(limit) {
  const composite = new Array(limit + 1).fill(false);
  const primes = [];
  for (let i = 2; i <= limit; i++) {
    if (composite[i]) continue;
    primes.push(i);
    for (let j = i * i; j <= limit; j += i) composite[j] = true;
  }
  return primes;
}

const primes = sieve(100000);
console.log(`primes below 100000: ${primes.length}`);
console.log(`first ten: ${primes.slice(0, 10).join(" ")}`);
console.log(`largest: ${primes[primes.length - 1]}`);

let twins = 0;
for (let i = 1; i < primes.length; i++) {
  if (primes[i] - primes[i - 1] === 2) twins++;
}
console.log(`twin prime pairs: ${twins}`);

let maxGap = 0, gapAt = 0;
for (let i = 1; i < primes.length; i++) {
  const gap = primes[i] - primes[i - 1];
  if (gap > maxGap) {
    maxGap = gap;
    gapAt = primes[i - 1];
  }
}
console.log(`largest gap: ${maxGap} after ${gapAt}`);

let checksum = 0;
for (const p of primes) checksum = (checksum * 31 + p) % 1000000007;
console.log(`checksum: ${checksum}`);
