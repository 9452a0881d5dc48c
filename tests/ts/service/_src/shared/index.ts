// Shared enums, namespaces and types used across the service.
export * from './meta.js';
export { Level } from './level';

export enum Status {
  Active = 1,
  Suspended,
  Deleted = Active << 4,
}

export enum Role {
  Admin = 'admin',
  Member = 'member',
  Guest = 'guest',
}

export namespace Text {
  export const sep = ' | ';
  export function pad(s: string | number, n: number): string {
    return String(s).padEnd(n, '.');
  }
  export namespace Case {
    export const upper = (s: string) => s.toUpperCase();
  }
}

export type Id = number & { readonly __brand?: 'Id' };
export interface Page<T> { items: T[]; total: number; }

export class HttpError extends Error {
  constructor(public readonly status: number, message: string) {
    super(message);
    this.name = 'HttpError';
  }
}
