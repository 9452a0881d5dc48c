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
var Counter_1;
Object.defineProperty(exports, "__esModule", { value: true });
// inversify: a container wiring classes through @injectable/@inject with
// reflect-metadata (legacy decorators + emitDecoratorMetadata).
require("reflect-metadata");
const inversify_1 = require("inversify");
const TYPES = {
    Logger: Symbol.for('Logger'),
    Weapon: Symbol.for('Weapon'),
    Clock: Symbol.for('Clock'),
    Plugin: Symbol.for('Plugin'),
    Missing: Symbol.for('Missing'),
};
let created = 0;
let MemoryLogger = class MemoryLogger {
    lines = [];
    id = ++created;
    log(msg) { this.lines.push(msg); }
};
MemoryLogger = __decorate([
    (0, inversify_1.injectable)()
], MemoryLogger);
let Katana = class Katana {
    hit() { return 'cut'; }
};
Katana = __decorate([
    (0, inversify_1.injectable)()
], Katana);
let Shuriken = class Shuriken {
    hit() { return 'throw'; }
};
Shuriken = __decorate([
    (0, inversify_1.injectable)()
], Shuriken);
let Counter = class Counter {
    static { Counter_1 = this; }
    static made = 0;
    n = ++Counter_1.made;
};
Counter = Counter_1 = __decorate([
    (0, inversify_1.injectable)()
], Counter);
let Ninja = class Ninja {
    melee;
    ranged;
    logger;
    extra;
    ready = false;
    constructor(melee, ranged, logger, extra) {
        this.melee = melee;
        this.ranged = ranged;
        this.logger = logger;
        this.extra = extra;
    }
    init() { this.ready = true; this.logger.log('ninja ready'); }
    fight() { return `${this.ready} ${this.melee.hit()} ${this.ranged.hit()} ${this.extra}`; }
};
__decorate([
    (0, inversify_1.postConstruct)(),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", []),
    __metadata("design:returntype", void 0)
], Ninja.prototype, "init", null);
Ninja = __decorate([
    (0, inversify_1.injectable)(),
    __param(0, (0, inversify_1.inject)(TYPES.Weapon)),
    __param(0, (0, inversify_1.named)('melee')),
    __param(1, (0, inversify_1.inject)(TYPES.Weapon)),
    __param(1, (0, inversify_1.named)('ranged')),
    __param(2, (0, inversify_1.inject)(TYPES.Logger)),
    __param(3, (0, inversify_1.inject)(TYPES.Missing)),
    __param(3, (0, inversify_1.optional)()),
    __metadata("design:paramtypes", [Object, Object, Object, String])
], Ninja);
let Samurai = class Samurai {
    weapon;
    constructor(weapon) {
        this.weapon = weapon;
    }
};
Samurai = __decorate([
    (0, inversify_1.injectable)(),
    __param(0, (0, inversify_1.inject)(TYPES.Weapon)),
    __param(0, (0, inversify_1.tagged)('power', 'high')),
    __metadata("design:paramtypes", [Object])
], Samurai);
let Host = class Host {
    plugins;
    constructor(plugins) {
        this.plugins = plugins;
    }
};
Host = __decorate([
    (0, inversify_1.injectable)(),
    __param(0, (0, inversify_1.multiInject)(TYPES.Plugin)),
    __metadata("design:paramtypes", [Array])
], Host);
// Class-typed dependency resolved through design:paramtypes.
let Service = class Service {
    counter;
    logger;
    constructor(counter, logger) {
        this.counter = counter;
        this.logger = logger;
    }
};
Service = __decorate([
    (0, inversify_1.injectable)(),
    __metadata("design:paramtypes", [Counter, MemoryLogger])
], Service);
let A = class A {
    b;
    constructor(b) {
        this.b = b;
    }
};
A = __decorate([
    (0, inversify_1.injectable)(),
    __param(0, (0, inversify_1.inject)('B')),
    __metadata("design:paramtypes", [Object])
], A);
let B = class B {
    a;
    constructor(a) {
        this.a = a;
    }
};
B = __decorate([
    (0, inversify_1.injectable)(),
    __param(0, (0, inversify_1.inject)('A')),
    __metadata("design:paramtypes", [Object])
], B);
function attempt(label, f) {
    try {
        f();
        console.log(label, 'ok');
    }
    catch (e) {
        const msg = String(e.message).split('\n')[0];
        console.log(label, 'threw', e.constructor.name + ':', msg);
    }
}
const c = new inversify_1.Container();
c.bind(TYPES.Logger).to(MemoryLogger).inSingletonScope();
c.bind(TYPES.Weapon).to(Katana).whenNamed('melee');
c.bind(TYPES.Weapon).to(Shuriken).whenNamed('ranged');
c.bind(Ninja).toSelf();
c.bind(Counter).toSelf().inTransientScope();
c.bind(MemoryLogger).toSelf().inSingletonScope();
c.bind(Service).toSelf();
c.bind(TYPES.Plugin).toConstantValue('auth');
c.bind(TYPES.Plugin).toConstantValue('cache');
c.bind(Host).toSelf();
c.bind(TYPES.Clock).toDynamicValue(() => () => 42);
const ninja = c.get(Ninja);
console.log(ninja.fight());
console.log(c.get(TYPES.Logger) === ninja.logger, ninja.logger.lines);
const s1 = c.get(Service), s2 = c.get(Service);
console.log(s1 === s2, s1.counter.n, s2.counter.n, s1.logger === s2.logger);
console.log(c.get(Host).plugins.join(','));
console.log(c.get(TYPES.Clock)());
console.log(c.isBound(TYPES.Weapon), c.isBound(TYPES.Missing));
console.log(c.getAll(TYPES.Plugin));
const tagged2 = new inversify_1.Container();
tagged2.bind(TYPES.Weapon).to(Katana).whenTagged('power', 'high');
tagged2.bind(TYPES.Weapon).to(Shuriken).whenTagged('power', 'low');
tagged2.bind(Samurai).toSelf();
console.log('samurai', tagged2.get(Samurai).weapon.hit());
const child = new inversify_1.Container({ parent: c });
child.bind(TYPES.Plugin).toConstantValue('child-only');
console.log('child', child.getAll(TYPES.Plugin), child.get(TYPES.Logger) === ninja.logger);
const circ = new inversify_1.Container();
circ.bind('A').to(A);
circ.bind('B').to(B);
attempt('circular', () => circ.get('A'));
attempt('unbound', () => c.get(TYPES.Missing));
attempt('ambiguous', () => c.get(TYPES.Weapon));
c.unbind(TYPES.Clock);
console.log('after unbind', c.isBound(TYPES.Clock));
const snap = new inversify_1.Container({ defaultScope: 'Singleton' });
snap.bind(Counter).toSelf();
console.log('default singleton', snap.get(Counter) === snap.get(Counter));
async function main() {
    const ac = new inversify_1.Container();
    ac.bind('greeting').toDynamicValue(async () => 'hello async');
    console.log(await ac.getAsync('greeting'));
}
main();
