// Corners of TypeScript syntax next to run-time code: generic tagged
// templates, async generic arrows, `this` parameters, optional methods,
// casts chains, non-null in chains and on assignment targets.
import type { Stats } from 'node:fs';
import { type EventEmitter as EE, EventEmitter } from 'node:events';

export default interface Unused { x: number }
declare module 'nothing-here' { export const v: number; }

function tag<T>(parts: TemplateStringsArray, ...vals: T[]) { return parts.raw.join('|') + ':' + vals.join(','); }
const fetchish = async <T,>(v: T): Promise<T[]> => [v, v];
interface Plugin { name: string; init?(): string; teardown?: () => void }
const plugins: Plugin[] = [{ name: 'a', init() { return 'A!'; } }, { name: 'b' }];

class Node2<T> {
  next?: Node2<T>;
  constructor(public value: T) {}
  append(this: Node2<T>, v: T): Node2<T> { this.next = new Node2(v); return this.next; }
}

function f(this: { k: number } | void, n = 1 as number) { return n + ((this as { k: number } | undefined)?.k ?? 0); }
let stat: Stats | undefined;
const ee: EE = new EventEmitter();
ee.on('x', (n: number) => console.log('got', n));
ee.emit('x', 5);

(async () => {
  console.log(tag<number>`a${1}b${2}c`, await fetchish<string>('z'));
  console.log(plugins.map((p) => p.init?.() ?? `${p.name}-none`), plugins[1].teardown?.());
  const head = new Node2(1);
  head.append(2).append(3);
  console.log(head.next!.next!.value, head.next?.next!.value, stat?.size);
  const o: { a?: { b: number } } = { a: { b: 1 } };
  o.a!.b += 41;
  (o.a as { b: number }).b++;
  console.log(o.a!.b, f.call({ k: 2 }, 3), f(), (<any>o).a.b as unknown as string);
  const entries = Object.entries({ x: 1, y: 2 }) as [string, number][];
  for (const [k, v] of entries) console.log(k, v satisfies number);
  try { JSON.parse('{'); } catch (e: any) { console.log(e.name); }
  const enumish = { A: -1, B: ~1 } as const;
  console.log(enumish.A, enumish.B);
  let s!: string;
  [s] = ['destructured'];
  console.log(s, typeof Node2, new Node2<string>('q').value);
})();
