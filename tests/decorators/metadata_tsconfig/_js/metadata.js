"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
// Legacy decorators with design:* metadata (tsconfig): numeric, string and
// mixed enums, unions, tuples, functions, parameter decorators.
const enums_1 = require("./_lib/enums");
const meta = {};
Reflect.metadata = (k, v) => (t, key) => { (meta[`${t.name ?? t.constructor.name}.${key ?? ''}.${k}`] ??= []).push(v); };
function P(tag) { return (t, k, i) => console.log('param', tag, String(k), i); }
function M() { return (t, k, d) => console.log('method', String(k), typeof d.value, typeof d.get); }
function C(ctor) { return class extends ctor {
    extra = 'added';
}; }
var Kind;
(function (Kind) {
    Kind[Kind["A"] = 0] = "A";
    Kind[Kind["B"] = 1] = "B";
})(Kind || (Kind = {}));
var Tone;
(function (Tone) {
    Tone["Hi"] = "hi";
    Tone["Lo"] = "lo";
})(Tone || (Tone = {}));
var Mix;
(function (Mix) {
    Mix[Mix["N"] = 1] = "N";
    Mix["S"] = "s";
})(Mix || (Mix = {}));
let Svc = class Svc {
    name;
    constructor(name, n) {
        this.name = name;
    }
    run(k, s, d, cb, arr, u, t) { return Promise.resolve(); }
    get value() { return 1; }
    static make(x) { return x; }
    async later(t, m) { return 'x'; }
};
__decorate([
    M(),
    __param(0, P('run0')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Number, Object, Date, Function, Array, String, Array]),
    __metadata("design:returntype", Promise)
], Svc.prototype, "run", null);
__decorate([
    M(),
    __metadata("design:type", Number),
    __metadata("design:paramtypes", [])
], Svc.prototype, "value", null);
__decorate([
    M(),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Object]),
    __metadata("design:returntype", Promise)
], Svc.prototype, "later", null);
__decorate([
    M(),
    __param(0, P('make0')),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Svc]),
    __metadata("design:returntype", Svc)
], Svc, "make", null);
Svc = __decorate([
    C,
    __param(0, P('ctor0')),
    __param(1, P('ctor1')),
    __metadata("design:paramtypes", [String, Number])
], Svc);
const s = new Svc('n');
console.log(s.extra, s.name, s instanceof Svc);
const show = (f) => (Array.isArray(f) ? f.map(show) : typeof f === 'function' ? f.name : String(f));
for (const [k, v] of Object.entries(meta))
    console.log(k, show(v));
// Enums of another file: tsc knows their members, kiln looks when the
// class is defined.
const d = () => { };
class Imported {
    role;
    level;
    mixed;
    pick(r, l) { return enums_1.Mixed.A; }
}
__decorate([
    d,
    __metadata("design:type", String)
], Imported.prototype, "role", void 0);
__decorate([
    d,
    __metadata("design:type", Number)
], Imported.prototype, "level", void 0);
__decorate([
    d,
    __metadata("design:type", Object)
], Imported.prototype, "mixed", void 0);
__decorate([
    M(),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String, Number]),
    __metadata("design:returntype", Object)
], Imported.prototype, "pick", null);
for (const k of ['role', 'level', 'mixed', 'pick'])
    console.log(k, show(meta[`Imported.${k}.design:type`]), show(meta[`Imported.${k}.design:paramtypes`] ?? []), show(meta[`Imported.${k}.design:returntype`] ?? []));
