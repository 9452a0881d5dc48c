// A TypeScript feature kiln does not compile yet is no JavaScript error:
// the diagnostic names no error type.
namespace N {
  export const x = 1;
}
console.log(N.x);
