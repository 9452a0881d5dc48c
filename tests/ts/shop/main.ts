// main.ts: a multi-file service built with `kiln build main.ts` from this
// folder: tsconfig `extends` chain in _config/, `paths`, legacy decorators
// with design metadata read by a DI container, const enums across files,
// `export =` + `import = require` through a path alias, `.js` imports.
import { Container } from '@core/di';
import { getMetadata } from '@core/meta';
import { HttpStatus, Method, type RouteDef } from '@core/http';
import { CatalogController, dispatch } from './_src/controllers/catalog.controller.js';
import { CatalogService } from './_src/services/catalog';
import { Product, Category } from '@models';
import Clock = require('@core/clock');

async function main() {
  const c = new Container().provide('TAX', 0.2).provide(Clock, new Clock(Clock.epoch + 5));
  const ctl = c.get(CatalogController);
  console.log(c.log);
  const prefix = getMetadata<string>('prefix', CatalogController);
  for (const r of getMetadata<RouteDef[]>('routes', CatalogController) ?? []) {
    console.log(`${r.method.padEnd(7)}${prefix}${r.path} ${String(r.handler)}(${r.params.join(', ')})`);
  }
  console.log('fields', getMetadata<string[]>('fields', Product.prototype));
  console.log('ctor types', getMetadata<Function[]>('design:paramtypes', CatalogService)?.map((t) => t.name));
  console.log('returns', getMetadata<Function>('design:returntype', CatalogController.prototype, 'remove')?.name,
    getMetadata<Function>('design:returntype', CatalogController.prototype, 'one')?.name);

  const results = [
    await dispatch(() => ctl.create({ name: 'hammer', price: 12.5, category: 'Tools' }, true)),
    await dispatch(() => ctl.create({ name: 'novel', price: 8, category: 'Books' }, false)),
    await dispatch(() => ctl.create({ name: 'apple', price: 0.5, category: 'Food' }, true)),
    await dispatch(() => ctl.create({ name: 'thing', price: -1 }, false)),
    await dispatch(() => ctl.create({ name: 'misc', price: 1 }, false)),
    await dispatch(() => ctl.list()),
    await dispatch(() => ctl.list('Books')),
    await dispatch(() => ctl.one(2)),
    await dispatch(() => ctl.one(99)),
    await dispatch(() => ctl.remove(1)),
    await dispatch(() => ctl.remove(1)),
  ];
  for (const r of results) console.log(r.status, JSON.stringify(r.body));
  console.log(ctl.calls, HttpStatus.Teapot, Method, Category, Category[11]);
  console.log(c.get(CatalogService) === (ctl as any).catalog, c.get<number>('TAX'));
  try { c.get(class Stray {}); } catch (e) { console.log((e as Error).message); }
  const p = new Product('x', 1);
  console.log(JSON.stringify(p), p.label, Object.keys(p));
  await dispatch(() => { throw new TypeError('boom from a handler'); });
}

main().catch((e) => {
  console.log('fatal', e.name, e.message);
  process.exitCode = 3;
});
