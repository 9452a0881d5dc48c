"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Service = void 0;
// service.ts: a service class with parameter properties and a namespace
// merged with it.
const colors_1 = require("@lib/colors");
class Service {
    name;
    config;
    level;
    log = [];
    constructor(name, config, level = colors_1.Priority.Low) {
        this.name = name;
        this.config = config;
        this.level = level;
    }
    handle(p) {
        const c = (0, colors_1.pick)(p);
        this.log.push(`${this.name}:${colors_1.Priority[p]}:${c}`);
        return c;
    }
    history() { return this.log.slice(0, this.config.keep); }
}
exports.Service = Service;
(function (Service) {
    Service.version = "1." + colors_1.Priority.High;
    function create(cfg) { return new Service("svc", cfg); }
    Service.create = create;
})(Service || (exports.Service = Service = {}));
