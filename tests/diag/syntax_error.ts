// syntax_error.ts: TypeScript sources get the same diagnostics.
let total: number = ;
console.log(total);
