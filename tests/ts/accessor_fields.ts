// accessor_fields.ts: auto-accessors (static ones too, which the grammar
// cannot parse as written: kiln blanks `static` and remembers it).
class A {
  static accessor count = 1;
  static   accessor label: string = "L";
  private accessor secret = "s";
  accessor plain = 0;
  reveal() { return this.secret; }
}
A.count++;
const a = new A();
a.plain = 5;
console.log(A.count, A.label, a.reveal(), a.plain, Object.getOwnPropertyNames(A).sort(), Object.keys(a));
