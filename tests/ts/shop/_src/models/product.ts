import { defineMetadata, getMetadata } from '@core/meta';

export enum Category { Tools = 1, Books, Food = 10, Misc }

export function Field(opts: { min?: number; required?: boolean } = {}): PropertyDecorator {
  return (target, key) => {
    const type = getMetadata<Function>('design:type', target, key);
    const fields = getMetadata<string[]>('fields', target) ?? [];
    defineMetadata('fields', [...fields, `${String(key)}:${type?.name}${opts.required ? '!' : ''}${opts.min !== undefined ? '>=' + opts.min : ''}`], target);
  };
}

export class Product {
  @Field({ required: true }) name: string;
  @Field({ min: 0 }) price: number;
  @Field() category: Category;
  @Field() tags: string[] = [];
  @Field() added: Date;
  static nextId = 1;
  readonly id = Product.nextId++;

  constructor(name: string, price: number, category = Category.Misc) {
    this.name = name;
    this.price = price;
    this.category = category;
    this.added = new Date(Date.UTC(2024, 0, this.id));
  }

  get label(): string { return `${this.name} (${Category[this.category]})`; }
}
