// rxjs imported from ESM: its exports map lists "node" before "es2015" and
// "default", so node loads the CommonJS build here and finds the named
// exports lexically; also rxjs/operators and a namespace import.
import { Observable, Subject, of, from, range, lastValueFrom, timer, combineLatest } from 'rxjs';
import * as rx from 'rxjs';
import { map, filter, scan, takeUntil, toArray, mergeMap, reduce, withLatestFrom } from 'rxjs/operators';

const show = (label, v) => console.log(label + ': ' + JSON.stringify(v));
show('import forms', [rx.of === of, typeof rx.default, rx.map === map, typeof rx.config]);

// A tiny event-sourced bank account.
const events = from([
  { type: 'deposit', amount: 100 }, { type: 'withdraw', amount: 30 }, { type: 'deposit', amount: 55 },
  { type: 'withdraw', amount: 500 }, { type: 'fee', amount: 2 }, { type: 'deposit', amount: 10 },
]);
const balances = [];
events.pipe(
  scan((st, e) => {
    if (e.type === 'deposit') return { bal: st.bal + e.amount, rejected: st.rejected };
    if (e.amount > st.bal) return { bal: st.bal, rejected: st.rejected + 1 };
    return { bal: st.bal - e.amount, rejected: st.rejected };
  }, { bal: 0, rejected: 0 }),
).subscribe(s => balances.push(s.bal + '/' + s.rejected));
show('balances', balances);

const words = 'the quick brown fox jumps over the lazy dog the end'.split(' ');
show('word counts', await lastValueFrom(from(words).pipe(reduce((m, w) => ({ ...m, [w]: (m[w] || 0) + 1 }), {}))));
show('long words', await lastValueFrom(from(words).pipe(filter(w => w.length > 3), map(w => w.toUpperCase()), toArray())));

const stop = new Subject();
const ticks = [];
const done = new Promise(resolve => {
  timer(0, 5).pipe(takeUntil(stop)).subscribe({ next: t => { ticks.push(t); if (t === 3) stop.next(); }, complete: resolve });
});
await done;
show('takeUntil', ticks);

const clicks = new Subject();
const mode = new Subject();
const tagged = [];
clicks.pipe(withLatestFrom(mode)).subscribe(([c, m]) => tagged.push(m + ':' + c));
clicks.next(0); mode.next('a'); clicks.next(1); mode.next('b'); clicks.next(2); clicks.next(3);
show('withLatestFrom', tagged);

const fetchLike = id => new Observable(sub => { const t = setTimeout(() => { sub.next({ id, name: 'item' + id }); sub.complete(); }, 10 * (4 - id)); return () => clearTimeout(t); });
show('mergeMap completion order', await lastValueFrom(range(1, 3).pipe(mergeMap(fetchLike), map(x => x.name), toArray())));
show('mergeMap concurrency 1', await lastValueFrom(range(1, 3).pipe(mergeMap(fetchLike, 1), map(x => x.id), toArray())));
show('combineLatest', await lastValueFrom(combineLatest([of(1, 2), timer(5).pipe(map(() => 'T'))]).pipe(toArray())));
