import { Entity } from './entity.js';
import { Role, Status } from '@shared';
import { MinLength } from '../shared/di.js';

export class User extends Entity {
  #visits = 0;
  status = Status.Active;

  @MinLength(3)
  name: string;

  @MinLength(5)
  email: string;

  constructor(name: string, email: string, public role: Role = Role.Member, at = 0) {
    super(at);
    this.name = name;
    this.email = email;
  }

  get visits(): number { return this.#visits; }
  set visits(v: number) { this.#visits = Math.max(0, v); }

  override describe(): string {
    return `${this.name} <${this.email}> ${this.role} ${Status[this.status]}`;
  }
}

export class Admin extends User {
  constructor(name: string, email: string, readonly scopes: readonly string[] = ['*']) {
    super(name, email, Role.Admin);
  }
  override describe(): string {
    return `${super.describe()} scopes=${this.scopes.join(',')}`;
  }
}
