"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// accessor_fields.ts: auto-accessors (static ones too, which the grammar
// cannot parse as written: kiln blanks `static` and remembers it).
class A {
    static #count_accessor_storage = 1;
    static get count() { return A.#count_accessor_storage; }
    static set count(value) { A.#count_accessor_storage = value; }
    static #label_accessor_storage = "L";
    static get label() { return A.#label_accessor_storage; }
    static set label(value) { A.#label_accessor_storage = value; }
    #secret_accessor_storage = "s";
    get secret() { return this.#secret_accessor_storage; }
    set secret(value) { this.#secret_accessor_storage = value; }
    #plain_accessor_storage = 0;
    get plain() { return this.#plain_accessor_storage; }
    set plain(value) { this.#plain_accessor_storage = value; }
    reveal() { return this.secret; }
}
A.count++;
const a = new A();
a.plain = 5;
console.log(A.count, A.label, a.reveal(), a.plain, Object.getOwnPropertyNames(A).sort(), Object.keys(a));
