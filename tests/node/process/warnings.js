// emitWarning: the 'warning' event comes on the next tick, after the sync code.
process.on('warning', (w) => console.log('warning event:', w.name, w.message, w.code, w.detail));
process.emitWarning('plain');
process.emitWarning('custom', 'CustomWarning', 'C01');
process.emitWarning('with options', { type: 'OptWarning', code: 'OPT1', detail: 'more text' });
process.emitWarning('dep', 'DeprecationWarning', 'DEP0999');
const e = new Error('an error object');
process.emitWarning(e);
for (const bad of [() => process.emitWarning(5), () => process.emitWarning('x', 5), () => process.emitWarning('x', 'T', 5)]) {
  try { bad(); } catch (err) { console.log(err.name, err.code, err.message); }
}
console.log('sync end');
