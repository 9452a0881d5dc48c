// TC39: decorated classes inside decorated classes (a method's body, a static
// field's initializer), and the names class expressions get from fields.
function d(v: any, c: any): any { console.log(c.kind, String(c.name)); }
@d class Outer {
  @d make() {
    @d class Inner { @d x = 1; }
    return new Inner();
  }
  @d static field = @d class { @d m() {} };
}
console.log(new Outer().make().x, Outer.field.name);
