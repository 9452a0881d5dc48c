import { Injectable, Inject, Logged, check } from '@app/shared/di';
import { UserRepository } from '../repo/user.repository.js';
import { User, Admin } from '../models/user.js';
import { HttpError, Level, Role, Status } from '@shared';
import Clock = require('../legacy/ids');

export interface CreateUser { name: string; email: string; role?: `${Role}`; }

@Injectable()
export class UserService {
  private events: string[] = [];
  constructor(
    private readonly repo: UserRepository,
    private readonly clock: Clock,
    @Inject('limit') private readonly limit: number,
  ) {}

  @Logged()
  async create(input: CreateUser): Promise<User> {
    if (this.repo.byEmail(input.email)) throw new HttpError(409, `duplicate ${input.email}`);
    if ((await this.repo.list()).total >= this.limit) throw new HttpError(429, 'too many users');
    const user = input.role === 'admin'
      ? new Admin(input.name, input.email, ['read', 'write'])
      : new User(input.name, input.email, (input.role as Role | undefined) ?? Role.Member, this.clock.now());
    const problems = check(user);
    if (problems.length) throw new HttpError(400, problems.join('; '));
    this.note(Level.Info, `created ${user.id}`);
    return this.repo.save(user);
  }

  async suspend(id: number): Promise<User> {
    const u = await this.repo.find(id);
    if (!u) throw new HttpError(404, `no user ${id}`);
    u.status = Status.Suspended;
    u.visits--;
    this.note(Level.Warn, `suspended ${id}`);
    return u;
  }

  @Logged('count')
  count(): number { return this.repo.active().length; }

  note(level: Level, msg: string): void {
    this.events.push(`${level}:${msg}`);
  }
  get history(): readonly string[] { return this.events; }
}
