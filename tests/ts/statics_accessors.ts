// Static members and blocks, static inheritance, getters/setters with
// types, and index signatures, in TypeScript classes.
class Config {
  static readonly defaults: Readonly<Record<string, string>> = { env: "dev", port: "8080" };
  static #instances = 0;
  static registry: Map<string, Config>;
  static {
    Config.registry = new Map();
    Config.registry.set("root", new Config("root"));
  }
  [key: string]: unknown;
  private _port = 0;
  constructor(public readonly name: string) { Config.#instances++; }
  get port(): number { return this._port || Number(Config.defaults.port); }
  set port(v: number | string) { this._port = typeof v === "string" ? parseInt(v, 10) : v; }
  static get instances() { return Config.#instances; }
  static create(this: typeof Config, name: string) { const c = new this(name); Config.registry.set(name, c); return c; }
}
class DbConfig extends Config {
  static override readonly defaults = { ...Config.defaults, port: "5432" };
  static { DbConfig.create("db-main"); }
  override get port(): number { return super.port + 1; }
  override set port(v: number) { super.port = v; }
}
const c = Config.create("web");
c.port = "3000";
c["custom"] = true;
const d = new DbConfig("db");
console.log(c.port, d.port, Config.instances, [...Config.registry.keys()]);
d.port = 10;
console.log(d.port, c.custom, Object.keys(c), DbConfig.defaults, Config.defaults);
console.log(Config.registry.get("db-main") instanceof DbConfig, Object.getOwnPropertyNames(DbConfig).sort());
