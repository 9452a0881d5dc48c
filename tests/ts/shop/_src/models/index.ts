export * from './product.js';
export type { Product as ProductType } from './product.js';
export { Category as Cat } from './product';
export interface Page<T> { items: T[]; total: number }
