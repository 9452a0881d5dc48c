// @reduxjs/toolkit as ESM: dist/redux-toolkit.modern.mjs (immer, reselect, redux-thunk inside), top-level await.
import { configureStore, createSlice, createAction, createReducer, createSelector, nanoid, createEntityAdapter, createAsyncThunk } from '@reduxjs/toolkit';
const slice = createSlice({ name: 'todos', initialState: [], reducers: { add: (s, a) => { s.push({ text: a.payload, done: false }); }, toggle: (s, a) => { s[a.payload].done = !s[a.payload].done; } } });
const store = configureStore({ reducer: { todos: slice.reducer } });
store.dispatch(slice.actions.add('a')); store.dispatch(slice.actions.add('b')); store.dispatch(slice.actions.toggle(1));
console.log(JSON.stringify(store.getState()), slice.actions.add.type, JSON.stringify(slice.actions.add('z')));
const inc = createAction('inc'); const r = createReducer(0, b => b.addCase(inc, (s, a) => s + (a.payload || 1)));
console.log(r(0, inc(5)), r(undefined, { type: 'x' }));
const sel = createSelector([s => s.todos], t => t.filter(x => x.done).length); console.log(sel(store.getState()));
const ad = createEntityAdapter(); let st = ad.getInitialState(); st = ad.addMany(st, [{ id: 2, n: 'b' }, { id: 1, n: 'a' }]); st = ad.updateOne(st, { id: 1, changes: { n: 'A' } });
console.log(JSON.stringify(st), nanoid().length);
const th = createAsyncThunk('load', async x => x * 2);
await store.dispatch(th(21)).then(a => console.log(a.type, a.payload));
try { store.getState().todos.push(1); } catch (e) { console.log(e.constructor.name); }
