"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.UserRepository = void 0;
const repository_js_1 = require("./repository.js");
const di_js_1 = require("../shared/di.js");
const _shared_1 = require("@shared");
let UserRepository = class UserRepository extends repository_js_1.InMemoryRepository {
    byEmail(email) {
        return this.where((u) => u.email === email)[0];
    }
    active() {
        return this.where((u) => u.status === _shared_1.Status.Active);
    }
};
exports.UserRepository = UserRepository;
exports.UserRepository = UserRepository = __decorate([
    (0, di_js_1.Injectable)()
], UserRepository);
