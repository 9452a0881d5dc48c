// Numeric operators on locals: the code Step 2's type inference specializes.
function dist(x, y) {
  const d = x * x + y * y;
  return d < 0 ? -d : d / 2;
}
let n = 0;
for (let i = 0; i < 10; i++) n += i % 3;
n = (n << 2) | 1;
n = dist(n, ~n) ** 2;
