// Exported destructuring in namespaces: tsc assigns the pattern with each
// bound name as a property of the namespace object.
namespace N {
  export const { a, b: [b1, ...bs], c = a + 1, ...others } = { a: 1, b: [2, 3, 4], x: 9, y: 8 } as any;
  export let [p, , q = p * 10] = [5, 6];
  export function sum() { return a + b1 + bs.length + c + p + q; }
  const { a: local } = { a: 100 };
  export const viaLocal = local + a;
}
console.log(N.a, N.b1, N.bs, N.c, N.others, N.p, N.q, N.sum(), N.viaLocal, Object.keys(N));
