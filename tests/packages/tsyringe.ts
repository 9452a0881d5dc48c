// tsyringe: Microsoft's decorator DI container (legacy decorators +
// emitDecoratorMetadata through reflect-metadata).
import 'reflect-metadata';
import {
  container, injectable, singleton, inject, registry, injectAll, scoped,
  Lifecycle, delay, InjectionToken, autoInjectable, instanceCachingFactory,
} from 'tsyringe';

interface Repo { name: string; find(id: number): string; }
const REPO: InjectionToken<Repo> = 'Repo';
const CONFIG = Symbol('Config');

let made = 0;

@singleton()
class Database {
  readonly id = ++made;
  query(q: string) { return `db${this.id}:${q}`; }
}

@injectable()
class UserRepo implements Repo {
  name = 'users';
  constructor(private db: Database) {}
  find(id: number) { return this.db.query(`user ${id}`); }
}

class MemoryRepo implements Repo {
  name = 'memory';
  find(id: number) { return `mem:${id}`; }
}

@registry([
  { token: REPO, useClass: UserRepo },
  { token: CONFIG, useValue: { env: 'test', port: 8080 } },
  { token: 'plugin', useValue: 'p1' },
  { token: 'plugin', useValue: 'p2' },
])
class Registrations {}

@injectable()
class UserService {
  constructor(
    @inject(REPO) private repo: Repo,
    @inject(CONFIG) public config: { env: string; port: number },
    @injectAll('plugin') public plugins: string[],
  ) {}
  describe() { return `${this.repo.name} ${this.repo.find(1)} ${this.config.env}:${this.config.port}`; }
}

@injectable()
class Transient { readonly id = ++made; }

@scoped(Lifecycle.ContainerScoped)
class PerContainer { readonly id = ++made; }

@injectable()
class Ping { constructor(@inject(delay(() => Pong)) public pong: any) {} name() { return 'ping'; } }
@injectable()
class Pong { constructor(@inject(delay(() => Ping)) public ping: any) {} name() { return 'pong'; } }

@autoInjectable()
class Auto {
  label = 'auto';
  constructor(public db?: Database) {}
}

class NotDecorated { constructor(public x: number) {} }

function attempt(label: string, f: () => unknown) {
  try {
    f();
    console.log(label, 'ok');
  } catch (e) {
    console.log(label, 'threw', (e as Error).constructor.name + ':', String((e as Error).message).split('\n')[0]);
  }
}

void Registrations;
const svc = container.resolve(UserService);
console.log(svc.describe(), svc.plugins);
console.log(container.resolve(Database) === container.resolve(Database));
console.log(container.resolve(Transient).id !== container.resolve(Transient).id);

const child = container.createChildContainer();
child.register(REPO, { useClass: MemoryRepo });
console.log('child', child.resolve(UserService).describe());
console.log('parent still', container.resolve(UserService).describe());
console.log('scoped', child.resolve(PerContainer) === child.resolve(PerContainer),
            child.resolve(PerContainer) === container.resolve(PerContainer));
console.log('isRegistered', child.isRegistered(REPO), child.isRegistered(REPO, true), child.isRegistered('nothing', true));

const ping = container.resolve(Ping);
console.log('delay', ping.name(), ping.pong.name(), ping.pong.ping.name());

const a = new Auto();
console.log('auto', a.db instanceof Database, a.label);

container.register('factory', { useFactory: instanceCachingFactory((c) => c.resolve(Database).query('f')) });
console.log('factory', container.resolve('factory'), container.resolve('factory'));
container.registerInstance('inst', { v: 1 });
console.log('instance', container.resolve<{ v: number }>('inst').v);

attempt('unregistered', () => container.resolve('nothing'));
attempt('not injectable', () => container.resolve(NotDecorated));
container.clearInstances();
console.log('after clear', container.resolve(Database).id);
container.reset();
attempt('after reset', () => container.resolve(REPO));
