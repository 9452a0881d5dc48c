// counter.ts: a CommonJS module written with `export =`.
class Counter {
  constructor(public n = 0) {}
  inc() { return ++this.n; }
}
namespace Counter { export const start = 10; }
export = Counter;
