// async/await with generics, async iterators, Promise utilities, errors.
interface Result<T> { ok: boolean; value?: T; error?: string }
const delay = <T,>(ms: number, v: T): Promise<T> => new Promise((r) => setTimeout(() => r(v), ms));

async function attempt<T>(f: () => Promise<T>): Promise<Result<T>> {
  try { return { ok: true, value: await f() }; }
  catch (e: unknown) { return { ok: false, error: e instanceof Error ? e.message : String(e) }; }
}

async function* ticker(n: number): AsyncGenerator<number, string, void> {
  for (let i = 0; i < n; i++) yield await delay(1, i);
  return 'done';
}

class Queue<T> {
  private items: T[] = [];
  push(...xs: T[]): this { this.items.push(...xs); return this; }
  async *drain(): AsyncIterableIterator<T> { while (this.items.length) yield this.items.shift()!; }
}

(async () => {
  console.log(await attempt(() => delay(2, 'fine')));
  console.log(await attempt<number>(async () => { throw new TypeError('bad'); }));
  const out: number[] = [];
  for await (const t of ticker(3)) out.push(t);
  console.log(out);
  const q = new Queue<string>().push('a', 'b');
  for await (const s of q.drain()) console.log('q', s);
  const all = await Promise.allSettled([delay(3, 1), Promise.reject(new Error('no'))]);
  console.log(all.map((r) => r.status));
  console.log(await Promise.race([delay(5, 'slow'), delay(1, 'fast')]));
  const g = ticker(1);
  console.log(await g.next(), await g.next());
})();
