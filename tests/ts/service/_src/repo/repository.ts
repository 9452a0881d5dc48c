import type { Entity } from '../models/entity.js';
import type { Page } from '@shared';

export interface Repository<T extends Entity> {
  save(item: T): Promise<T>;
  find(id: number): Promise<T | undefined>;
  list(page?: number, size?: number): Promise<Page<T>>;
}

const tick = () => new Promise<void>((r) => setTimeout(r, 0));

export class InMemoryRepository<T extends Entity> implements Repository<T> {
  protected readonly rows = new Map<number, T>();

  async save(item: T): Promise<T> {
    await tick();
    this.rows.set(item.id, item);
    return item;
  }
  async find(id: number): Promise<T | undefined> {
    await tick();
    return this.rows.get(id);
  }
  async list(page = 0, size = 10): Promise<Page<T>> {
    const all = [...this.rows.values()];
    return { items: all.slice(page * size, page * size + size), total: all.length };
  }
  where(pred: (t: T) => boolean): T[] {
    return [...this.rows.values()].filter(pred);
  }
}
