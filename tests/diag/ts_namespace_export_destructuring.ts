// Exported destructuring in a namespace is valid TypeScript that kiln
// does not compile yet.
namespace N {
  export const { a, b } = { a: 1, b: 2 };
}
console.log(N.a);
