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
exports.Admin = exports.User = void 0;
const entity_js_1 = require("./entity.js");
const _shared_1 = require("@shared");
const di_js_1 = require("../shared/di.js");
class User extends entity_js_1.Entity {
    role;
    #visits = 0;
    status = _shared_1.Status.Active;
    name;
    email;
    constructor(name, email, role = _shared_1.Role.Member, at = 0) {
        super(at);
        this.role = role;
        this.name = name;
        this.email = email;
    }
    get visits() { return this.#visits; }
    set visits(v) { this.#visits = Math.max(0, v); }
    describe() {
        return `${this.name} <${this.email}> ${this.role} ${_shared_1.Status[this.status]}`;
    }
}
exports.User = User;
__decorate([
    (0, di_js_1.MinLength)(3),
    __metadata("design:type", String)
], User.prototype, "name", void 0);
__decorate([
    (0, di_js_1.MinLength)(5),
    __metadata("design:type", String)
], User.prototype, "email", void 0);
class Admin extends User {
    scopes;
    constructor(name, email, scopes = ['*']) {
        super(name, email, _shared_1.Role.Admin);
        this.scopes = scopes;
    }
    describe() {
        return `${super.describe()} scopes=${this.scopes.join(',')}`;
    }
}
exports.Admin = Admin;
