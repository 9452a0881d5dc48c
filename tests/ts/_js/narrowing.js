"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
function isKey(e) { return e.kind === 'key'; }
function assert(cond, msg) { if (!cond)
    throw new Error(msg ?? 'assert'); }
function describe(e) {
    switch (e.kind) {
        case 'click': return `click@${e.x},${e.y}`;
        case 'key': return `key ${e.key}`;
        default: {
            const rest = e;
            return `scroll ${rest.delta ?? 0}`;
        }
    }
}
function pluck(items, key) { return items.map((i) => i[key]); }
const frozen = { a: 1 };
const m = frozen;
m.a++;
const events = [{ kind: 'click', x: 1, y: 2 }, { kind: 'key', key: 'q' }, { kind: 'scroll' }];
console.log(events.map(describe), events.filter(isKey).length, pluck(events, 'kind'), m.a);
try {
    assert(events.length > 5, 'too few');
}
catch (e) {
    console.log(e.message);
}
let u = 'str';
if (typeof u === 'string')
    console.log(u.length);
const tuple = ['n', 3, true, false];
console.log(tuple.length, tuple[0].toUpperCase());
function first(arr) { return arr[0]; }
console.log(first(['a', 'b']), first([1]));
label: for (const i of [1, 2]) {
    for (const j of [1, 2]) {
        if (j > i)
            continue label;
        console.log(i, j);
    }
}
