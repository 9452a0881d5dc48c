// Class fields under target ES2020 (assigned, not defined) with legacy
// decorators, parameter properties and base-class setters.
function seal(tag: string) {
  return (ctor: Function) => { console.log('sealed', tag, ctor.name); };
}
function watch(target: any, key: string) {
  Object.defineProperty(target, key, {
    set(v) { console.log('watch set', key, v); Object.defineProperty(this, '_' + key, { value: v, writable: true }); },
    get() { return this['_' + key]; },
    configurable: true,
  });
}

class Base {
  set mode(v: string) { console.log('Base setter', v); }
  get mode() { return 'from-base'; }
  label = 'base';
}

@seal('v1')
class Widget extends Base {
  mode = 'widget';
  @watch size = 3;
  count: number;
  declare extra: string;
  items = [this.id, this.size];
  constructor(public id: number, private readonly secret = 's') {
    super();
    this.count = id * 2;
  }
  static created = Widget.name + '!';
}

const w = new Widget(4);
console.log(Object.keys(w), w.mode, w.size, w.items, Widget.created);
console.log(Object.getOwnPropertyDescriptor(w, 'mode'), 'extra' in w);
class Empty { x?: number; y!: string; }
console.log(Object.keys(new Empty()));
