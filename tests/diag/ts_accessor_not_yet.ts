// A TypeScript feature kiln does not compile yet is no JavaScript error:
// the diagnostic names no error type.
const key = "k";
class A {
  accessor [key] = 1;
}
console.log(new A());
