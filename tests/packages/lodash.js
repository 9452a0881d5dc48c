// lodash (CommonJS, no exports map): the main build, a per-method file
// (lodash/chunk) and the functional build (lodash/fp).
'use strict';
const _ = require('lodash');
const chunk = require('lodash/chunk');
const fp = require('lodash/fp');

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}

const users = [
  { user: 'barney', age: 36, active: true, tags: ['a', 'b'] },
  { user: 'fred', age: 40, active: false, tags: ['b'] },
  { user: 'pebbles', age: 1, active: true, tags: [] },
  { user: 'wilma', age: 36, active: false, tags: ['c', 'a'] },
];

show('VERSION is a string', () => typeof _.VERSION);
show('chunk', () => _.chunk([1, 2, 3, 4, 5, 6, 7], 3));
show('lodash/chunk', () => chunk(['a', 'b', 'c'], 2));
show('compact', () => _.compact([0, 1, false, 2, '', 3, null, NaN, undefined]));
show('difference', () => _.difference([2, 1, 5, 7], [2, 3, 7]));
show('differenceBy', () => _.differenceBy([2.1, 1.2], [2.3, 3.4], Math.floor));
show('flattenDeep', () => _.flattenDeep([1, [2, [3, [4]], 5]]));
show('zip/unzip', () => _.unzip(_.zip(['a', 'b'], [1, 2], [true, false])));
show('uniqBy', () => _.uniqBy([{ x: 1 }, { x: 2 }, { x: 1 }], 'x'));
show('intersection', () => _.intersection([2, 1, 4], [2, 3, 4], [4, 2]));
show('sortBy', () => _.sortBy(users, ['age', 'user']).map(u => u.user));
show('orderBy', () => _.orderBy(users, ['age', 'user'], ['desc', 'asc']).map(u => u.user));
show('groupBy', () => _.groupBy(users, 'age'));
show('countBy', () => _.countBy(['one', 'two', 'three', 'four'], 'length'));
show('keyBy', () => _.mapValues(_.keyBy(users, 'user'), 'age'));
show('partition', () => _.partition(users, 'active').map(g => _.map(g, 'user')));
show('filter matches', () => _.filter(users, { age: 36, active: true }));
show('find matchesProperty', () => _.find(users, ['active', false]).user);
show('reject', () => _.map(_.reject(users, o => o.age > 30), 'user'));
show('sumBy/meanBy', () => [_.sumBy(users, 'age'), _.meanBy(users, 'age')]);
show('maxBy/minBy', () => [_.maxBy(users, 'age').user, _.minBy(users, 'age').user]);
show('flatMap', () => _.flatMap(users, 'tags'));
show('reduce object', () => _.reduce({ a: 1, b: 2, c: 1 }, (r, v, k) => { (r[v] || (r[v] = [])).push(k); return r; }, {}));
show('range', () => [_.range(4), _.range(1, 10, 3), _.range(0, -4, -1), _.rangeRight(3)]);
show('get/set/has', () => {
  const o = { a: [{ b: { c: 3 } }] };
  _.set(o, 'a[0].b.d', 4);
  _.set(o, ['x', '0', 'y'], 5);
  return [_.get(o, 'a[0].b.c'), _.get(o, 'a.0.b.d'), _.get(o, 'a.1.b', 'dflt'), _.has(o, 'x[0].y'), o];
});
show('pick/omit', () => [_.pick({ a: 1, b: '2', c: 3 }, ['a', 'c']), _.omit({ a: 1, b: '2', c: 3 }, 'b')]);
show('pickBy', () => _.pickBy({ a: 1, b: 'x', c: 3 }, _.isNumber));
show('merge', () => _.merge({ a: [{ b: 2 }, { d: 4 }] }, { a: [{ c: 3 }, { e: 5 }] }));
show('mergeWith', () => _.mergeWith({ a: [1], b: [2] }, { a: [3], b: [4] }, (x, y) => (Array.isArray(x) ? x.concat(y) : undefined)));
show('defaultsDeep', () => _.defaultsDeep({ a: { b: 2 } }, { a: { b: 1, c: 3 } }));
show('cloneDeep independent', () => {
  const src = { a: [1, { b: new Date(0) }], m: new Map([[1, 2]]) };
  const c = _.cloneDeep(src);
  c.a[1].x = 1;
  return [src.a[1].x, c.a[1].b instanceof Date, c.m.get(1), c.m !== src.m];
});
show('isEqual', () => [_.isEqual({ a: [1, 2, { b: NaN }] }, { a: [1, 2, { b: NaN }] }), _.isEqual([1], ['1']), _.isEqual(new Set([1, 2]), new Set([2, 1]))]);
show('isEmpty', () => [_.isEmpty(null), _.isEmpty([]), _.isEmpty({}), _.isEmpty('a'), _.isEmpty(new Map([[1, 1]]))]);
show('type checks', () => [_.isPlainObject({}), _.isPlainObject(Object.create(null)), _.isPlainObject([]), _.isArrayLike('abc'), _.isInteger(3.0), _.isNil(undefined), _.isFunction(class {})]);
show('camelCase', () => ['Foo Bar', '--foo-bar--', '__FOO_BAR__', 'fooBarBaz'].map(_.camelCase));
show('kebab/snake/start', () => [_.kebabCase('fooBar baz'), _.snakeCase('Foo Bar'), _.startCase('--foo-bar--'), _.upperFirst('fred'), _.capitalize('FRED')]);
show('words', () => [_.words('fred, barney, & pebbles'), _.words('fredBarneyHTMLParser42x')]);
show('pad/trim/repeat', () => [_.pad('abc', 8, '_-'), _.padStart('7', 3, '0'), _.trim('-_-abc-_-', '_-'), _.repeat('ab', 3), _.truncate('hi-diddly-ho there, neighborino', { length: 24, separator: ' ' })]);
show('escape/unescape', () => [_.escape('fred, barney, & <pebbles> "q" \'s\''), _.unescape('&lt;b&gt; &amp;amp; &#39;')]);
show('escapeRegExp', () => _.escapeRegExp('[lodash](https://lodash.com/)'));
show('template-free interpolation', () => _.replace('Hi Fred', 'Fred', 'Barney'));
show('clamp/inRange/round', () => [_.clamp(-10, -5, 5), _.clamp(10, -5, 5), _.inRange(3, 2, 4), _.round(4.006, 2), _.floor(0.046, 2), _.ceil(6040, -2)]);
show('memoize', () => {
  let calls = 0;
  const sq = _.memoize(n => { calls++; return n * n; });
  return [sq(4), sq(4), sq(5), calls, sq.cache.has(4)];
});
show('curry/partial', () => {
  const abc = (a, b, c) => [a, b, c];
  const curried = _.curry(abc);
  return [curried(1)(2)(3), curried(1, 2)(3), curried(1)(_, 3)(2), _.partial(abc, 'x')('y', 'z'), _.partialRight(abc, 'z')('x', 'y')];
});
show('flow/negate/once', () => {
  let n = 0;
  const once = _.once(() => ++n);
  once(); once();
  return [_.flow([_.add, x => x * x])(1, 2), _.filter([1, 2, 3, 4], _.negate(x => x % 2)), n];
});
show('chain', () => _.chain(users).filter('active').map(u => u.user + ':' + u.age).sortBy().join(' | ').value());
show('implicit chain', () => _([1, 2, 3]).map(x => x * 2).reverse().value());
show('times/uniqueId-free', () => _.times(4, i => i * i));
show('invert/invertBy', () => [_.invert({ a: 1, b: 2, c: 1 }), _.invertBy({ a: 1, b: 2, c: 1 }, v => 'g' + v)]);
show('toPairs/fromPairs', () => _.fromPairs(_.toPairs({ x: 1, y: [2] }).reverse()));
show('zipObjectDeep', () => _.zipObjectDeep(['a.b[0].c', 'a.b[1].d'], [1, 2]));
show('toPath', () => [_.toPath('a[0].b.c'), _.toPath('a["x.y"][1]')]);
show('xor/union/without', () => [_.xor([2, 1], [2, 3]), _.union([2], [1, 2]), _.without([2, 1, 2, 3], 1, 2)]);
show('takeWhile/dropRightWhile', () => [_.takeWhile([1, 2, 5, 1], x => x < 3), _.dropRightWhile([1, 2, 5, 6], x => x > 4)]);
show('sortedIndex/sortedUniq', () => [_.sortedIndex([30, 50], 40), _.sortedLastIndex([4, 5, 5, 5, 6], 5), _.sortedUniq([1, 1, 2, 3, 3])]);
show('toNumber/toInteger', () => [_.toNumber('3.2'), _.toNumber('0b101'), _.toInteger('3.9'), _.toSafeInteger(Infinity), _.toString([1, [2, 3]]), _.toString(-0)]);
show('attempt', () => { const r = _.attempt(() => { throw new RangeError('boom'); }); return [_.isError(r), r.message]; });
show('assignIn/defaults', () => [_.defaults({ a: 1 }, { b: 2 }, { a: 3 }), _.assign({ a: 0 }, { b: 2 }, { c: 3 })]);
show('fp.map/filter', () => fp.flow(fp.filter(u => u.active), fp.map('user'))(users));
show('fp.sortBy/get', () => [fp.sortBy('age')(users).map(u => u.age), fp.get('a.b')({ a: { b: 7 } })]);
show('fp.set immutable', () => { const src = { a: { b: 1 } }; const out = fp.set('a.c', 2, src); return [src, out]; });
show('fp.curry arity', () => fp.curry((a, b, c) => a + b + c)(1)(2)(3));
show('fp.compose', () => fp.compose(fp.join('-'), fp.map(fp.toUpper), fp.split(' '))('one two three'));
show('fp.mapValues/omit', () => fp.flow(fp.omit(['b']), fp.mapValues(x => x * 10))({ a: 1, b: 2, c: 3 }));
show('fp.reduce', () => fp.reduce((acc, x) => acc + x, 0)([1, 2, 3, 4]));
