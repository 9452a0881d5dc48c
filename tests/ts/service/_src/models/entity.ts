import type { Id } from '@shared';

export abstract class Entity {
  private static nextId = 1;
  readonly id: Id;
  protected constructor(public readonly createdAt: number) {
    this.id = Entity.nextId++ as Id;
  }
  abstract describe(): string;
  toJSON(): Record<string, unknown> {
    return { kind: this.constructor.name, ...this };
  }
}
