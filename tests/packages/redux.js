// redux (CommonJS): exports 'require' -> dist/cjs/redux.cjs.
const { createStore, combineReducers, applyMiddleware, compose, bindActionCreators } = require('redux');
const counter = (s = 0, a) => a.type === 'inc' ? s + 1 : a.type === 'dec' ? s - 1 : s;
const todos = (s = [], a) => a.type === 'add' ? [...s, a.text] : s;
const logger = store => next => action => { console.log('dispatch', action.type); const r = next(action); console.log('state', JSON.stringify(store.getState())); return r; };
const store = createStore(combineReducers({ counter, todos }), applyMiddleware(logger));
const un = store.subscribe(() => console.log('sub'));
store.dispatch({ type: 'inc' }); store.dispatch({ type: 'add', text: 'x' }); un(); store.dispatch({ type: 'dec' });
const acts = bindActionCreators({ add: text => ({ type: 'add', text }) }, store.dispatch); acts.add('y');
try { store.dispatch(() => 1); } catch (e) { console.log(e.message.slice(0, 80)); }
console.log(compose(x => x + 1, x => x * 2)(5));
