// A class field without an initializer ends at a line break before `[` (ASI),
// while one with an initializer goes on (`d = 4\n[0]` is `4[0]`); `get`/`static`
// on their own line still take the computed name after them.
const k = Symbol('k');
class A {
  #a
  [k] = 1
  b
  ['c'] = 2
  static x
  ['y' + 1] = 3
  d = 4
  [0]
  static
  ['z'] = 5
  get
  ['g']() { return 'getter'; }
  m() { return 1 }
  ['n'] = 6
  get all() { return [this.#a, this[k], this.b, this.c, this.y1, this.d, this.g, this.n, A.z]; }
}
console.log(new A().all, Object.keys(new A()));
