// TypeScript `private`/`protected` next to `#private`: brand checks,
// static private methods, protected constructors, override, `in`.
class Account {
  static #count = 0;
  #balance = 0;
  private history: string[] = [];
  protected constructor(public readonly owner: string) { Account.#count++; }
  static open(owner: string) { return new Account(owner); }
  static #validate(n: number) { if (!(n > 0)) throw new RangeError(`bad amount ${n}`); return n; }
  deposit(n: number) { this.#balance += Account.#validate(n); this.history.push(`+${n}`); return this; }
  withdraw(n: number) {
    if (Account.#validate(n) > this.#balance) throw new Error(`insufficient funds for ${this.owner}`);
    this.#balance -= n; this.history.push(`-${n}`); return this;
  }
  get balance() { return this.#balance; }
  static isAccount(o: unknown): o is Account { return typeof o === "object" && o !== null && #balance in o; }
  static get count() { return Account.#count; }
  static peek(a: Account) { return a.#balance; }
  log() { return this.history.join(","); }
}
class Savings extends Account {
  static make(owner: string) { return new Savings(owner); }
  override deposit(n: number) { return super.deposit(n * 1.5); }
}
const a = Account.open("ann").deposit(10).withdraw(4);
const s = Savings.make("sam").deposit(10);
console.log(a.balance, s.balance, a.log(), s.log(), Account.count);
console.log(Account.isAccount(a), Account.isAccount({}), Account.isAccount(s));
try { a.withdraw(100); } catch (e) { console.log((e as Error).message); }
try { a.deposit(-1); } catch (e) { console.log(String(e)); }
try { Account.peek({} as Account); } catch (e) { console.log(e instanceof TypeError, (e as Error).message); }
console.log(Object.keys(a), JSON.stringify(s), (a as any).history.length);
