// Decorators are not allowed on object literal methods.
const o = {
  @d m() {},
};
