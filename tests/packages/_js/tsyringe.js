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
// tsyringe: Microsoft's decorator DI container (legacy decorators +
// emitDecoratorMetadata through reflect-metadata).
require("reflect-metadata");
const tsyringe_1 = require("tsyringe");
const REPO = 'Repo';
const CONFIG = Symbol('Config');
let made = 0;
let Database = class Database {
    id = ++made;
    query(q) { return `db${this.id}:${q}`; }
};
Database = __decorate([
    (0, tsyringe_1.singleton)()
], Database);
let UserRepo = class UserRepo {
    db;
    name = 'users';
    constructor(db) {
        this.db = db;
    }
    find(id) { return this.db.query(`user ${id}`); }
};
UserRepo = __decorate([
    (0, tsyringe_1.injectable)(),
    __metadata("design:paramtypes", [Database])
], UserRepo);
class MemoryRepo {
    name = 'memory';
    find(id) { return `mem:${id}`; }
}
let Registrations = class Registrations {
};
Registrations = __decorate([
    (0, tsyringe_1.registry)([
        { token: REPO, useClass: UserRepo },
        { token: CONFIG, useValue: { env: 'test', port: 8080 } },
        { token: 'plugin', useValue: 'p1' },
        { token: 'plugin', useValue: 'p2' },
    ])
], Registrations);
let UserService = class UserService {
    repo;
    config;
    plugins;
    constructor(repo, config, plugins) {
        this.repo = repo;
        this.config = config;
        this.plugins = plugins;
    }
    describe() { return `${this.repo.name} ${this.repo.find(1)} ${this.config.env}:${this.config.port}`; }
};
UserService = __decorate([
    (0, tsyringe_1.injectable)(),
    __param(0, (0, tsyringe_1.inject)(REPO)),
    __param(1, (0, tsyringe_1.inject)(CONFIG)),
    __param(2, (0, tsyringe_1.injectAll)('plugin')),
    __metadata("design:paramtypes", [Object, Object, Array])
], UserService);
let Transient = class Transient {
    id = ++made;
};
Transient = __decorate([
    (0, tsyringe_1.injectable)()
], Transient);
let PerContainer = class PerContainer {
    id = ++made;
};
PerContainer = __decorate([
    (0, tsyringe_1.scoped)(tsyringe_1.Lifecycle.ContainerScoped)
], PerContainer);
let Ping = class Ping {
    pong;
    constructor(pong) {
        this.pong = pong;
    }
    name() { return 'ping'; }
};
Ping = __decorate([
    (0, tsyringe_1.injectable)(),
    __param(0, (0, tsyringe_1.inject)((0, tsyringe_1.delay)(() => Pong))),
    __metadata("design:paramtypes", [Object])
], Ping);
let Pong = class Pong {
    ping;
    constructor(ping) {
        this.ping = ping;
    }
    name() { return 'pong'; }
};
Pong = __decorate([
    (0, tsyringe_1.injectable)(),
    __param(0, (0, tsyringe_1.inject)((0, tsyringe_1.delay)(() => Ping))),
    __metadata("design:paramtypes", [Object])
], Pong);
let Auto = class Auto {
    db;
    label = 'auto';
    constructor(db) {
        this.db = db;
    }
};
Auto = __decorate([
    (0, tsyringe_1.autoInjectable)(),
    __metadata("design:paramtypes", [Database])
], Auto);
class NotDecorated {
    x;
    constructor(x) {
        this.x = x;
    }
}
function attempt(label, f) {
    try {
        f();
        console.log(label, 'ok');
    }
    catch (e) {
        console.log(label, 'threw', e.constructor.name + ':', String(e.message).split('\n')[0]);
    }
}
void Registrations;
const svc = tsyringe_1.container.resolve(UserService);
console.log(svc.describe(), svc.plugins);
console.log(tsyringe_1.container.resolve(Database) === tsyringe_1.container.resolve(Database));
console.log(tsyringe_1.container.resolve(Transient).id !== tsyringe_1.container.resolve(Transient).id);
const child = tsyringe_1.container.createChildContainer();
child.register(REPO, { useClass: MemoryRepo });
console.log('child', child.resolve(UserService).describe());
console.log('parent still', tsyringe_1.container.resolve(UserService).describe());
console.log('scoped', child.resolve(PerContainer) === child.resolve(PerContainer), child.resolve(PerContainer) === tsyringe_1.container.resolve(PerContainer));
console.log('isRegistered', child.isRegistered(REPO), child.isRegistered(REPO, true), child.isRegistered('nothing', true));
const ping = tsyringe_1.container.resolve(Ping);
console.log('delay', ping.name(), ping.pong.name(), ping.pong.ping.name());
const a = new Auto();
console.log('auto', a.db instanceof Database, a.label);
tsyringe_1.container.register('factory', { useFactory: (0, tsyringe_1.instanceCachingFactory)((c) => c.resolve(Database).query('f')) });
console.log('factory', tsyringe_1.container.resolve('factory'), tsyringe_1.container.resolve('factory'));
tsyringe_1.container.registerInstance('inst', { v: 1 });
console.log('instance', tsyringe_1.container.resolve('inst').v);
attempt('unregistered', () => tsyringe_1.container.resolve('nothing'));
attempt('not injectable', () => tsyringe_1.container.resolve(NotDecorated));
tsyringe_1.container.clearInstances();
console.log('after clear', tsyringe_1.container.resolve(Database).id);
tsyringe_1.container.reset();
attempt('after reset', () => tsyringe_1.container.resolve(REPO));
