function twice(n: number) { return n * 2; }
namespace twice { export const tag = "twice"; }
export = twice;
