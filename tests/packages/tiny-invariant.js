// tiny-invariant (dual: "import" -> dist/esm, "default" -> CommonJS with
// module.exports = invariant; reads process.env.NODE_ENV at load time).
'use strict';
const invariant = require('tiny-invariant');

function check(label, cond, msg) {
  try {
    invariant(cond, msg);
    console.log(label + ': passed');
  } catch (e) {
    console.log(label + ': ' + e.constructor.name + ' "' + e.message + '"');
  }
}
console.log('type: ' + typeof invariant + ', NODE_ENV set: ' + (process.env.NODE_ENV !== undefined));
for (const [label, cond] of [['true', true], ['1', 1], ['"x"', 'x'], ['{}', {}], ['[]', []], ['false', false], ['0', 0], ['""', ''], ['null', null], ['undefined', undefined], ['NaN', NaN], ['0n', 0n]]) {
  check('cond ' + label, cond, 'value was ' + label);
}
check('no message', false);
check('empty message', false, '');
let calls = 0;
check('lazy message not called', true, () => { calls++; return 'never'; });
check('lazy message', false, () => { calls++; return 'computed ' + (2 + 3); });
console.log('message function calls: ' + calls);
function parseAge(input) {
  const n = Number(input);
  invariant(Number.isInteger(n), `age must be an integer, got ${JSON.stringify(input)}`);
  invariant(n >= 0 && n < 150, () => `age out of range: ${n}`);
  return n;
}
for (const input of ['42', '4.2', 'abc', '-1', '200', '0']) {
  try {
    console.log('parseAge(' + input + ') = ' + parseAge(input));
  } catch (e) {
    console.log('parseAge(' + input + ') threw ' + e.message);
  }
}
try {
  invariant(false, 'stack check');
} catch (e) {
  console.log('is Error: ' + (e instanceof Error) + ', name: ' + e.name + ', has stack: ' + (typeof e.stack === 'string'));
}
