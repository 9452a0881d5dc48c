// Discriminated unions, type guards, assertion functions, generics with
// constraints, keyof/mapped types (erased) next to the code using them.
type Event =
  | { kind: 'click'; x: number; y: number }
  | { kind: 'key'; key: string }
  | { kind: 'scroll'; delta?: number };

function isKey(e: Event): e is Extract<Event, { kind: 'key' }> { return e.kind === 'key'; }
function assert(cond: unknown, msg?: string): asserts cond { if (!cond) throw new Error(msg ?? 'assert'); }

function describe(e: Event): string {
  switch (e.kind) {
    case 'click': return `click@${e.x},${e.y}`;
    case 'key': return `key ${e.key}`;
    default: {
      const rest: Omit<typeof e, 'kind'> = e;
      return `scroll ${rest.delta ?? 0}`;
    }
  }
}

function pluck<T, K extends keyof T>(items: readonly T[], key: K): T[K][] { return items.map((i) => i[key]); }
type Mutable<T> = { -readonly [P in keyof T]: T[P] };
const frozen: Readonly<{ a: number }> = { a: 1 };
const m = frozen as Mutable<typeof frozen>;
m.a++;

const events: Event[] = [{ kind: 'click', x: 1, y: 2 }, { kind: 'key', key: 'q' }, { kind: 'scroll' }];
console.log(events.map(describe), events.filter(isKey).length, pluck(events, 'kind'), m.a);
try { assert(events.length > 5, 'too few'); } catch (e) { console.log((e as Error).message); }
let u: unknown = 'str';
if (typeof u === 'string') console.log(u.length);
const tuple: [name: string, age?: number, ...rest: boolean[]] = ['n', 3, true, false];
console.log(tuple.length, tuple[0]!.toUpperCase());
function first<const T extends readonly unknown[]>(arr: T): T[0] { return arr[0]; }
console.log(first(['a', 'b'] as const), first([1]));
label: for (const i of [1, 2]) { for (const j of [1, 2]) { if (j > i) continue label; console.log(i, j); } }
