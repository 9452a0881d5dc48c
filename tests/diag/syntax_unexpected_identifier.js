// Two operands in a row: V8 names the second.
let a = 1;
let b = a c;
