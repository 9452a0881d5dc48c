// dump-ir-after: lower
// A function that may run as a constructor returns through one exit block,
// the only place that looks at new.target; an arrow or method returns at once.
function pick(a) {
  if (a) return a;
  return {};
}
class Base { constructor(x) { if (x) return; this.x = 1; } }
class Derived extends Base { constructor() { super(1); return undefined; } }
const arrow = (a) => { if (a) return 1; return 2; };
const obj = { m(a) { if (a) return 1; return 2; } };
pick(1); new Derived(); arrow(1); obj.m(0);
