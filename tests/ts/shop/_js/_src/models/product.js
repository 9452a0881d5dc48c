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
exports.Product = exports.Category = void 0;
exports.Field = Field;
const meta_1 = require("@core/meta");
var Category;
(function (Category) {
    Category[Category["Tools"] = 1] = "Tools";
    Category[Category["Books"] = 2] = "Books";
    Category[Category["Food"] = 10] = "Food";
    Category[Category["Misc"] = 11] = "Misc";
})(Category || (exports.Category = Category = {}));
function Field(opts = {}) {
    return (target, key) => {
        const type = (0, meta_1.getMetadata)('design:type', target, key);
        const fields = (0, meta_1.getMetadata)('fields', target) ?? [];
        (0, meta_1.defineMetadata)('fields', [...fields, `${String(key)}:${type?.name}${opts.required ? '!' : ''}${opts.min !== undefined ? '>=' + opts.min : ''}`], target);
    };
}
class Product {
    name;
    price;
    category;
    tags = [];
    added;
    static nextId = 1;
    id = Product.nextId++;
    constructor(name, price, category = Category.Misc) {
        this.name = name;
        this.price = price;
        this.category = category;
        this.added = new Date(Date.UTC(2024, 0, this.id));
    }
    get label() { return `${this.name} (${Category[this.category]})`; }
}
exports.Product = Product;
__decorate([
    Field({ required: true }),
    __metadata("design:type", String)
], Product.prototype, "name", void 0);
__decorate([
    Field({ min: 0 }),
    __metadata("design:type", Number)
], Product.prototype, "price", void 0);
__decorate([
    Field(),
    __metadata("design:type", Number)
], Product.prototype, "category", void 0);
__decorate([
    Field(),
    __metadata("design:type", Array)
], Product.prototype, "tags", void 0);
__decorate([
    Field(),
    __metadata("design:type", Date)
], Product.prototype, "added", void 0);
