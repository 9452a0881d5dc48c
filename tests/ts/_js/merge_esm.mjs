// merge_esm.mts: exported declarations merged in an ES module: a class
// and a namespace, an enum declared twice, a namespace declared twice,
// read back through the module's own namespace object.
import * as self from "./merge_esm.mjs";
export class Widget {
    id;
    constructor(id) {
        this.id = id;
    }
    static of(id) { return new Widget(id + Widget.offset); }
}
(function (Widget) {
    Widget.offset = 100;
})(Widget || (Widget = {}));
export var Tone;
(function (Tone) {
    Tone[Tone["Low"] = 0] = "Low";
})(Tone || (Tone = {}));
(function (Tone) {
    Tone[Tone["High"] = 10] = "High";
})(Tone || (Tone = {}));
export var Reg;
(function (Reg) {
    Reg.a = 1;
})(Reg || (Reg = {}));
(function (Reg) {
    Reg.b = Reg.a + 1;
})(Reg || (Reg = {}));
export function tool() { return tool.version; }
(function (tool) {
    tool.version = "v2";
})(tool || (tool = {}));
console.log(Widget.of(1), Tone, Reg, tool());
console.log(Object.keys(self).sort(), self.Reg === Reg, self.Tone[10]);
