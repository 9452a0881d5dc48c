"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// The `accessor` keyword without decorators: instance, static, private,
// with initializers, inheritance and reflection.
class Counter {
    #count_accessor_storage = 0;
    get count() { return this.#count_accessor_storage; }
    set count(value) { this.#count_accessor_storage = value; }
    static #created_accessor_storage = 0;
    static get created() { return Counter.#created_accessor_storage; }
    static set created(value) { Counter.#created_accessor_storage = value; }
    #label_accessor_storage;
    get label() { return this.#label_accessor_storage; }
    set label(value) { this.#label_accessor_storage = value; }
    #hidden = 1;
    #secret_accessor_storage = "s";
    get #secret() { return this.#secret_accessor_storage; }
    set #secret(value) { this.#secret_accessor_storage = value; }
    constructor(label = "c") {
        this.label = label;
        Counter.created++;
    }
    bump() { this.count++; this.#secret += "!"; return this; }
    get secret() { return this.#secret; }
}
class Sub extends Counter {
    #extra_accessor_storage = this.count + 10;
    get extra() { return this.#extra_accessor_storage; }
    set extra(value) { this.#extra_accessor_storage = value; }
}
const a = new Counter("a").bump().bump();
const s = new Sub();
console.log(a.count, a.label, a.secret, Counter.created, s.extra, s.count);
console.log(Object.keys(a), Object.getOwnPropertyNames(Counter.prototype));
const d = Object.getOwnPropertyDescriptor(Counter.prototype, "count");
console.log(typeof d.get, typeof d.set, d.enumerable, d.configurable);
console.log(Object.getOwnPropertyNames(Counter).sort());
console.log(JSON.stringify(a), "count" in a, a.hasOwnProperty("count"));
