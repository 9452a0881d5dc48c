// fuzz/rt/json.js: JSON.parse on any text; what parses must stringify
// and parse back to the same text.
'use strict';
function check(cond, what) {
  if (!cond) throw new Error('invariant: ' + what);
}
exports.fuzz = function (s) {
  let v;
  try {
    v = JSON.parse(s);
  } catch (e) {
    if (e instanceof SyntaxError || e instanceof RangeError) return;
    throw e;
  }
  const t = JSON.stringify(v);
  check(JSON.stringify(JSON.parse(t)) === t, 'stringify round trip');
  JSON.stringify(v, null, 2);
  // a reviver that touches every key
  JSON.parse(s, function (k, x) { return typeof x === 'number' ? -x : x; });
};
