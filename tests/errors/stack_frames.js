// err.stack lists the JS frames as node does: function names, `new C`,
// `C.method` / `Object.method` for method calls, anonymous functions
// without a name, `Object.<anonymous>` for the module body, and each
// frame's line:column (the call, or where the error was made).
function show(err, n) {
  const lines = err.stack.split(__dirname).join('.').split('\n');
  console.log(lines.slice(0, n).join('\n'));
}

function inner() {
  return new Error('from inner');
}
function outer() {
  return inner();
}
show(outer(), 4);

class Shape {
  constructor(kind) {
    this.kind = kind;
    this.err = new TypeError('bad ' + kind);
  }
  area() {
    return new Shape('circle').err;
  }
  static make() {
    return new Shape('square').area();
  }
}
show(Shape.make(), 5);

const obj = {
  method() {
    return outer();
  },
};
show(obj.method(), 5);

const arrow = () => obj.method();
show(arrow(), 6);

[1].forEach(function (x) {
  show(new Error('anon ' + x), 2);
});

show((function named() { return new RangeError('iife'); })(), 3);

class Derived extends Shape {
  constructor() {
    super('derived');
  }
}
show(new Derived().err, 4);

try {
  obj.missing();
} catch (e) {
  show(e, 2);
}
try {
  const u = undefined;
  console.log(u.prop);
} catch (e) {
  show(e, 2);
}
try {
  (function deep(n) { return n ? deep(n - 1) : null.x; })(3);
} catch (e) {
  show(e, 6);
}
function recurse() { return recurse() + 1; }
try {
  recurse();
} catch (e) {
  show(e, 1);
  console.log(e.stack.split('\n')[2].startsWith('    at recurse ('));
}
