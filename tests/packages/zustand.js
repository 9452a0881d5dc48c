// zustand/vanilla (CommonJS): subpath export 'require' -> vanilla.js.
const { createStore } = require('zustand/vanilla');
const store = createStore((set, get) => ({ count: 0, inc: () => set(s => ({ count: s.count + 1 })), reset: () => set({ count: 0 }, false), double: () => get().count * 2 }));
const un = store.subscribe((s, p) => console.log('change', p.count, '->', s.count));
store.getState().inc(); store.getState().inc(); console.log(store.getState().double()); un(); store.getState().reset();
console.log(store.getState().count, Object.keys(store.getInitialState()));
