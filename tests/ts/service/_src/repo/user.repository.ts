import { InMemoryRepository } from './repository.js';
import { User } from '../models/user.js';
import { Injectable } from '../shared/di.js';
import { Status } from '@shared';

@Injectable()
export class UserRepository extends InMemoryRepository<User> {
  byEmail(email: string): User | undefined {
    return this.where((u) => u.email === email)[0];
  }
  active(): User[] {
    return this.where((u) => u.status === Status.Active);
  }
}
