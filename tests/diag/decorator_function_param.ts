// Parameter decorators are only valid on class methods and constructors.
function p(target: any, key: any, index: number) {}
function f(@p x: number) {
  return x;
}
