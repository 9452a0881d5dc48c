"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
// main.ts: a multi-file service built with `kiln build main.ts` from this
// folder: tsconfig `extends` chain in _config/, `paths`, legacy decorators
// with design metadata read by a DI container, const enums across files,
// `export =` + `import = require` through a path alias, `.js` imports.
const di_1 = require("@core/di");
const meta_1 = require("@core/meta");
const http_1 = require("@core/http");
const catalog_controller_js_1 = require("./_src/controllers/catalog.controller.js");
const catalog_1 = require("./_src/services/catalog");
const _models_1 = require("@models");
const Clock = require("@core/clock");
async function main() {
    const c = new di_1.Container().provide('TAX', 0.2).provide(Clock, new Clock(Clock.epoch + 5));
    const ctl = c.get(catalog_controller_js_1.CatalogController);
    console.log(c.log);
    const prefix = (0, meta_1.getMetadata)('prefix', catalog_controller_js_1.CatalogController);
    for (const r of (0, meta_1.getMetadata)('routes', catalog_controller_js_1.CatalogController) ?? []) {
        console.log(`${r.method.padEnd(7)}${prefix}${r.path} ${String(r.handler)}(${r.params.join(', ')})`);
    }
    console.log('fields', (0, meta_1.getMetadata)('fields', _models_1.Product.prototype));
    console.log('ctor types', (0, meta_1.getMetadata)('design:paramtypes', catalog_1.CatalogService)?.map((t) => t.name));
    console.log('returns', (0, meta_1.getMetadata)('design:returntype', catalog_controller_js_1.CatalogController.prototype, 'remove')?.name, (0, meta_1.getMetadata)('design:returntype', catalog_controller_js_1.CatalogController.prototype, 'one')?.name);
    const results = [
        await (0, catalog_controller_js_1.dispatch)(() => ctl.create({ name: 'hammer', price: 12.5, category: 'Tools' }, true)),
        await (0, catalog_controller_js_1.dispatch)(() => ctl.create({ name: 'novel', price: 8, category: 'Books' }, false)),
        await (0, catalog_controller_js_1.dispatch)(() => ctl.create({ name: 'apple', price: 0.5, category: 'Food' }, true)),
        await (0, catalog_controller_js_1.dispatch)(() => ctl.create({ name: 'thing', price: -1 }, false)),
        await (0, catalog_controller_js_1.dispatch)(() => ctl.create({ name: 'misc', price: 1 }, false)),
        await (0, catalog_controller_js_1.dispatch)(() => ctl.list()),
        await (0, catalog_controller_js_1.dispatch)(() => ctl.list('Books')),
        await (0, catalog_controller_js_1.dispatch)(() => ctl.one(2)),
        await (0, catalog_controller_js_1.dispatch)(() => ctl.one(99)),
        await (0, catalog_controller_js_1.dispatch)(() => ctl.remove(1)),
        await (0, catalog_controller_js_1.dispatch)(() => ctl.remove(1)),
    ];
    for (const r of results)
        console.log(r.status, JSON.stringify(r.body));
    console.log(ctl.calls, 418 /* HttpStatus.Teapot */, http_1.Method, _models_1.Category, _models_1.Category[11]);
    console.log(c.get(catalog_1.CatalogService) === ctl.catalog, c.get('TAX'));
    try {
        c.get(class Stray {
        });
    }
    catch (e) {
        console.log(e.message);
    }
    const p = new _models_1.Product('x', 1);
    console.log(JSON.stringify(p), p.label, Object.keys(p));
    await (0, catalog_controller_js_1.dispatch)(() => { throw new TypeError('boom from a handler'); });
}
main().catch((e) => {
    console.log('fatal', e.name, e.message);
    process.exitCode = 3;
});
