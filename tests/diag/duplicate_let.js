// duplicate_let.js: an early error the grammar does not catch: the
// resolver must reject a second let of the same name in one scope.
let count = 1;
let count = 2;
console.log(count);
