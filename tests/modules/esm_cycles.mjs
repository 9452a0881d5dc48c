// A cycle: the module imported first finishes first; hoisted functions of
// a module that has not run yet are callable, its let bindings are not.
import { hello, aValue } from './_lib/cycle_a.mjs';
import { fromB } from './_lib/cycle_b.mjs';
console.log('entry', hello(), aValue, fromB);
