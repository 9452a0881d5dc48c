// immer (dual: require -> dist/cjs/index.js, import -> dist/immer.mjs).
'use strict';
const { produce, produceWithPatches, applyPatches, enablePatches, enableMapSet, freeze, original, current, isDraft, nothing, createDraft, finishDraft, setAutoFreeze, Immer } = require('immer');
enablePatches();
enableMapSet();

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}

const base = { todos: [{ id: 1, text: 'write', done: false }, { id: 2, text: 'test', done: false }], filter: 'all', meta: { count: 2 } };

show('produce', () => {
  const next = produce(base, d => { d.todos[0].done = true; d.todos.push({ id: 3, text: 'ship', done: false }); d.meta.count++; });
  return [next, base.todos.length, next.todos[1] === base.todos[1], next.todos[0] === base.todos[0], next.filter === base.filter];
});
show('no change returns same', () => produce(base, d => { d.filter = 'all'; }) === base);
show('frozen result', () => { const n = produce(base, d => { d.meta.count = 5; }); return [Object.isFrozen(n), Object.isFrozen(n.meta), Object.isFrozen(n.todos)]; });
show('mutating frozen throws', () => { 'use strict'; const n = produce(base, d => { d.meta.count = 9; }); try { n.meta.count = 1; return 'no throw'; } catch (e) { return e.constructor.name; } });
show('return replacement', () => produce(base, () => ({ replaced: true })));
show('return nothing', () => produce(base, () => nothing));
show('return draft and modify throws', () => produce(base, d => { d.filter = 'x'; return { other: 1 }; }));
show('curried', () => { const toggle = produce((d, id) => { const t = d.todos.find(x => x.id === id); t.done = !t.done; }); return toggle(toggle(base, 2), 1).todos.map(t => t.done); });
show('curried with initial', () => { const add = produce((d, n) => { d.push(n); }, []); return [add(undefined, 1), add([0], 2)]; });
show('array ops', () => produce([5, 3, 8, 1], d => { d.sort((a, b) => a - b); d.splice(1, 1, 'x', 'y'); d.reverse(); d.length = 4; }));
show('delete/in', () => produce({ a: 1, b: 2, c: { d: 3 } }, d => { delete d.a; d.c.e = 'a' in d; }));
show('isDraft/original/current', () => {
  let info;
  produce(base, d => { d.meta.count = 10; info = [isDraft(d), isDraft(base), original(d.meta).count, current(d.meta).count, isDraft(current(d))]; });
  return info;
});
show('Map/Set', () => {
  const s = { users: new Map([['a', { name: 'A' }]]), tags: new Set(['x']) };
  const n = produce(s, d => { d.users.get('a').name = 'AA'; d.users.set('b', { name: 'B' }); d.tags.add('y'); d.tags.delete('x'); });
  return [[...n.users].map(([k, v]) => k + '=' + v.name), [...n.tags], s.users.get('a').name, s.tags.has('x'), n.users instanceof Map];
});
show('patches', () => {
  const [next, patches, inverse] = produceWithPatches(base, d => { d.todos[1].done = true; d.todos.unshift({ id: 0, text: 'plan' }); delete d.meta; d.filter = 'done'; });
  return [patches, inverse, applyPatches(base, patches).todos.length, JSON.stringify(applyPatches(next, inverse)) === JSON.stringify(base)];
});
show('Map patches', () => produceWithPatches(new Map([['k', 1]]), d => { d.set('k', 2); d.set('n', 3); })[1]);
show('applyPatches invalid', () => applyPatches({}, [{ op: 'bogus', path: ['a'], value: 1 }]));
show('applyPatches bad path', () => applyPatches({ a: 1 }, [{ op: 'replace', path: ['x', 'y'], value: 1 }]));
show('createDraft/finishDraft', () => { const d = createDraft(base); d.filter = 'open'; d.todos.pop(); const n = finishDraft(d); return [n.filter, n.todos.length, base.todos.length]; });
show('freeze deep', () => { const o = freeze({ a: { b: [1] } }, true); return [Object.isFrozen(o.a), Object.isFrozen(o.a.b)]; });
show('autoFreeze off', () => { setAutoFreeze(false); try { return Object.isFrozen(produce({ a: 1 }, d => { d.a = 2; })); } finally { setAutoFreeze(true); } });
show('Immer instance', () => { const im = new Immer({ autoFreeze: false }); const n = im.produce({ x: [1] }, d => { d.x.push(2); }); return [n, Object.isFrozen(n)]; });
show('class instance not drafted', () => { class P { constructor() { this.v = 1; } } const p = new P(); return produce({ p }, d => { d.p.v = 2; }).p.v; });
show('immerable class', () => {
  const { immerable } = require('immer');
  class Pt { constructor(x) { this.x = x; this[immerable] = true; } }
  const a = new Pt(1); const b = produce(a, d => { d.x = 2; });
  return [a.x, b.x, b instanceof Pt, a !== b];
});
show('revoked draft access', () => { let leaked; produce({ a: 1 }, d => { leaked = d; }); return leaked.a; });
show('nested produce', () => produce({ list: [{ n: 1 }] }, d => { d.list = produce(d.list, inner => { inner[0].n = 99; }); }));
