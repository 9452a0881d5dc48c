// type_error_in_method.js: a built-in method throwing (toFixed range).
const price = 9.5;
console.log(price.toFixed(2));
console.log(price.toFixed(200));
