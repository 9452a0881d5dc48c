"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const delay = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));
async function attempt(f) {
    try {
        return { ok: true, value: await f() };
    }
    catch (e) {
        return { ok: false, error: e instanceof Error ? e.message : String(e) };
    }
}
async function* ticker(n) {
    for (let i = 0; i < n; i++)
        yield await delay(1, i);
    return 'done';
}
class Queue {
    items = [];
    push(...xs) { this.items.push(...xs); return this; }
    async *drain() { while (this.items.length)
        yield this.items.shift(); }
}
(async () => {
    console.log(await attempt(() => delay(2, 'fine')));
    console.log(await attempt(async () => { throw new TypeError('bad'); }));
    const out = [];
    for await (const t of ticker(3))
        out.push(t);
    console.log(out);
    const q = new Queue().push('a', 'b');
    for await (const s of q.drain())
        console.log('q', s);
    const all = await Promise.allSettled([delay(3, 1), Promise.reject(new Error('no'))]);
    console.log(all.map((r) => r.status));
    console.log(await Promise.race([delay(5, 'slow'), delay(1, 'fast')]));
    const g = ticker(1);
    console.log(await g.next(), await g.next());
})();
