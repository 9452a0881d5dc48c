"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// TypeScript `private`/`protected` next to `#private`: brand checks,
// static private methods, protected constructors, override, `in`.
class Account {
    owner;
    static #count = 0;
    #balance = 0;
    history = [];
    constructor(owner) {
        this.owner = owner;
        Account.#count++;
    }
    static open(owner) { return new Account(owner); }
    static #validate(n) { if (!(n > 0))
        throw new RangeError(`bad amount ${n}`); return n; }
    deposit(n) { this.#balance += Account.#validate(n); this.history.push(`+${n}`); return this; }
    withdraw(n) {
        if (Account.#validate(n) > this.#balance)
            throw new Error(`insufficient funds for ${this.owner}`);
        this.#balance -= n;
        this.history.push(`-${n}`);
        return this;
    }
    get balance() { return this.#balance; }
    static isAccount(o) { return typeof o === "object" && o !== null && #balance in o; }
    static get count() { return Account.#count; }
    static peek(a) { return a.#balance; }
    log() { return this.history.join(","); }
}
class Savings extends Account {
    static make(owner) { return new Savings(owner); }
    deposit(n) { return super.deposit(n * 1.5); }
}
const a = Account.open("ann").deposit(10).withdraw(4);
const s = Savings.make("sam").deposit(10);
console.log(a.balance, s.balance, a.log(), s.log(), Account.count);
console.log(Account.isAccount(a), Account.isAccount({}), Account.isAccount(s));
try {
    a.withdraw(100);
}
catch (e) {
    console.log(e.message);
}
try {
    a.deposit(-1);
}
catch (e) {
    console.log(String(e));
}
try {
    Account.peek({});
}
catch (e) {
    console.log(e instanceof TypeError, e.message);
}
console.log(Object.keys(a), JSON.stringify(s), a.history.length);
