"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
class Bus {
    handlers = new Map();
    on(name, h) {
        const list = this.handlers.get(name) ?? [];
        list.push(h);
        this.handlers.set(name, list);
        return () => this.handlers.set(name, list.filter((x) => x !== h));
    }
    emit(name, payload) {
        const list = this.handlers.get(name) ?? [];
        list.forEach((h) => h(payload));
        return list.length;
    }
}
class Query {
    table;
    parts = [];
    constructor(table) {
        this.table = table;
    }
    where(cond) { this.parts.push(`WHERE ${cond}`); return this; }
    limit(n) { this.parts.push(`LIMIT ${n}`); return this; }
    static select(table) { return new SelectQuery(table); }
}
class SelectQuery extends Query {
    #columns_accessor_storage = ['*'];
    get columns() { return this.#columns_accessor_storage; }
    set columns(value) { this.#columns_accessor_storage = value; }
    static select(table) { return super.select(table.toLowerCase()); }
    pick(...cols) { this.columns = cols; return this; }
    build() { return [`SELECT ${this.columns.join(', ')} FROM ${this.table}`, ...this.parts].join(' '); }
}
const bus = new Bus();
const off = bus.on('tick', (n) => console.log('tick', n));
bus.on('start', ({ at }) => console.log('start at', at));
console.log(bus.emit('tick', 1), bus.emit('start', { at: 5 }));
off();
console.log(bus.emit('tick', 2), bus.emit('stop', { reason: 'x' }));
console.log(SelectQuery.select('USERS').pick('id', 'name').where('id > 1').limit(5).build());
console.log(Query.select('t').build(), Object.keys(Query.select('a')));
