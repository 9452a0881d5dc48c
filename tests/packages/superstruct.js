// superstruct ("type": "module" but no exports map: main -> dist/index.cjs,
// a UMD wrapper).
'use strict';
const s = require('superstruct');
const { object, string, number, array, optional, assert, is, validate, create, defaulted, refine, coerce, StructError } = s;

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    if (e instanceof StructError) console.log(label + ': StructError: ' + e.message + ' | path=' + JSON.stringify(e.path) + ' type=' + e.type);
    else console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}
function failures(r) {
  return r[0] ? r[0].failures().map(f => f.path.join('.') + ': ' + f.message) : ['ok', r[1]];
}

const Email = refine(string(), 'email', v => /^[^@\s]+@[^@\s]+\.[a-z]+$/.test(v) || 'not an email: ' + v);
const Article = object({
  id: number(),
  title: s.size(string(), 1, 40),
  tags: array(string()),
  author: object({ name: string(), email: Email }),
  status: s.enums(['draft', 'published']),
  views: defaulted(s.integer(), 0),
  rating: optional(s.min(s.max(number(), 5), 1)),
});

const good = { id: 1, title: 'Hello', tags: ['a'], author: { name: 'Al', email: 'al@ex.io' }, status: 'draft' };
show('is good', () => is(good, Article));
show('assert good', () => { assert(create(good, Article), Article); return 'ok'; });
show('create fills default', () => create(good, Article));
show('assert bad title', () => assert({ ...good, title: '' }, Article));
show('assert bad email', () => assert({ ...good, author: { name: 'Al', email: 'nope' } }, Article));
show('assert bad enum', () => assert({ ...good, status: 'gone' }, Article));
show('assert extra key', () => assert({ ...create(good, Article), extra: 1 }, Article));
show('validate all failures', () => failures(validate({ id: '1', title: 7, tags: [1, 'b', null], author: {}, status: 'x', rating: 9 }, Article)));
show('validate coerce', () => failures(validate({ n: '42' }, object({ n: coerce(number(), string(), x => parseFloat(x)) }), { coerce: true })));
show('type (loose object)', () => is({ a: 1, extra: true }, s.type({ a: number() })));
show('union/literal', () => [is('a', s.union([s.literal('a'), number()])), is(true, s.union([s.literal('a'), number()]))]);
show('tuple', () => failures(validate([1, 'x', 3], s.tuple([number(), string(), string()]))));
show('record', () => failures(validate({ a: 1, b: 'two' }, s.record(string(), number()))));
show('nullable/optional', () => [is(null, s.nullable(string())), is(undefined, optional(string())), is(null, optional(string()))]);
show('pattern', () => [is('2024-01-01', s.pattern(string(), /^\d{4}-\d{2}-\d{2}$/)), failures(validate('x', s.pattern(string(), /^\d+$/)))]);
show('size of arrays', () => failures(validate([1, 2, 3, 4], s.size(array(number()), 1, 3))));
show('instance/date', () => [is(new Date(0), s.date()), is(new Date(NaN), s.date()), is(new Map(), s.instance(Map))]);
show('partial/pick/omit/assign', () => [is({}, s.partial(Article)), Object.keys(s.pick(Article, ['id', 'title']).schema), Object.keys(s.omit(Article, ['tags', 'author', 'status', 'views', 'rating']).schema), is({ id: 1, x: 'y' }, s.assign(s.object({ id: number() }), s.object({ x: string() })))]);
show('trimmed/defaulted create', () => [create('  hi  ', s.trimmed(string())), create(undefined, defaulted(string(), 'dflt')), create({}, object({ a: defaulted(number(), 3) }))]);
show('lazy recursive', () => {
  const Node = object({ v: number(), kids: s.lazy(() => array(Node)) });
  return failures(validate({ v: 1, kids: [{ v: 2, kids: [] }, { v: 'x', kids: [] }] }, Node));
});
show('dynamic', () => {
  const S = s.dynamic(v => (typeof v === 'string' ? string() : number()));
  return [is('a', S), is(1, S), is(true, S)];
});
show('custom define', () => { const Even = s.define('Even', v => typeof v === 'number' && v % 2 === 0); return failures(validate(3, Even)); });
show('never/any/unknown', () => [is(1, s.never()), is(undefined, s.any()), is(Symbol('x'), s.unknown())]);
show('bigint/boolean/func/regexp', () => [is(1n, s.bigint()), is(0, s.boolean()), is(() => 1, s.func()), is(/x/, s.regexp()), is(new Set([1]), s.set(number()))]);
show('error iteration', () => { const [err] = validate({ a: 'x', b: 'y' }, object({ a: number(), b: number() })); return [err.failures().length, err.key, err.value, err.refinement === undefined, Object.keys(err.branch[0])]; });
show('mask', () => s.mask({ id: 1, title: 'T', junk: true, author: { name: 'n', email: 'e@x.io', junk: 2 } }, s.object({ id: number(), title: string(), author: object({ name: string() }) })));
