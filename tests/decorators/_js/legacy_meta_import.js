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
Object.defineProperty(exports, "__esModule", { value: true });
// --experimental-decorators --emit-decorator-metadata given on the command
// line (no tsconfig): classes imported only as types in decorated
// signatures stay imported, for their design:* metadata.
const deps_1 = require("./_lib/deps");
const seen = [];
const show = (v) => Array.isArray(v) ? `[${v.map(show).join(", ")}]` : typeof v === "function" ? v.name : String(v);
Reflect.metadata = (k, v) => (target, key) => {
    seen.push(`${key ?? target.name} ${k} = ${show(v)}`);
};
function Service() { return () => { }; }
function Prop() { return () => { }; }
function Method() { return () => { }; }
let Worker = class Worker {
    db;
    cache;
    mode = deps_1.Mode.Safe;
    constructor(db, opts, mode) {
        this.db = db;
    }
    run(db, c) { return db; }
};
__decorate([
    Prop(),
    __metadata("design:type", deps_1.Cache)
], Worker.prototype, "cache", void 0);
__decorate([
    Prop(),
    __metadata("design:type", Number)
], Worker.prototype, "mode", void 0);
__decorate([
    Method(),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [deps_1.Database, deps_1.Cache]),
    __metadata("design:returntype", deps_1.Database)
], Worker.prototype, "run", null);
Worker = __decorate([
    Service(),
    __metadata("design:paramtypes", [deps_1.Database, Object, Number])
], Worker);
console.log(seen.join("\n"));
console.log(new Worker(new deps_1.Database(), { verbose: true }, deps_1.Mode.Fast).run(new deps_1.Database()).name);
