// mobx as ESM: class fields with makeAutoObservable, proxies, reactions.
import { makeAutoObservable, autorun, reaction, computed, observable, action, runInAction, when, toJS } from 'mobx';
class Store { items = []; filter = ''; constructor() { makeAutoObservable(this); } get visible() { return this.items.filter(i => i.includes(this.filter)); } add(i) { this.items.push(i); } }
const s = new Store();
autorun(() => console.log('visible', s.visible.join(',')));
reaction(() => s.items.length, (n, o) => console.log('len', o, '->', n));
s.add('apple'); s.add('banana'); runInAction(() => { s.filter = 'an'; s.add('mango'); });
const o = observable({ a: 1, b: { c: [1, 2] } }); const dbl = computed(() => o.a * 2);
autorun(() => console.log('dbl', dbl.get())); action(() => { o.a = 5; })();
when(() => o.a > 10, () => console.log('when fired')); o.a = 11;
console.log(JSON.stringify(toJS(o)));
const m = observable.map({ x: 1 }); autorun(() => console.log('map', m.get('x'))); m.set('x', 2);
