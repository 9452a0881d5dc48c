function square(x) {
  const y = x * x;
  return y;
}
function main() {
  let total = 0;
  for (let i = 0; i < 3; i++) total += square(i);
  console.log(total);
}
main();
