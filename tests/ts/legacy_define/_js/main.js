var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
// Legacy decorators with define semantics for fields (target ES2022, so
// useDefineForClassFields defaults to true): a property decorator's
// accessor on the prototype is shadowed by the own field, as under tsc.
const meta = [];
Reflect.metadata = (k, v) => (t, key) => {
    meta.push(`${key ?? t.name}:${k}=${Array.isArray(v) ? v.map((f) => f?.name ?? String(f)).join("|") : v?.name ?? String(v)}`);
};
function upper(target, key) {
    Object.defineProperty(target, key, {
        get() { return this[`_${key}`]; },
        set(v) { this[`_${key}`] = v.toUpperCase(); },
        configurable: true,
    });
}
function Entity(name) { return (c) => { c.table = name; }; }
var Role;
(function (Role) {
    Role["Admin"] = "admin";
    Role["User"] = "user";
})(Role || (Role = {}));
let Person = class Person {
    age;
    nickname;
    name = "ann";
    role = Role.User;
    tags = [];
    maybe = null;
    when;
    id = 1n;
    fn = () => { };
    union = 1;
    constructor(age, nickname) {
        this.age = age;
        this.nickname = nickname;
        this.nick = nickname ?? "none";
    }
};
__decorate([
    upper,
    __metadata("design:type", String)
], Person.prototype, "name", void 0);
__decorate([
    upper,
    __metadata("design:type", String)
], Person.prototype, "nick", void 0);
__decorate([
    upper,
    __metadata("design:type", String)
], Person.prototype, "role", void 0);
__decorate([
    upper,
    __metadata("design:type", Array)
], Person.prototype, "tags", void 0);
__decorate([
    upper,
    __metadata("design:type", Object)
], Person.prototype, "maybe", void 0);
__decorate([
    upper,
    __metadata("design:type", Date)
], Person.prototype, "when", void 0);
__decorate([
    upper,
    __metadata("design:type", BigInt)
], Person.prototype, "id", void 0);
__decorate([
    upper,
    __metadata("design:type", Function)
], Person.prototype, "fn", void 0);
__decorate([
    upper,
    __metadata("design:type", Object)
], Person.prototype, "union", void 0);
Person = __decorate([
    Entity("people"),
    __metadata("design:paramtypes", [Number, String])
], Person);
const p = new Person(30, "al");
console.log(p.name, p.nick, Object.keys(p), Person.table);
console.log(meta.join("\n"));
