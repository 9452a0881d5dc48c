// const_assign.js: assigning to a const is a TypeError at run time.
const limit = 10;
console.log(limit);
limit = 20;
