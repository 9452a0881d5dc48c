// default_rest_params.js: default values, rest parameters, arguments.
function greet(name = "world", punct = "!") { return "hello " + name + punct; }
console.log(greet(), greet("kiln"), greet(undefined, "?"), greet(null));
function dep(a, b = a * 2, c = a + b) { return [a, b, c]; }
console.log(dep(1), dep(1, 5), dep(1, undefined, 0));
let counter = 0;
function lazy(x = ++counter) { return x; }
console.log(lazy(), lazy(10), lazy(), counter);
function rest(first, ...others) { return first + ":" + others.length + ":" + others.join("|"); }
console.log(rest(1), rest(1, 2), rest(1, 2, 3, 4));
const sum = (...nums) => nums.reduce((a, b) => a + b, 0);
console.log(sum(), sum(1, 2, 3), sum(...[4, 5, 6]));
function len(a, b = 2, ...c) { return arguments.length; }
console.log(len(), len(1, 2, 3, 4), len.length, rest.length, greet.length);
function argsObj() {
  let total = 0;
  for (let i = 0; i < arguments.length; i++) total += arguments[i];
  return total;
}
console.log(argsObj(1, 2, 3), argsObj());
const arr = [1, 2, 3];
console.log(Math.max(...arr), [0, ...arr, 4], [..."hey"]);
