// inversify: a container wiring classes through @injectable/@inject with
// reflect-metadata (legacy decorators + emitDecoratorMetadata).
import 'reflect-metadata';
import { Container, injectable, inject, named, tagged, optional, multiInject, postConstruct } from 'inversify';

const TYPES = {
  Logger: Symbol.for('Logger'),
  Weapon: Symbol.for('Weapon'),
  Clock: Symbol.for('Clock'),
  Plugin: Symbol.for('Plugin'),
  Missing: Symbol.for('Missing'),
};

interface Weapon { hit(): string; }
interface Logger { log(msg: string): void; lines: string[]; }

let created = 0;

@injectable()
class MemoryLogger implements Logger {
  lines: string[] = [];
  readonly id = ++created;
  log(msg: string) { this.lines.push(msg); }
}

@injectable()
class Katana implements Weapon { hit() { return 'cut'; } }

@injectable()
class Shuriken implements Weapon { hit() { return 'throw'; } }

@injectable()
class Counter {
  static made = 0;
  readonly n = ++Counter.made;
}

@injectable()
class Ninja {
  private ready = false;
  constructor(
    @inject(TYPES.Weapon) @named('melee') private readonly melee: Weapon,
    @inject(TYPES.Weapon) @named('ranged') private readonly ranged: Weapon,
    @inject(TYPES.Logger) public logger: Logger,
    @inject(TYPES.Missing) @optional() public extra?: string,
  ) {}
  @postConstruct()
  init() { this.ready = true; this.logger.log('ninja ready'); }
  fight() { return `${this.ready} ${this.melee.hit()} ${this.ranged.hit()} ${this.extra}`; }
}

@injectable()
class Samurai {
  constructor(@inject(TYPES.Weapon) @tagged('power', 'high') public weapon: Weapon) {}
}

@injectable()
class Host {
  constructor(@multiInject(TYPES.Plugin) public plugins: string[]) {}
}

// Class-typed dependency resolved through design:paramtypes.
@injectable()
class Service {
  constructor(public counter: Counter, public logger: MemoryLogger) {}
}

@injectable()
class A { constructor(@inject('B') public b: unknown) {} }
@injectable()
class B { constructor(@inject('A') public a: unknown) {} }

function attempt(label: string, f: () => unknown) {
  try {
    f();
    console.log(label, 'ok');
  } catch (e) {
    const msg = String((e as Error).message).split('\n')[0];
    console.log(label, 'threw', (e as Error).constructor.name + ':', msg);
  }
}

const c = new Container();
c.bind<Logger>(TYPES.Logger).to(MemoryLogger).inSingletonScope();
c.bind<Weapon>(TYPES.Weapon).to(Katana).whenNamed('melee');
c.bind<Weapon>(TYPES.Weapon).to(Shuriken).whenNamed('ranged');
c.bind(Ninja).toSelf();
c.bind(Counter).toSelf().inTransientScope();
c.bind(MemoryLogger).toSelf().inSingletonScope();
c.bind(Service).toSelf();
c.bind<string>(TYPES.Plugin).toConstantValue('auth');
c.bind<string>(TYPES.Plugin).toConstantValue('cache');
c.bind(Host).toSelf();
c.bind<() => number>(TYPES.Clock).toDynamicValue(() => () => 42);

const ninja = c.get(Ninja);
console.log(ninja.fight());
console.log(c.get<Logger>(TYPES.Logger) === ninja.logger, ninja.logger.lines);
const s1 = c.get(Service), s2 = c.get(Service);
console.log(s1 === s2, s1.counter.n, s2.counter.n, s1.logger === s2.logger);
console.log(c.get(Host).plugins.join(','));
console.log(c.get<() => number>(TYPES.Clock)());
console.log(c.isBound(TYPES.Weapon), c.isBound(TYPES.Missing));
console.log(c.getAll<string>(TYPES.Plugin));

const tagged2 = new Container();
tagged2.bind<Weapon>(TYPES.Weapon).to(Katana).whenTagged('power', 'high');
tagged2.bind<Weapon>(TYPES.Weapon).to(Shuriken).whenTagged('power', 'low');
tagged2.bind(Samurai).toSelf();
console.log('samurai', tagged2.get(Samurai).weapon.hit());

const child = new Container({ parent: c });
child.bind<string>(TYPES.Plugin).toConstantValue('child-only');
console.log('child', child.getAll<string>(TYPES.Plugin), child.get<Logger>(TYPES.Logger) === ninja.logger);

const circ = new Container();
circ.bind('A').to(A);
circ.bind('B').to(B);
attempt('circular', () => circ.get('A'));
attempt('unbound', () => c.get(TYPES.Missing));
attempt('ambiguous', () => c.get(TYPES.Weapon));

c.unbind(TYPES.Clock);
console.log('after unbind', c.isBound(TYPES.Clock));
const snap = new Container({ defaultScope: 'Singleton' });
snap.bind(Counter).toSelf();
console.log('default singleton', snap.get(Counter) === snap.get(Counter));

async function main() {
  const ac = new Container();
  ac.bind<string>('greeting').toDynamicValue(async () => 'hello async');
  console.log(await ac.getAsync<string>('greeting'));
}
main();
