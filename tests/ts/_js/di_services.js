"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
class MemoryLogger {
    prefix;
    lines = [];
    constructor(prefix = "[app]") {
        this.prefix = prefix;
    }
    log(msg) {
        this.lines.push(`${this.prefix} ${msg}`);
    }
}
class Token {
    name;
    constructor(name) {
        this.name = name;
    }
    toString() { return `Token(${this.name})`; }
}
class Container {
    factories = new Map();
    singletons = new Map();
    bind(token, factory, singleton = true) {
        this.factories.set(token, singleton ? () => {
            if (!this.singletons.has(token))
                this.singletons.set(token, factory());
            return this.singletons.get(token);
        } : factory);
        return this;
    }
    get(token) {
        const f = this.factories.get(token);
        if (!f)
            throw new Error(`no binding for ${token}`);
        return f();
    }
}
const LOGGER = new Token("logger");
const REPO = new Token("repo");
const SERVICE = new Token("service");
class UserRepo {
    logger;
    users = [];
    nextId = 1;
    constructor(logger) {
        this.logger = logger;
    }
    add(name, email) {
        const u = { id: this.nextId++, name, ...(email ? { email } : {}) };
        this.users.push(u);
        this.logger.log(`added ${u.id}:${u.name}`);
        return u;
    }
    find(pred) {
        return this.users.find(pred);
    }
    all() { return this.users; }
}
class UserService {
    repo;
    logger;
    limit;
    static instances = 0;
    constructor(repo, logger, limit = 3) {
        this.repo = repo;
        this.logger = logger;
        this.limit = limit;
        UserService.instances++;
    }
    register(name, email) {
        if (this.repo.all().length >= this.limit) {
            throw new RangeError(`limit ${this.limit} reached`);
        }
        return this.repo.add(name, email);
    }
    byName(name) {
        return this.repo.find(u => u.name === name) ?? null;
    }
}
const c = new Container()
    .bind(LOGGER, () => new MemoryLogger())
    .bind(REPO, () => new UserRepo(c.get(LOGGER)))
    .bind(SERVICE, () => new UserService(c.get(REPO), c.get(LOGGER)), false);
const svc = c.get(SERVICE);
svc.register("ann", "ann@example.com");
svc.register("bob");
console.log(svc.byName("ann"), svc.byName("zed"));
const svc2 = c.get(SERVICE);
console.log(svc === svc2, UserService.instances, svc.logger === svc2.logger);
svc2.register("cy");
try {
    svc.register("dee");
}
catch (e) {
    console.log(e.name, e.message);
}
console.log(c.get(LOGGER).lines);
console.log(Object.keys(svc), Object.keys(new MemoryLogger("x")));
try {
    c.get(new Token("missing"));
}
catch (e) {
    console.log(e.message);
}
console.log(JSON.stringify(svc2, (k, v) => k === "repo" ? "[repo]" : v));
