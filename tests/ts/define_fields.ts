// Field initialisation order (useDefineForClassFields from target ES2022):
// parameter properties, field initialisers, declared fields, accessors.
class Base {
  name = 'base';
  constructor() { console.log('Base ctor sees', this.name, (this as any).extra); }
  set kind(v: string) { console.log('Base setter', v); }
}

class Derived extends Base {
  declare name: string;
  kind = 'derived-field';
  extra = this.compute();
  constructor(public id: number, readonly tags: string[] = []) {
    super();
    console.log('Derived ctor', this.id, this.tags.length, this.extra);
  }
  compute() { return `x${this.id}`; }
}

const d = new Derived(7);
console.log(Object.keys(d), d.kind, Object.getOwnPropertyDescriptor(d, 'kind')?.writable);
class Opt { a?: number; b!: string; c: number | undefined; }
console.log(Object.keys(new Opt()), 'a' in new Opt());
