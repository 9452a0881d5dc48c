// merge_esm.mts: exported declarations merged in an ES module: a class
// and a namespace, an enum declared twice, a namespace declared twice,
// read back through the module's own namespace object.
import * as self from "./merge_esm.mjs";
export class Widget {
  constructor(public id: number) {}
  static of(id: number) { return new Widget(id + Widget.offset); }
}
export namespace Widget { export const offset = 100; }
export enum Tone { Low }
export enum Tone { High = 10 }
export namespace Reg { export const a = 1; }
export namespace Reg { export const b = a + 1; }
export function tool() { return tool.version; }
export namespace tool { export const version = "v2"; }
console.log(Widget.of(1), Tone, Reg, tool());
console.log(Object.keys(self).sort(), self.Reg === Reg, self.Tone[10]);
