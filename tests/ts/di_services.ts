// A small DI-style service layer: tokens, a container, parameter properties.
type Ctor<T> = new (...args: any[]) => T;

interface Logger {
  log(msg: string): void;
}

class MemoryLogger implements Logger {
  readonly lines: string[] = [];
  constructor(private readonly prefix: string = "[app]") {}
  log(msg: string): void {
    this.lines.push(`${this.prefix} ${msg}`);
  }
}

class Token<T> {
  constructor(public readonly name: string) {}
  toString() { return `Token(${this.name})`; }
}

class Container {
  private readonly factories = new Map<Token<unknown>, () => unknown>();
  private readonly singletons = new Map<Token<unknown>, unknown>();

  bind<T>(token: Token<T>, factory: () => T, singleton = true): this {
    this.factories.set(token, singleton ? () => {
      if (!this.singletons.has(token)) this.singletons.set(token, factory());
      return this.singletons.get(token);
    } : factory);
    return this;
  }

  get<T>(token: Token<T>): T {
    const f = this.factories.get(token);
    if (!f) throw new Error(`no binding for ${token}`);
    return f() as T;
  }
}

const LOGGER = new Token<Logger>("logger");
const REPO = new Token<UserRepo>("repo");
const SERVICE = new Token<UserService>("service");

interface User { id: number; name: string; email?: string }

class UserRepo {
  private users: User[] = [];
  private nextId = 1;
  constructor(protected logger: Logger) {}
  add(name: string, email?: string): User {
    const u: User = { id: this.nextId++, name, ...(email ? { email } : {}) };
    this.users.push(u);
    this.logger.log(`added ${u.id}:${u.name}`);
    return u;
  }
  find(pred: (u: User) => boolean): User | undefined {
    return this.users.find(pred);
  }
  all(): readonly User[] { return this.users; }
}

class UserService {
  static instances = 0;
  constructor(private repo: UserRepo, public logger: Logger, public readonly limit = 3) {
    UserService.instances++;
  }
  register(name: string, email?: string): User {
    if (this.repo.all().length >= this.limit) {
      throw new RangeError(`limit ${this.limit} reached`);
    }
    return this.repo.add(name, email);
  }
  byName(name: string) {
    return this.repo.find(u => u.name === name) ?? null;
  }
}

const c = new Container()
  .bind(LOGGER, () => new MemoryLogger())
  .bind(REPO, () => new UserRepo(c.get(LOGGER)))
  .bind(SERVICE, () => new UserService(c.get(REPO), c.get(LOGGER)), false);

const svc = c.get(SERVICE);
svc.register("ann", "ann@example.com");
svc.register("bob");
console.log(svc.byName("ann"), svc.byName("zed"));
const svc2 = c.get(SERVICE);
console.log(svc === svc2, UserService.instances, svc.logger === svc2.logger);
svc2.register("cy");
try {
  svc.register("dee");
} catch (e) {
  console.log((e as Error).name, (e as Error).message);
}
console.log((c.get(LOGGER) as MemoryLogger).lines);
console.log(Object.keys(svc), Object.keys(new MemoryLogger("x")));
try {
  c.get(new Token<number>("missing"));
} catch (e: any) {
  console.log(e.message);
}
console.log(JSON.stringify(svc2, (k, v) => k === "repo" ? "[repo]" : v));
