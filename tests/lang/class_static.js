// class_static.js: static methods, static fields and static this.
class MathUtil {
  static PI2 = Math.PI * 2;
  static count = 0;
  static square(x) { MathUtil.count++; return x * x; }
  static cube(x) { this.count++; return x * this.square(x); }
}
console.log(MathUtil.square(3), MathUtil.cube(2), MathUtil.count);
console.log(MathUtil.PI2.toFixed(4), typeof new MathUtil().square);
class Registry {
  static items = [];
  static add(x) { this.items.push(x); return this; }
}
Registry.add("a").add("b");
console.log(Registry.items);
class Sub extends MathUtil {
  static square(x) { return "sub:" + super.square(x); }
}
console.log(Sub.square(4), Sub.cube(2));
class Id {
  static make() { return Id.next++; }
}
Id.next = 1;
console.log(Id.make(), Id.make(), Id.make());
