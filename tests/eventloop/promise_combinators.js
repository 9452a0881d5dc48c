// Promise.all/allSettled/race/any with plain values, promises and
// iterables; AggregateError; V8's wording for a non-iterable argument.
const log = (...a) => console.log(...a);
const later = (v) => Promise.resolve().then(() => v);
Promise.all([1, Promise.resolve(2), later(3)]).then((v) => log('all', v));
Promise.all([]).then((v) => log('all empty', v));
Promise.all('ab').then((v) => log('all string', v));
Promise.all(5).catch((e) => log('all 5:', e.name, e.message));
Promise.all(null).catch((e) => log('all null:', e.message));
Promise.all([Promise.reject(new Error('r1')), Promise.reject(new Error('r2'))])
  .catch((e) => log('all rejects with the first:', e.message));
Promise.allSettled([1, Promise.reject('no'), later('yes')])
  .then((v) => log('allSettled', JSON.stringify(v)));
Promise.race([later('slow'), 'fast']).then((v) => log('race', v));
Promise.race([]).then(() => log('race of nothing never settles'));
Promise.any([Promise.reject(1), later(2)]).then((v) => log('any', v));
Promise.any([Promise.reject(1), Promise.reject(new Error('e'))]).catch((e) =>
  log('any rejects:', e.constructor.name, e.message, e.errors.length,
      e instanceof AggregateError, Object.keys(e)));
Promise.any([]).catch((e) => log('any empty:', e.message, e.errors));
const it = { [Symbol.iterator]() { let i = 0; return { next: () => ({ done: i > 2, value: i++ }), return() { log('iterator closed'); return {}; } }; } };
Promise.all(it).then((v) => log('all of a custom iterable', v));
const badResolve = class extends Promise {};
badResolve.resolve = () => { throw new Error('resolve throws'); };
Promise.all.call(badResolve, it).catch((e) => log('closed after', e.message));
log('sync end');
