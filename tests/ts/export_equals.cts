// export_equals.cts: a CommonJS TypeScript file; its enum and namespace
// live in a .cts file, imported with `import = require`.
import Counter = require("./_lib/counter");
enum E { A = 2 }
namespace N { export const v = E.A * Counter.start; }
console.log(N.v, E[2], new Counter().inc(), typeof module, typeof exports);
export = N;
