// `static accessor` fields: kiln's TypeScript grammar does not parse them
// yet (instance `accessor` fields work).
class C {
  static accessor x = 1;
}
