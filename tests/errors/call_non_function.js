// call_non_function.js: calling a variable that holds a number.
let handler = 5;
console.log("calling");
handler();
