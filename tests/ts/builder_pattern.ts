// A fluent builder and an event bus as library code is written: `this`
// return types, static factories on abstract classes, protected
// constructors, `accessor` fields, index signatures and Map generics.
type Handler<T> = (payload: T) => void;
interface Events { start: { at: number }; stop: { reason: string }; tick: number }

class Bus<E extends Record<string, unknown>> {
  private handlers = new Map<keyof E, Handler<any>[]>();
  on<K extends keyof E>(name: K, h: Handler<E[K]>): () => void {
    const list = this.handlers.get(name) ?? [];
    list.push(h);
    this.handlers.set(name, list);
    return () => this.handlers.set(name, list.filter((x) => x !== h));
  }
  emit<K extends keyof E>(name: K, payload: E[K]): number {
    const list = this.handlers.get(name) ?? [];
    list.forEach((h) => h(payload));
    return list.length;
  }
}

abstract class Query<R> {
  protected parts: string[] = [];
  protected constructor(protected readonly table: string) {}
  where(cond: string): this { this.parts.push(`WHERE ${cond}`); return this; }
  limit(n: number): this { this.parts.push(`LIMIT ${n}`); return this; }
  abstract build(): R;
  static select(table: string): SelectQuery { return new SelectQuery(table); }
}

class SelectQuery extends Query<string> {
  accessor columns: string[] = ['*'];
  static override select(table: string): SelectQuery { return super.select(table.toLowerCase()); }
  pick(...cols: string[]): this { this.columns = cols; return this; }
  build(): string { return [`SELECT ${this.columns.join(', ')} FROM ${this.table}`, ...this.parts].join(' '); }
}

const bus = new Bus<Events>();
const off = bus.on('tick', (n) => console.log('tick', n));
bus.on('start', ({ at }) => console.log('start at', at));
console.log(bus.emit('tick', 1), bus.emit('start', { at: 5 }));
off();
console.log(bus.emit('tick', 2), bus.emit('stop', { reason: 'x' }));
console.log(SelectQuery.select('USERS').pick('id', 'name').where('id > 1').limit(5).build());
console.log(Query.select('t').build(), Object.keys(Query.select('a')));
