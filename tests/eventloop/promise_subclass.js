// Subclasses and Symbol.species drive then() and the statics.
const log = (...a) => console.log(...a);
class MyP extends Promise {
  constructor(ex) { log('MyP constructor'); super(ex); }
}
const m = MyP.resolve(1);
log(m instanceof MyP, m instanceof Promise);
const m2 = m.then((v) => v + 1);
log('then gives a MyP', m2 instanceof MyP);
m2.then((v) => log('MyP value', v));
MyP.all([1, 2]).then((v) => log('MyP.all', v));
class Plain extends Promise { static get [Symbol.species]() { return Promise; } }
const ns = Plain.resolve(3).then((x) => x);
log('species honoured', ns instanceof Plain, ns instanceof Promise);
