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
exports.UserService = void 0;
const di_1 = require("@app/shared/di");
const user_repository_js_1 = require("../repo/user.repository.js");
const user_js_1 = require("../models/user.js");
const _shared_1 = require("@shared");
const Clock = require("../legacy/ids");
let UserService = class UserService {
    repo;
    clock;
    limit;
    events = [];
    constructor(repo, clock, limit) {
        this.repo = repo;
        this.clock = clock;
        this.limit = limit;
    }
    async create(input) {
        if (this.repo.byEmail(input.email))
            throw new _shared_1.HttpError(409, `duplicate ${input.email}`);
        if ((await this.repo.list()).total >= this.limit)
            throw new _shared_1.HttpError(429, 'too many users');
        const user = input.role === 'admin'
            ? new user_js_1.Admin(input.name, input.email, ['read', 'write'])
            : new user_js_1.User(input.name, input.email, input.role ?? _shared_1.Role.Member, this.clock.now());
        const problems = (0, di_1.check)(user);
        if (problems.length)
            throw new _shared_1.HttpError(400, problems.join('; '));
        this.note(10 /* Level.Info */, `created ${user.id}`);
        return this.repo.save(user);
    }
    async suspend(id) {
        const u = await this.repo.find(id);
        if (!u)
            throw new _shared_1.HttpError(404, `no user ${id}`);
        u.status = _shared_1.Status.Suspended;
        u.visits--;
        this.note(20 /* Level.Warn */, `suspended ${id}`);
        return u;
    }
    count() { return this.repo.active().length; }
    note(level, msg) {
        this.events.push(`${level}:${msg}`);
    }
    get history() { return this.events; }
};
exports.UserService = UserService;
__decorate([
    (0, di_1.Logged)(),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object]),
    __metadata("design:returntype", Promise)
], UserService.prototype, "create", null);
__decorate([
    (0, di_1.Logged)('count'),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", Number)
], UserService.prototype, "count", null);
exports.UserService = UserService = __decorate([
    (0, di_1.Injectable)(),
    __param(2, (0, di_1.Inject)('limit')),
    __metadata("design:paramtypes", [user_repository_js_1.UserRepository,
        Clock, Number])
], UserService);
