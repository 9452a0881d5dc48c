import { Controller, Get, Post, Injectable } from '../shared/di.js';
import { UserService, type CreateUser } from '@app/services/user.service';
import { HttpError, Text } from '@shared';

@Injectable()
@Controller('/users')
export class UserController {
  constructor(private readonly users: UserService) {}

  @Post('/')
  async create(body: CreateUser) {
    const u = await this.users.create(body);
    return { status: 201, body: u.describe() };
  }

  @Post('/:id/suspend')
  async suspend(id: string) {
    const u = await this.users.suspend(Number(id));
    return { status: 200, body: u.describe() };
  }

  @Get('/count')
  count() {
    return { status: 200, body: Text.pad('active', 8) + this.users.count() };
  }
}

export async function handle(ctl: UserController, action: () => Promise<{ status: number; body: string }> | { status: number; body: string }) {
  try {
    return await action();
  } catch (e) {
    if (e instanceof HttpError) return { status: e.status, body: e.message };
    throw e;
  }
}
