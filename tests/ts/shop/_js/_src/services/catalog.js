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
var __param = (this && this.__param) || function (paramIndex, decorator) {
    return function (target, key) { decorator(target, key, paramIndex); }
};
Object.defineProperty(exports, "__esModule", { value: true });
exports.CatalogService = exports.ProductRepo = void 0;
const di_1 = require("@core/di");
const http_1 = require("@core/http");
const _models_1 = require("@models");
const Clock = require("@core/clock");
let ProductRepo = class ProductRepo {
    rows = new Map();
    add(p) { this.rows.set(p.id, p); return p; }
    byId(id) { return this.rows.get(id); }
    list() { return [...this.rows.values()]; }
    remove(id) { return this.rows.delete(id); }
};
exports.ProductRepo = ProductRepo;
exports.ProductRepo = ProductRepo = __decorate([
    (0, di_1.Injectable)()
], ProductRepo);
let CatalogService = class CatalogService {
    repo;
    tax;
    clock;
    constructor(repo, tax, clock) {
        this.repo = repo;
        this.tax = tax;
        this.clock = clock;
    }
    create(name, price, category) {
        if (price < 0)
            throw new http_1.HttpError(400 /* HttpStatus.BadRequest */, 'price must be >= 0', { price });
        return this.repo.add(new _models_1.Product(name, price, category));
    }
    get(id) {
        const p = this.repo.byId(id);
        if (!p)
            throw new http_1.HttpError(404 /* HttpStatus.NotFound */, `product ${id} not found`);
        return p;
    }
    page(cat) {
        const items = this.repo.list().filter((p) => cat === undefined || p.category === cat);
        return { items: items.map((p) => `${p.label} ${this.gross(p).toFixed(2)}`), total: items.length };
    }
    gross(p) { return p.price * (1 + this.tax); }
    stamp() { return Clock.format(this.clock.now()); }
    remove(id) { return this.repo.remove(id); }
};
exports.CatalogService = CatalogService;
exports.CatalogService = CatalogService = __decorate([
    (0, di_1.Injectable)(),
    __param(1, (0, di_1.Inject)('TAX')),
    __param(2, (0, di_1.Inject)(Clock)),
    __metadata("design:paramtypes", [ProductRepo, Number, Clock])
], CatalogService);
