// new_non_constructor.js: new on an arrow function.
const make = () => ({});
console.log(typeof make);
new make();
