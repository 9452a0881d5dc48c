// typed_classes.ts: access modifiers, readonly, abstract classes, enums of
// string literal types (all erasable syntax).
type Level = "low" | "high";
abstract class Account {
  protected balance: number = 0;
  readonly owner: string;
  constructor(owner: string) {
    this.owner = owner;
  }
  abstract fee(): number;
  deposit(amount: number): this {
    this.balance += amount - this.fee();
    return this;
  }
  public get total(): number {
    return this.balance;
  }
}
class Basic extends Account {
  fee(): number {
    return 1;
  }
}
class Premium extends Account {
  private level: Level = "high";
  fee(): number {
    return 0;
  }
  describe(): string {
    return `${this.owner}:${this.level}:${this.total}`;
  }
}
const b = new Basic("bo").deposit(10).deposit(5);
const p = new Premium("pat").deposit(10);
console.log(b.total, p.describe(), b.owner);
console.log(Object.keys(p));
