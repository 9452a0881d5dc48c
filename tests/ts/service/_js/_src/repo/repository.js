"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.InMemoryRepository = void 0;
const tick = () => new Promise((r) => setTimeout(r, 0));
class InMemoryRepository {
    rows = new Map();
    async save(item) {
        await tick();
        this.rows.set(item.id, item);
        return item;
    }
    async find(id) {
        await tick();
        return this.rows.get(id);
    }
    async list(page = 0, size = 10) {
        const all = [...this.rows.values()];
        return { items: all.slice(page * size, page * size + size), total: all.length };
    }
    where(pred) {
        return [...this.rows.values()].filter(pred);
    }
}
exports.InMemoryRepository = InMemoryRepository;
