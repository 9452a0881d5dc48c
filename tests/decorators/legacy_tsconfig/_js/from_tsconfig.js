var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
// experimentalDecorators comes from tsconfig.json beside this file.
function dec(target, key, desc) {
    console.log('legacy method decorator', typeof target, key, typeof desc.value);
}
function cls(c) { console.log('legacy class decorator', c.name); }
let A = class A {
    m() { return 1; }
};
__decorate([
    dec
], A.prototype, "m", null);
A = __decorate([
    cls
], A);
console.log(new A().m());
