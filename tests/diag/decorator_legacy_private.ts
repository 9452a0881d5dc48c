// experimentalDecorators cannot decorate private names (TS1206).
function d(target: any, key: any) {}
class C {
  @d #x = 1;
}
