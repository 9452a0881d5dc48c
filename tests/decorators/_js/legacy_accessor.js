var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
// experimentalDecorators on `accessor` fields: tsc decorates the getter/setter
// pair it generates.
function d(t, k, desc) { console.log("d", String(k), desc && Object.keys(desc).join(",")); }
function wrap(t, k, desc) {
    const get = desc.get;
    return { ...desc, get() { return "wrapped " + get.call(this); } };
}
class L {
    #x_accessor_storage = 1;
    get x() { return this.#x_accessor_storage; }
    set x(value) { this.#x_accessor_storage = value; }
    #w_accessor_storage = "w";
    get w() { return this.#w_accessor_storage; }
    set w(value) { this.#w_accessor_storage = value; }
    #plain_accessor_storage = 3;
    get plain() { return this.#plain_accessor_storage; }
    set plain(value) { this.#plain_accessor_storage = value; }
}
__decorate([
    d
], L.prototype, "x", null);
__decorate([
    wrap
], L.prototype, "w", null);
const l = new L();
l.x = 5;
console.log(l.x, l.w, l.plain);
