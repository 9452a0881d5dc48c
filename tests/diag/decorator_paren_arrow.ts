// `@(expression)` with an arbitrary expression: kiln's grammar only takes
// identifiers, member accesses and calls inside the parentheses yet.
class C {
  @((v: any) => v) m() {}
}
