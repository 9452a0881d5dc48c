import { Controller, Get, Post, Delete, HttpStatus, HttpError } from '@core/http';
import { Injectable } from '@core/di';
import { CatalogService } from '../services/catalog.js';
import { Cat, Product } from '@models';

export interface Reply { status: number; body: unknown }

@Injectable()
@Controller('/products')
export class CatalogController {
  calls = 0;
  constructor(private readonly catalog: CatalogService) {}

  @Get('/')
  list(category?: string): Reply {
    this.calls++;
    const cat = category === undefined ? undefined : Cat[category as keyof typeof Cat];
    return { status: HttpStatus.Ok, body: this.catalog.page(cat) };
  }

  @Get('/:id')
  one(id: number): Reply {
    this.calls++;
    return { status: HttpStatus.Ok, body: this.catalog.get(id).label };
  }

  @Post('/')
  create(body: { name: string; price: number; category?: keyof typeof Cat }, stamp: boolean): Reply {
    this.calls++;
    const p: Product = this.catalog.create(body.name, body.price, body.category && Cat[body.category]);
    return { status: HttpStatus.Created, body: stamp ? [p.id, this.catalog.stamp()] : p.id };
  }

  @Delete('/:id')
  async remove(id: number): Promise<Reply> {
    this.calls++;
    if (!this.catalog.remove(id)) throw new HttpError(HttpStatus.NotFound, `cannot delete ${id}`);
    return { status: HttpStatus.Ok, body: 'deleted' };
  }
}

export async function dispatch(fn: () => Reply | Promise<Reply>): Promise<Reply> {
  try {
    return await fn();
  } catch (e) {
    if (e instanceof HttpError) return { status: e.status, body: { error: e.message, detail: e.detail } };
    throw e;
  }
}
