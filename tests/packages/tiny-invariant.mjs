// tiny-invariant as ESM: the "import" condition -> dist/esm/tiny-invariant.js.
import invariant from 'tiny-invariant';
import * as ns from 'tiny-invariant';

console.log('import forms: ' + JSON.stringify([typeof invariant, ns.default === invariant, Object.keys(ns)]));
const users = new Map([['ada', { role: 'admin' }], ['bob', { role: 'user' }]]);
function requireAdmin(name) {
  const u = users.get(name);
  invariant(u, `unknown user ${name}`);
  invariant(u.role === 'admin', () => `${name} is a ${u.role}, not an admin`);
  return name + ' ok';
}
for (const n of ['ada', 'bob', 'eve']) {
  try {
    console.log(requireAdmin(n));
  } catch (e) {
    console.log('denied: ' + e.message);
  }
}
await Promise.resolve().then(() => invariant(false)).catch(e => console.log('async: ' + e.message));
