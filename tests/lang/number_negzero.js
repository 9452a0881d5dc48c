// number_negzero.js: -0 prints as -0 through console.log, as 0 elsewhere.
const nz = -0;
console.log(nz);
console.log(0 * -1);
console.log(String(nz));
console.log(nz + "");
console.log(`${nz}`);
console.log(nz.toString());
console.log([nz]);
console.log([0, -0, +0]);
console.log({ z: -0 });
console.log(1 / nz);
console.log(nz === 0, Object.is(nz, 0), Object.is(nz, -0));
console.log(Math.round(-0.4));
console.log(-0 + 0, -0 - 0);
console.log(Math.min(0, -0));
console.log(JSON_like(-0));
function JSON_like(x) { return "[" + x + "]"; }
