// main.ts: a small layered TypeScript service (repository, service,
// controller) across files, built by `kiln build main.ts` from this folder
// with its tsconfig.json: `extends`, `paths` + `baseUrl`, legacy decorators
// with design metadata, enums and a const enum across files, namespaces,
// `export =` / `import x = require`, `.js`-suffixed imports of .ts
// sources, `import type` and a JSON import.
import { getMetadata, Status, Level, Text, Role } from '@shared';
import { Container } from '@app/shared/di';
import type { Route } from './_src/shared/di.js';
import { UserController, handle } from '@app/controllers/user.controller';
import { User } from './_src/models/user.js';
import seed from './_src/seed.json';
import Clock = require('./_src/legacy/ids');

async function main() {
  const c = new Container().provide('limit', seed.limit).use(Clock, new Clock());
  const ctl = c.get(UserController);
  console.log(c.log.join('\n'));
  const prefix = getMetadata<string>('prefix', UserController);
  for (const r of getMetadata<Route[]>('routes', UserController) ?? [])
    console.log(`${r.method.padEnd(5)}${prefix}${r.path} -> ${String(r.handler)}`);
  console.log('paramtypes', getMetadata<Function[]>('design:paramtypes', UserController.prototype, 'create')?.map((f) => f.name));
  console.log('returntype', getMetadata<Function>('design:returntype', UserController.prototype, 'count')?.name);

  for (const u of seed.users) {
    const res = await handle(ctl, () => ctl.create(u as any));
    console.log(res.status, res.body);
  }
  console.log(await handle(ctl, () => ctl.create({ name: 'x', email: 'y' })));
  console.log(await handle(ctl, () => ctl.suspend('1')));
  console.log(await handle(ctl, () => ctl.suspend('42')));
  console.log(await handle(ctl, () => ctl.count()));
  console.log(Status, Status[Status.Deleted], Level.Warn, Text.Case.upper(Role.Guest), Text.sep.trim());
  console.log(Clock.epoch, Clock.unit, new Clock().now());
  const u = new User('zed', 'zed@zed.io');
  u.visits = -3;
  console.log(JSON.stringify(u), u.visits, Object.keys(u));
  const svc = (ctl as any).users;
  console.log(svc.history);
}

main().catch((e) => {
  console.log('fatal', e);
  process.exitCode = 1;
});
