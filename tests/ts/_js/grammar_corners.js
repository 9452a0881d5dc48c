"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
const node_events_1 = require("node:events");
function tag(parts, ...vals) { return parts.raw.join('|') + ':' + vals.join(','); }
const fetchish = async (v) => [v, v];
const plugins = [{ name: 'a', init() { return 'A!'; } }, { name: 'b' }];
class Node2 {
    value;
    next;
    constructor(value) {
        this.value = value;
    }
    append(v) { this.next = new Node2(v); return this.next; }
}
function f(n = 1) { return n + (this?.k ?? 0); }
let stat;
const ee = new node_events_1.EventEmitter();
ee.on('x', (n) => console.log('got', n));
ee.emit('x', 5);
(async () => {
    console.log(tag `a${1}b${2}c`, await fetchish('z'));
    console.log(plugins.map((p) => p.init?.() ?? `${p.name}-none`), plugins[1].teardown?.());
    const head = new Node2(1);
    head.append(2).append(3);
    console.log(head.next.next.value, head.next?.next.value, stat?.size);
    const o = { a: { b: 1 } };
    o.a.b += 41;
    o.a.b++;
    console.log(o.a.b, f.call({ k: 2 }, 3), f(), o.a.b);
    const entries = Object.entries({ x: 1, y: 2 });
    for (const [k, v] of entries)
        console.log(k, v);
    try {
        JSON.parse('{');
    }
    catch (e) {
        console.log(e.name);
    }
    const enumish = { A: -1, B: ~1 };
    console.log(enumish.A, enumish.B);
    let s;
    [s] = ['destructured'];
    console.log(s, typeof Node2, new Node2('q').value);
})();
