// A CommonJS-style module: `export =` of a class merged with a namespace.
class Clock {
  private ticks = 0;
  constructor(private readonly start = Clock.epoch) {}
  now(): number { return this.start + Clock.step * ++this.ticks; }
}
namespace Clock {
  export const epoch = 1_700_000_000;
  export const step = 60;
  export function format(t: number): string { return `t+${t - epoch}s`; }
}
export = Clock;
