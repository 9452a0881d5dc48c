import './meta';
import { getMetadata, defineMetadata, getOwnMetadata } from './meta';

export type Token = string | symbol | (new (...args: any[]) => unknown);
const injectable = new Set<Function>();

export function Injectable(): ClassDecorator {
  return (target) => { injectable.add(target); };
}

export function Inject(token: Token): ParameterDecorator {
  return (target, key, index) => {
    const map = getOwnMetadata<Map<number, Token>>('inject', target) ?? new Map();
    map.set(index, token);
    defineMetadata('inject', map, target);
  };
}

export class Container {
  private readonly values = new Map<Token, unknown>();
  readonly log: string[] = [];

  constructor(private readonly strict: boolean = true) {}

  provide<T>(token: Token, value: T): this {
    this.values.set(token, value);
    return this;
  }

  get<T>(ctor: new (...args: any[]) => T): T;
  get<T>(token: string | symbol): T;
  get(token: Token): unknown {
    if (this.values.has(token)) return this.values.get(token);
    if (typeof token !== 'function') throw new Error(`no value for ${String(token)}`);
    if (this.strict && !injectable.has(token)) throw new Error(`${token.name} is not @Injectable()`);
    const types = getMetadata<Function[]>('design:paramtypes', token) ?? [];
    const overrides = getMetadata<Map<number, Token>>('inject', token) ?? new Map();
    const args = types.map((t, i) => this.get((overrides.get(i) ?? t) as any));
    const names = types.map((t, i) => overrides.get(i) ?? t).map((t) => (typeof t === 'function' ? t.name : String(t)));
    this.log.push(`new ${token.name}(${names.join(', ')})`);
    const inst = new token(...args);
    this.values.set(token, inst);
    return inst;
  }
}
