// URLSearchParams: constructors, methods, serializer, live link with URL,
// iterators, inspect output and errors.
'use strict';
const show = (p) => console.log(JSON.stringify(p.toString()), p.size, JSON.stringify([...p]));
show(new URLSearchParams());
show(new URLSearchParams(''));
show(new URLSearchParams('?a=1&b=2&a=3'));
show(new URLSearchParams('??a=1'));
show(new URLSearchParams('a=b=c&&=x&y&%zz=%4&+%20+=%E9%C3%A9&%F0%9F%98%80'));
show(new URLSearchParams({ a: '1', b: [1, 2], c: null, d: undefined, 'é': 'ü' }));
show(new URLSearchParams([['x', 'y'], ['x', 'z'], new Set(['k', 'v'])]));
show(new URLSearchParams(new Map([['m', 1], ['n', 2]])));
show(new URLSearchParams(new URLSearchParams('c=3')));
show(new URLSearchParams(12));
show(new URLSearchParams('a=\uD800'));
show(new URLSearchParams({ '\uD800': 'x', '\uDC00': 'y' }));
for (const bad of [[['a']], [['a', 'b', 'c']], [1], { [Symbol.iterator]: 1 }]) {
  try { new URLSearchParams(bad); } catch (e) { console.log(e.name, e.code, e.message); }
}
const p = new URLSearchParams('b=2&a=1&c=3&a=0');
p.append('z', 'last'); p.delete('c'); show(p);
console.log(p.get('a'), p.get('nope'), p.getAll('a'), p.has('a'), p.has('a', '0'), p.has('a', '9'));
p.delete('a', '1'); show(p);
p.set('b', 'B'); p.set('new', 'N'); show(p);
p.append('b', 'again'); p.set('b', 'once'); show(p);
const s = new URLSearchParams('z=1&a=2&é=3&a=1&ä=0&Z=9&\uD83D\uDE00=x&\uFFFD=y');
s.sort(); show(s);
console.log(new URLSearchParams({ sp: 'a b', sym: '!\'()*~-._', all: '\u0000\u007f&=+%#?/é€😀' }).toString());
p.forEach(function (v, k, o) { console.log(k, v, o === p, this.t); }, { t: 'this' });
console.log([...p.keys()], [...p.values()], [...p.entries()]);
const it = p.entries(); console.log(it.next(), Object.prototype.toString.call(it));
console.log(p, new URLSearchParams(), new URLSearchParams({ 'a-long-name-here': 'and a long value too', 'another-long-key-name': 'more value text', k: 'v' }));
console.log(Object.prototype.toString.call(p), String(p), typeof p[Symbol.iterator]);
for (const [k, v] of new URLSearchParams('q=1&r=2')) console.log(k, v);
const live = new URLSearchParams('a=1&b=2');
for (const [k] of live) { if (k === 'a') live.append('c', '3'); console.log('live', k); }
// errors
try { p.append('x'); } catch (e) { console.log(e.name, e.code, e.message); }
try { p.get(); } catch (e) { console.log(e.name, e.code, e.message); }
try { p.forEach(1); } catch (e) { console.log(e.name, e.code, e.message); }
try { URLSearchParams.prototype.get.call({}, 'a'); } catch (e) { console.log(e.name, e.code, e.message); }
// link with URL
const u = new URL('http://h/p?x=1&y=2#frag');
const sp = u.searchParams;
console.log(sp === u.searchParams, sp.get('x'));
sp.append('z', 'a b'); console.log(u.href, u.search);
sp.delete('x'); sp.delete('y'); sp.delete('z'); console.log(u.href, JSON.stringify(u.search));
u.search = '?k=v&k=w'; console.log(sp.getAll('k'), sp.size);
u.href = 'http://other/?n=1'; console.log(sp.get('n'), sp.get('k'));
u.search = ''; console.log(sp.size, u.href);
sp.set('q', '%'); console.log(u.href);
u.hash = 'h'; sp.sort(); console.log(u.href);
const o = new URL('sc:opaque  ?a=1#f');
o.searchParams.delete('a'); console.log(JSON.stringify(o.href));
console.log(new URL('http://x/?a=%zz&b=+').searchParams.get('a'), JSON.stringify(new URL('http://x/?a=%zz&b=+').searchParams.get('b')));
