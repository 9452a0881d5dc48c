// console_log_wrap.js: console.log breaks long objects and arrays over lines.
const long = {
  firstProperty: "a fairly long string value",
  secondProperty: 1234567,
  third: [1, 2, 3],
  fourth: { nested: true },
};
console.log(long);
console.log(["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]);
const nums = [];
for (let i = 0; i < 30; i++) nums.push(i * 7);
console.log(nums);
const many = [];
for (let i = 0; i < 120; i++) many.push(i);
console.log(many);
console.log([{ id: 1, name: "one" }, { id: 2, name: "two" }, { id: 3, name: "three" }]);
