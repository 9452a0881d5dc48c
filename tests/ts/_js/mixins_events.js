"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
function Timestamped(Base) {
    return class Timestamped extends Base {
        stamps = [];
        stamp(t) { this.stamps.push(t); return this; }
    };
}
function Named(Base) {
    return class extends Base {
        name = "anon";
        rename(n) { this.name = n; return this; }
    };
}
class Entity {
    id;
    constructor(id = 0) {
        this.id = id;
    }
}
const Mixed = Named(Timestamped(Entity));
const m = new Mixed(7).stamp(1).stamp(2);
m.rename("seven");
console.log(m, Mixed.name, Object.getPrototypeOf(Mixed).name, m instanceof Entity);
class Emitter {
    handlers = {};
    on(ev, fn) {
        (this.handlers[ev] ??= []).push(fn);
        return this;
    }
    emit(ev, ...args) {
        const list = this.handlers[ev] ?? [];
        list.forEach(fn => fn(...args));
        return list.length;
    }
}
const em = new Emitter();
em.on("login", (u, at) => console.log(`login ${u} @${at}`))
    .on("logout", u => console.log(`logout ${u}`))
    .on("login", u => console.log(`second ${u}`));
console.log(em.emit("login", "ann", 5), em.emit("logout", "ann"), em.emit("error", new Error("x")));
function callWith(n) { return this.base + n; }
console.log(callWith.call({ base: 10 }, 5), callWith.length);
class Fluent {
    parts = [];
    add(s) { this.parts.push(s); return this; }
    toString() { return this.parts.join(" "); }
}
class Loud extends Fluent {
    shout() { return this.add("!"); }
}
console.log(String(new Loud().add("hi").shout().add("there")));
