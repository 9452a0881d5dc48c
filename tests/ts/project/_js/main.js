"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// main.ts: a multi-file TypeScript project with a tsconfig.json: `paths`
// aliases, enums and a const enum across files, parameter properties,
// `export =` and `import = require`.
const service_1 = require("@lib/service");
const colors_1 = require("@lib/colors");
const config = require("@config");
const svc = service_1.Service.create(config.defaults);
console.log(svc.name, service_1.Service.version, 30 /* Limits.Max */);
for (const p of [colors_1.Priority.Low, colors_1.Priority.High, colors_1.Priority.Mid])
    console.log(svc.handle(p));
console.log(svc.history(), colors_1.Color.Green, Object.keys(svc));
const strict = colors_1.Color.Red;
console.log(strict === svc.handle(colors_1.Priority.High));
