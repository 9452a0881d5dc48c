"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.Entity = void 0;
class Entity {
    createdAt;
    static nextId = 1;
    id;
    constructor(createdAt) {
        this.createdAt = createdAt;
        this.id = Entity.nextId++;
    }
    toJSON() {
        return { kind: this.constructor.name, ...this };
    }
}
exports.Entity = Entity;
