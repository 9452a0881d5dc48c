// An old-style CommonJS module: `export =`.
class Clock {
  private t = 1000;
  now(): number { return (this.t += 5); }
  static readonly epoch = 1000;
}
namespace Clock {
  export const unit = 'ms';
}
export = Clock;
