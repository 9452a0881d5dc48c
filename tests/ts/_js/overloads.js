"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
function parse(x) {
    return typeof x === 'string' ? Number(x) * 2 : `#${x}`;
}
var Dir;
(function (Dir) {
    Dir["Up"] = "UP";
    Dir["Down"] = "DOWN";
})(Dir || (Dir = {}));
var Flags;
(function (Flags) {
    Flags[Flags["None"] = 0] = "None";
    Flags[Flags["A"] = 1] = "A";
    Flags[Flags["B"] = 2] = "B";
    Flags[Flags["AB"] = 3] = "AB";
})(Flags || (Flags = {}));
const moves = { [Dir.Up]: -1, [Dir.Down]: 1 };
const palette = ['red', 'green'];
const pick = (c) => (c === 'red' ? Dir.Up : Dir.Down);
class Box {
    value;
    static count = 0;
    constructor(value) {
        this.value = value;
        Box.count++;
    }
    map(f) { return new Box(f(this.value)); }
    get(dflt) { return this.value ?? dflt; }
    static get made() { return Box.count; }
}
console.log(parse('21'), parse(7), moves, palette, pick('red'), pick('green'));
console.log(Flags.AB, Flags[3], Flags[Flags.B], Object.keys(Flags));
const b = new Box(2).map((n) => n * 10).map(String);
console.log(b.get(), Box.made, 'tag' in b, Object.keys(b));
let d = Dir.Down;
switch (d) {
    case Dir.Up:
        console.log('up');
        break;
    case Dir.Down: console.log('down');
}
const cfg = { port: 80, host: 'x' };
console.log(cfg.port, cfg.port + 1, cfg.nope?.deep ?? 'none');
