"use strict";
var __importDefault = (this && this.__importDefault) || function (mod) {
    return (mod && mod.__esModule) ? mod : { "default": mod };
};
Object.defineProperty(exports, "__esModule", { value: true });
// main.ts: a small layered TypeScript service (repository, service,
// controller) across files, built by `kiln build main.ts` from this folder
// with its tsconfig.json: `extends`, `paths` + `baseUrl`, legacy decorators
// with design metadata, enums and a const enum across files, namespaces,
// `export =` / `import x = require`, `.js`-suffixed imports of .ts
// sources, `import type` and a JSON import.
const _shared_1 = require("@shared");
const di_1 = require("@app/shared/di");
const user_controller_1 = require("@app/controllers/user.controller");
const user_js_1 = require("./_src/models/user.js");
const seed_json_1 = __importDefault(require("./_src/seed.json"));
const Clock = require("./_src/legacy/ids");
async function main() {
    const c = new di_1.Container().provide('limit', seed_json_1.default.limit).use(Clock, new Clock());
    const ctl = c.get(user_controller_1.UserController);
    console.log(c.log.join('\n'));
    const prefix = (0, _shared_1.getMetadata)('prefix', user_controller_1.UserController);
    for (const r of (0, _shared_1.getMetadata)('routes', user_controller_1.UserController) ?? [])
        console.log(`${r.method.padEnd(5)}${prefix}${r.path} -> ${String(r.handler)}`);
    console.log('paramtypes', (0, _shared_1.getMetadata)('design:paramtypes', user_controller_1.UserController.prototype, 'create')?.map((f) => f.name));
    console.log('returntype', (0, _shared_1.getMetadata)('design:returntype', user_controller_1.UserController.prototype, 'count')?.name);
    for (const u of seed_json_1.default.users) {
        const res = await (0, user_controller_1.handle)(ctl, () => ctl.create(u));
        console.log(res.status, res.body);
    }
    console.log(await (0, user_controller_1.handle)(ctl, () => ctl.create({ name: 'x', email: 'y' })));
    console.log(await (0, user_controller_1.handle)(ctl, () => ctl.suspend('1')));
    console.log(await (0, user_controller_1.handle)(ctl, () => ctl.suspend('42')));
    console.log(await (0, user_controller_1.handle)(ctl, () => ctl.count()));
    console.log(_shared_1.Status, _shared_1.Status[_shared_1.Status.Deleted], 20 /* Level.Warn */, _shared_1.Text.Case.upper(_shared_1.Role.Guest), _shared_1.Text.sep.trim());
    console.log(Clock.epoch, Clock.unit, new Clock().now());
    const u = new user_js_1.User('zed', 'zed@zed.io');
    u.visits = -3;
    console.log(JSON.stringify(u), u.visits, Object.keys(u));
    const svc = ctl.users;
    console.log(svc.history);
}
main().catch((e) => {
    console.log('fatal', e);
    process.exitCode = 1;
});
