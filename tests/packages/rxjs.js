// rxjs 7 (dual with "node"/"require" -> dist/cjs, subpath rxjs/operators).
'use strict';
const rx = require('rxjs');
const { of, from, range, Subject, BehaviorSubject, ReplaySubject, AsyncSubject, Observable, merge, concat, zip, combineLatest, forkJoin, defer, EMPTY, throwError, firstValueFrom, lastValueFrom, timer, interval, queueScheduler, asapScheduler } = rx;
const op = require('rxjs/operators');
const { map, filter, scan, reduce, take, takeWhile, skip, distinctUntilChanged, mergeMap, concatMap, switchMap, catchError, retry, tap, toArray, startWith, pairwise, bufferCount, groupBy, finalize, first, last, defaultIfEmpty, share, debounceTime, delay } = op;

function collect(label, obs) {
  const out = [];
  obs.subscribe({
    next: v => out.push(v),
    error: e => console.log(label + ': ' + JSON.stringify(out) + ' error ' + (e && e.name) + ': ' + (e && e.message)),
    complete: () => console.log(label + ': ' + JSON.stringify(out) + ' complete'),
  });
}

collect('operators same as root', of(op.map === rx.map, op.filter === rx.filter));
collect('of/map/filter', of(1, 2, 3, 4, 5, 6).pipe(filter(x => x % 2 === 0), map(x => x * 10)));
collect('from array/string/iterable', concat(from([1, 2]), from('ab'), from(new Set(['s']))));
collect('range/scan', range(1, 5).pipe(scan((acc, x) => acc + x, 0)));
collect('reduce', range(1, 10).pipe(reduce((a, b) => a * b, 1)));
collect('take/skip/takeWhile', range(0, 100).pipe(skip(3), takeWhile(x => x < 10), take(4)));
collect('distinctUntilChanged', of(1, 1, 2, 2, 2, 1, 3, 3).pipe(distinctUntilChanged()));
collect('distinct key', of({ id: 1 }, { id: 2 }, { id: 1 }).pipe(op.distinct(o => o.id), map(o => o.id)));
collect('mergeMap', of(1, 2, 3).pipe(mergeMap(x => of(x, x * 100))));
collect('concatMap', of('a', 'b').pipe(concatMap(x => range(1, 2).pipe(map(n => x + n)))));
collect('switchMap sync', of(1, 2).pipe(switchMap(x => of(x + 'x', x + 'y'))));
collect('startWith/pairwise', of(2, 4, 8).pipe(startWith(1), pairwise()));
collect('bufferCount', range(1, 7).pipe(bufferCount(3)));
collect('bufferCount overlap', range(1, 5).pipe(bufferCount(2, 1)));
collect('groupBy', of('apple', 'avocado', 'banana', 'blueberry', 'cherry').pipe(groupBy(s => s[0]), mergeMap(g => g.pipe(toArray(), map(a => g.key + ':' + a.join('/'))))));
collect('zip', zip(of(1, 2, 3), of('a', 'b'), of(true, false, true)));
collect('combineLatest', combineLatest([of(1, 2), of('x', 'y')]));
collect('forkJoin', forkJoin({ a: of(1, 2), b: range(5, 3) }));
collect('merge sync', merge(of(1, 2), of(3)));
collect('throwError/catchError', throwError(() => new TypeError('bad')).pipe(catchError(e => of('caught ' + e.message))));
collect('error propagates', of(1, 2, 3).pipe(map(x => { if (x === 2) throw new RangeError('no twos'); return x; })));
let attempts = 0;
collect('retry', defer(() => { attempts++; return attempts < 3 ? throwError(() => new Error('try ' + attempts)) : of('ok after ' + attempts); }).pipe(retry(5)));
collect('retry exhausted', defer(() => throwError(() => new Error('always'))).pipe(retry(2)));
collect('first/last/default', concat(of(5, 6, 7).pipe(first()), of(5, 6, 7).pipe(last()), EMPTY.pipe(defaultIfEmpty('empty'))));
collect('first on empty', EMPTY.pipe(first()));
const log = [];
collect('tap/finalize', of(1, 2).pipe(tap(v => log.push('tap ' + v)), finalize(() => log.push('finalize'))));
console.log('tap log: ' + JSON.stringify(log));
collect('custom Observable', new Observable(sub => { sub.next('a'); sub.next('b'); sub.complete(); sub.next('ignored'); }));
const teardown = [];
const sub = new Observable(s => { s.next(1); return () => teardown.push('torn down'); }).subscribe(v => teardown.push('got ' + v));
sub.unsubscribe();
console.log('teardown: ' + JSON.stringify([teardown, sub.closed]));

const subject = new Subject();
const seen = [];
subject.subscribe(v => seen.push('A' + v));
subject.next(1);
subject.subscribe(v => seen.push('B' + v));
subject.next(2);
subject.complete();
subject.next(3);
console.log('Subject: ' + JSON.stringify(seen));
const bs = new BehaviorSubject('init');
const bseen = [];
bs.subscribe(v => bseen.push(v));
bs.next('n1');
console.log('BehaviorSubject: ' + JSON.stringify([bseen, bs.getValue()]));
const rs = new ReplaySubject(2);
rs.next(1); rs.next(2); rs.next(3);
collect('ReplaySubject late', rs.pipe(take(2)));
const as = new AsyncSubject();
collect('AsyncSubject', as);
as.next('x'); as.next('final'); as.complete();
const shared = of(1, 2).pipe(tap(() => log.push('source')), share());
collect('share', shared);
console.log('isObservable: ' + JSON.stringify([rx.isObservable(of(1)), rx.isObservable({ subscribe() {} })]));
console.log('queueScheduler: ' + JSON.stringify((() => { const o = []; rx.scheduled([1, 2], queueScheduler).subscribe(v => o.push(v)); return o; })()));

// Asynchronous part: timers and promises interop.
(async () => {
  console.log('firstValueFrom: ' + (await firstValueFrom(of('fv', 'x'))));
  console.log('lastValueFrom: ' + (await lastValueFrom(range(1, 3))));
  try { await lastValueFrom(EMPTY); } catch (e) { console.log('lastValueFrom EMPTY: ' + e.name + ': ' + e.message); }
  console.log('from(promise): ' + (await lastValueFrom(from(Promise.resolve('resolved')).pipe(map(s => s.toUpperCase())))));
  console.log('interval: ' + JSON.stringify(await lastValueFrom(interval(5).pipe(take(4), toArray()))));
  console.log('timer+delay: ' + JSON.stringify(await lastValueFrom(merge(timer(30).pipe(map(() => 'slow')), of('fast').pipe(delay(5))).pipe(toArray()))));
  console.log('debounceTime: ' + JSON.stringify(await lastValueFrom(concat(of(1, 2, 3), timer(40).pipe(map(() => 4))).pipe(debounceTime(20), toArray()))));
  const order = [];
  asapScheduler.schedule(() => order.push('asap'));
  Promise.resolve().then(() => order.push('promise'));
  order.push('sync');
  await new Promise(r => setTimeout(r, 10));
  console.log('asap order: ' + JSON.stringify(order));
  try {
    await firstValueFrom(timer(5).pipe(map(() => { throw new Error('late failure'); })));
  } catch (e) {
    console.log('async error: ' + e.message);
  }
  try {
    await lastValueFrom(of(1).pipe(rx.timeout({ first: 10, with: () => throwError(() => new Error('timed out')) }), delay(50)));
    console.log('no timeout');
  } catch (e) {
    console.log('timeout: ' + e.message);
  }
})();
