// main.ts: a multi-file TypeScript project with a tsconfig.json: `paths`
// aliases, enums and a const enum across files, parameter properties,
// `export =` and `import = require`.
import { Service } from "@lib/service";
import { Color, Priority, Limits } from "@lib/colors";
import config = require("@config");

const svc = Service.create(config.defaults);
console.log(svc.name, Service.version, Limits.Max);
for (const p of [Priority.Low, Priority.High, Priority.Mid]) console.log(svc.handle(p));
console.log(svc.history(), Color.Green, Object.keys(svc));
const strict: Color = Color.Red;
console.log(strict === svc.handle(Priority.High));
