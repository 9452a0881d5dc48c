import { Injectable, Inject } from '@core/di';
import { HttpError, HttpStatus } from '@core/http';
import { Product, Category, type Page } from '@models';
import Clock = require('@core/clock');

@Injectable()
export class ProductRepo {
  private readonly rows = new Map<number, Product>();
  add(p: Product): Product { this.rows.set(p.id, p); return p; }
  byId(id: number): Product | undefined { return this.rows.get(id); }
  list(): Product[] { return [...this.rows.values()]; }
  remove(id: number): boolean { return this.rows.delete(id); }
}

@Injectable()
export class CatalogService {
  constructor(
    private readonly repo: ProductRepo,
    @Inject('TAX') private readonly tax: number,
    @Inject(Clock) private readonly clock: Clock,
  ) {}

  create(name: string, price: number, category?: Category): Product {
    if (price < 0) throw new HttpError(HttpStatus.BadRequest, 'price must be >= 0', { price });
    return this.repo.add(new Product(name, price, category));
  }

  get(id: number): Product {
    const p = this.repo.byId(id);
    if (!p) throw new HttpError(HttpStatus.NotFound, `product ${id} not found`);
    return p;
  }

  page(cat?: Category): Page<string> {
    const items = this.repo.list().filter((p) => cat === undefined || p.category === cat);
    return { items: items.map((p) => `${p.label} ${this.gross(p).toFixed(2)}`), total: items.length };
  }

  gross(p: Product): number { return p.price * (1 + this.tax); }

  stamp(): string { return Clock.format(this.clock.now()); }

  remove(id: number) { return this.repo.remove(id); }
}
