var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
// Options from a tsconfig named by --project: legacy decorators and
// assigned (not defined) class fields.
const calls = [];
function log(target, key, desc) {
    const f = desc.value;
    desc.value = function (...a) { calls.push(`${key}(${a.join()})`); return f.apply(this, a); };
}
class Base {
    set value(v) { calls.push(`set value ${v}`); }
    get value() { return 42; }
}
class Item extends Base {
    constructor() {
        super(...arguments);
        // @ts-ignore
        this.value = 7;
    }
    add(n) { return this.value + n; }
}
__decorate([
    log
], Item.prototype, "add", null);
const it = new Item();
console.log(it.add(1), Object.keys(it), calls);
