// dump-ir-after: lower
// --dump-ir-after=lower prints lowering's output.
let s = 'a';
s += `${s}b`;
