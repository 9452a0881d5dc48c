// Parameter decorators exist only with experimentalDecorators; TC39
// decorators (the default) reject them as tsc does.
function p(target: any, key: any, index: number) {}
class C {
  m(@p x: number) {}
}
