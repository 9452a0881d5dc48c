"use strict";
var __decorate = (this && this.__decorate) || function (decorators, target, key, desc) {
    var c = arguments.length, r = c < 3 ? target : desc === null ? desc = Object.getOwnPropertyDescriptor(target, key) : desc, d;
    if (typeof Reflect === "object" && typeof Reflect.decorate === "function") r = Reflect.decorate(decorators, target, key, desc);
    else for (var i = decorators.length - 1; i >= 0; i--) if (d = decorators[i]) r = (c < 3 ? d(r) : c > 3 ? d(target, key, r) : d(target, key)) || r;
    return c > 3 && r && Object.defineProperty(target, key, r), r;
};
Object.defineProperty(exports, "__esModule", { value: true });
// experimentalDecorators with a Reflect.decorate (as reflect-metadata
// installs): tsc's helper hands every decoration to it.
Reflect.decorate = function (decorators, target, key, desc) {
    console.log("Reflect.decorate", decorators.length, typeof target, String(key), desc === undefined ? "undefined" : desc === null ? "null" : typeof desc);
    console.log("arguments", arguments.length);
    let r = key === undefined ? target : desc;
    for (let i = decorators.length - 1; i >= 0; i--) {
        const d = decorators[i];
        r = (key === undefined ? d(r) : d(target, key, r)) || r;
    }
    return r;
};
function d(...args) { console.log("d", args.length); }
let Entity = class Entity {
    id = 1;
    save() { }
    static find() { }
};
__decorate([
    d
], Entity.prototype, "id", void 0);
__decorate([
    d
], Entity.prototype, "save", null);
__decorate([
    d
], Entity, "find", null);
Entity = __decorate([
    d
], Entity);
exports.default = Entity;
console.log(typeof Entity, new Entity().id);
