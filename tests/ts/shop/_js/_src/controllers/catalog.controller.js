"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
var __metadata = (this && this.__metadata) || function (k, v) {
    if (typeof Reflect === "object" && typeof Reflect.metadata === "function") return Reflect.metadata(k, v);
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.CatalogController = void 0;
exports.dispatch = dispatch;
const http_1 = require("@core/http");
const di_1 = require("@core/di");
const catalog_js_1 = require("../services/catalog.js");
const _models_1 = require("@models");
let CatalogController = class CatalogController {
    catalog;
    calls = 0;
    constructor(catalog) {
        this.catalog = catalog;
    }
    list(category) {
        this.calls++;
        const cat = category === undefined ? undefined : _models_1.Cat[category];
        return { status: 200 /* HttpStatus.Ok */, body: this.catalog.page(cat) };
    }
    one(id) {
        this.calls++;
        return { status: 200 /* HttpStatus.Ok */, body: this.catalog.get(id).label };
    }
    create(body, stamp) {
        this.calls++;
        const p = this.catalog.create(body.name, body.price, body.category && _models_1.Cat[body.category]);
        return { status: 201 /* HttpStatus.Created */, body: stamp ? [p.id, this.catalog.stamp()] : p.id };
    }
    async remove(id) {
        this.calls++;
        if (!this.catalog.remove(id))
            throw new http_1.HttpError(404 /* HttpStatus.NotFound */, `cannot delete ${id}`);
        return { status: 200 /* HttpStatus.Ok */, body: 'deleted' };
    }
};
exports.CatalogController = CatalogController;
__decorate([
    (0, http_1.Get)('/'),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [String]),
    __metadata("design:returntype", Object)
], CatalogController.prototype, "list", null);
__decorate([
    (0, http_1.Get)('/:id'),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Number]),
    __metadata("design:returntype", Object)
], CatalogController.prototype, "one", null);
__decorate([
    (0, http_1.Post)('/'),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Object, Boolean]),
    __metadata("design:returntype", Object)
], CatalogController.prototype, "create", null);
__decorate([
    (0, http_1.Delete)('/:id'),
    __metadata("design:type", Function),
    __metadata("design:paramtypes", [Number]),
    __metadata("design:returntype", Promise)
], CatalogController.prototype, "remove", null);
exports.CatalogController = CatalogController = __decorate([
    (0, di_1.Injectable)(),
    (0, http_1.Controller)('/products'),
    __metadata("design:paramtypes", [catalog_js_1.CatalogService])
], CatalogController);
async function dispatch(fn) {
    try {
        return await fn();
    }
    catch (e) {
        if (e instanceof http_1.HttpError)
            return { status: e.status, body: { error: e.message, detail: e.detail } };
        throw e;
    }
}
