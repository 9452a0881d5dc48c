// typed_classes.ts: access modifiers, readonly, abstract classes, enums of
// string literal types (all erasable syntax).
class Account {
  balance = 0;
  owner;
  constructor(owner) {
    this.owner = owner;
  }
  deposit(amount) {
    this.balance += amount - this.fee();
    return this;
  }
  get total() {
    return this.balance;
  }
}
class Basic extends Account {
  fee() {
    return 1;
  }
}
class Premium extends Account {
  level = "high";
  fee() {
    return 0;
  }
  describe() {
    return `${this.owner}:${this.level}:${this.total}`;
  }
}
const b = new Basic("bo").deposit(10).deposit(5);
const p = new Premium("pat").deposit(10);
console.log(b.total, p.describe(), b.owner);
console.log(Object.keys(p));
