// immer as ESM: "import" -> dist/immer.mjs; named imports, a namespace
// import, no default export.
import { produce, enablePatches, produceWithPatches, applyPatches, castDraft, isDraftable } from 'immer';
import * as immer from 'immer';

enablePatches();
const show = (label, v) => console.log(label + ': ' + JSON.stringify(v));
show('import forms', [immer.produce === produce, 'default' in immer, typeof immer.Immer, isDraftable({}), isDraftable(new Date(0))]);

// A small reducer-driven store with undo via inverse patches.
const reducer = produce((draft, action) => {
  switch (action.type) {
    case 'add': draft.items.push({ id: draft.nextId++, title: action.title, done: false }); break;
    case 'toggle': { const it = draft.items.find(i => i.id === action.id); if (it) it.done = !it.done; break; }
    case 'remove': draft.items.splice(draft.items.findIndex(i => i.id === action.id), 1); break;
    case 'rename': draft.items.find(i => i.id === action.id).title = action.title; break;
    default: throw new Error('unknown action ' + action.type);
  }
});
let state = { nextId: 1, items: [] };
const history = [];
const actions = [
  { type: 'add', title: 'buy milk' }, { type: 'add', title: 'walk dog' }, { type: 'add', title: 'code' },
  { type: 'toggle', id: 2 }, { type: 'rename', id: 3, title: 'write tests' }, { type: 'remove', id: 1 },
];
for (const a of actions) {
  const [next, patches, inverse] = produceWithPatches(state, d => reducer(d, a));
  history.push(inverse);
  state = next;
  console.log(a.type.padEnd(7) + JSON.stringify(state.items.map(i => i.id + (i.done ? '*' : '') + ':' + i.title)) + ' patches=' + patches.length);
}
while (history.length) {
  state = applyPatches(state, history.pop());
}
show('after undo', state);
try {
  reducer(state, { type: 'explode' });
} catch (e) {
  show('reducer error', e.message);
}
show('castDraft identity', castDraft(state) === state);
