"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// Static members and blocks, static inheritance, getters/setters with
// types, and index signatures, in TypeScript classes.
class Config {
    name;
    static defaults = { env: "dev", port: "8080" };
    static #instances = 0;
    static registry;
    static {
        Config.registry = new Map();
        Config.registry.set("root", new Config("root"));
    }
    _port = 0;
    constructor(name) {
        this.name = name;
        Config.#instances++;
    }
    get port() { return this._port || Number(Config.defaults.port); }
    set port(v) { this._port = typeof v === "string" ? parseInt(v, 10) : v; }
    static get instances() { return Config.#instances; }
    static create(name) { const c = new this(name); Config.registry.set(name, c); return c; }
}
class DbConfig extends Config {
    static defaults = { ...Config.defaults, port: "5432" };
    static { DbConfig.create("db-main"); }
    get port() { return super.port + 1; }
    set port(v) { super.port = v; }
}
const c = Config.create("web");
c.port = "3000";
c["custom"] = true;
const d = new DbConfig("db");
console.log(c.port, d.port, Config.instances, [...Config.registry.keys()]);
d.port = 10;
console.log(d.port, c.custom, Object.keys(c), DbConfig.defaults, Config.defaults);
console.log(Config.registry.get("db-main") instanceof DbConfig, Object.getOwnPropertyNames(DbConfig).sort());
