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
exports.UserController = void 0;
exports.handle = handle;
const di_js_1 = require("../shared/di.js");
const user_service_1 = require("@app/services/user.service");
const _shared_1 = require("@shared");
let UserController = class UserController {
    users;
    constructor(users) {
        this.users = users;
    }
    async create(body) {
        const u = await this.users.create(body);
        return { status: 201, body: u.describe() };
    }
    async suspend(id) {
        const u = await this.users.suspend(Number(id));
        return { status: 200, body: u.describe() };
    }
    count() {
        return { status: 200, body: _shared_1.Text.pad('active', 8) + this.users.count() };
    }
};
exports.UserController = UserController;
__decorate([
    (0, di_js_1.Post)('/'),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], UserController.prototype, "create", null);
__decorate([
    (0, di_js_1.Post)('/:id/suspend'),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String]),
    __metadata("design:returntype", Promise)
], UserController.prototype, "suspend", null);
__decorate([
    (0, di_js_1.Get)('/count'),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", void 0)
], UserController.prototype, "count", null);
exports.UserController = UserController = __decorate([
    (0, di_js_1.Injectable)(),
    (0, di_js_1.Controller)('/users'),
    __metadata("design:paramtypes", [user_service_1.UserService])
], UserController);
async function handle(ctl, action) {
    try {
        return await action();
    }
    catch (e) {
        if (e instanceof _shared_1.HttpError)
            return { status: e.status, body: e.message };
        throw e;
    }
}
