// zod 4 (dual, "type": "module"; require -> index.cjs), plus the zod/mini
// and zod/v3 subpaths.
'use strict';
const { z } = require('zod');
const zm = require('zod/mini');
const v3 = require('zod/v3');

function show(label, f) {
  try {
    console.log(label + ': ' + JSON.stringify(f()));
  } catch (e) {
    console.log(label + ': threw ' + e.name + ': ' + e.message);
  }
}
function issues(r) {
  return r.success ? ['ok', r.data] : r.error.issues.map(i => i.path.join('.') + ' [' + i.code + '] ' + i.message);
}

const User = z.object({
  id: z.number().int().positive(),
  name: z.string().min(2).max(20).trim(),
  email: z.string().email(),
  role: z.enum(['admin', 'user', 'guest']).default('user'),
  tags: z.array(z.string().toLowerCase()).max(3).optional(),
  age: z.number().min(0).max(150).nullable(),
  meta: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
});

show('valid user', () => issues(User.safeParse({ id: 1, name: '  Ada  ', email: 'ada@example.com', age: 36, tags: ['JS', 'C'] })));
show('invalid user', () => issues(User.safeParse({ id: -1.5, name: 'A', email: 'nope', role: 'root', age: null, tags: ['a', 'b', 'c', 'd'], meta: { x: true } })));
show('missing fields', () => issues(User.safeParse({})));
show('not an object', () => issues(User.safeParse('str')));
show('parse throws', () => { try { User.parse(null); } catch (e) { return [e instanceof z.ZodError, e.issues.length, e.issues[0].message]; } });
show('strict', () => issues(User.pick({ id: true }).strict().safeParse({ id: 2, extra: 1 })));
show('passthrough/strip', () => [User.pick({ id: true }).passthrough().parse({ id: 2, extra: 1 }), User.pick({ id: true }).parse({ id: 2, extra: 1 })]);
show('partial/required', () => [issues(User.partial().safeParse({})), issues(User.partial().required({ id: true }).safeParse({}))]);
show('extend/omit/keyof', () => [Object.keys(User.extend({ x: z.boolean() }).omit({ meta: true }).shape), User.keyof().options]);
show('primitives', () => [
  z.string().safeParse(1).success, z.number().safeParse(NaN).success, z.bigint().safeParse(10n).success,
  z.boolean().safeParse('true').success, z.null().safeParse(undefined).success, z.undefined().safeParse(undefined).success,
  z.literal('on').safeParse('on').success, z.nan().safeParse(NaN).success, z.symbol().safeParse(Symbol.iterator).success,
]);
show('coerce', () => [z.coerce.number().parse('42.5'), z.coerce.boolean().parse(''), z.coerce.string().parse(12), z.coerce.bigint().parse('9007199254740993').toString(), z.coerce.date().parse('2020-01-02T00:00:00Z').toISOString()]);
show('string formats', () => {
  const s = { email: 'a@b.co', url: 'https://x.org/p?q=1', uuid: '123e4567-e89b-12d3-a456-426614174000', ipv4: '192.168.0.1', ipv6: '::1', cuid: 'cjld2cjxh0000qzrmn831i7rn', base64: 'aGVsbG8=', iso: '2024-02-29T12:00:00Z' };
  return [z.email().safeParse(s.email).success, z.url().safeParse(s.url).success, z.uuid().safeParse(s.uuid).success, z.ipv4().safeParse(s.ipv4).success, z.ipv6().safeParse(s.ipv6).success, z.cuid().safeParse(s.cuid).success, z.base64().safeParse(s.base64).success, z.iso.datetime().safeParse(s.iso).success, z.iso.date().safeParse('2024-02-30').success, z.email().safeParse('x@').success];
});
show('string checks', () => issues(z.string().regex(/^[a-z]+$/, 'lowercase only').startsWith('ab').endsWith('z').length(5).safeParse('ABCDE')));
show('number checks', () => [issues(z.number().multipleOf(3).gt(10).lt(20).safeParse(7)), issues(z.number().int().safeParse(Infinity)), issues(z.int32().safeParse(2 ** 31))]);
show('array/tuple/set/map', () => [
  issues(z.array(z.number()).nonempty().safeParse([])),
  issues(z.tuple([z.string(), z.number()]).safeParse(['a', 'b'])),
  issues(z.tuple([z.string()], z.number()).safeParse(['a', 1, 2])),
  z.set(z.number()).parse(new Set([1, 2])).size,
  issues(z.map(z.string(), z.number()).safeParse(new Map([['a', 'x']]))),
]);
show('union/discriminated', () => {
  const Shape = z.discriminatedUnion('kind', [z.object({ kind: z.literal('circle'), r: z.number() }), z.object({ kind: z.literal('rect'), w: z.number(), h: z.number() })]);
  return [issues(Shape.safeParse({ kind: 'rect', w: 2, h: 3 })), issues(Shape.safeParse({ kind: 'tri' })), issues(z.union([z.string(), z.number()]).safeParse(true))];
});
show('intersection', () => issues(z.intersection(z.object({ a: z.string() }), z.object({ b: z.number() })).safeParse({ a: 'x', b: 1 })));
show('transform/pipe', () => [z.string().transform(s => s.length).pipe(z.number().max(3)).safeParse('abcd').success, z.string().transform(s => s.split(',')).parse('a,b,c')]);
show('refine', () => {
  const Pw = z.object({ pw: z.string(), confirm: z.string() }).refine(d => d.pw === d.confirm, { message: 'Passwords do not match', path: ['confirm'] });
  return [issues(Pw.safeParse({ pw: 'a', confirm: 'b' })), issues(Pw.safeParse({ pw: 'a', confirm: 'a' }))];
});
show('superRefine', () => issues(z.array(z.number()).superRefine((arr, ctx) => { if (new Set(arr).size !== arr.length) ctx.addIssue({ code: 'custom', message: 'duplicates' }); }).safeParse([1, 2, 1])));
show('default/catch/optional', () => [z.number().default(5).parse(undefined), z.number().catch(-1).parse('x'), z.string().optional().parse(undefined), z.string().nullish().parse(null)]);
show('preprocess', () => z.preprocess(v => (typeof v === 'string' ? v.trim() : v), z.string().min(1)).safeParse('   ').success);
show('recursive', () => {
  const Tree = z.object({ value: z.number(), get children() { return z.array(Tree).optional(); } });
  return issues(Tree.safeParse({ value: 1, children: [{ value: 2 }, { value: 'x', children: [] }] }));
});
show('brand/readonly', () => [z.string().brand('Id').parse('abc'), Object.isFrozen(z.object({ a: z.number() }).readonly().parse({ a: 1 }))]);
show('infer-free enum', () => { const E = z.enum(['a', 'b']); return [E.enum.a, E.options, E.exclude(['a']).options, E.extract(['a']).options]; });
show('nativeEnum', () => z.enum({ Up: 'UP', Down: 'DOWN' }).safeParse('UP').success);
show('treeifyError', () => { const r = User.safeParse({ id: 'x', name: 1 }); return z.treeifyError(r.error); });
show('flattenError', () => { const r = User.safeParse({ id: 'x', name: 1 }); return z.flattenError(r.error); });
show('prettifyError', () => z.prettifyError(User.safeParse({ id: 0, name: 'Q', email: 'x', age: 200 }).error));
show('custom messages', () => issues(z.object({ n: z.number({ error: 'need a number' }).min(10, { error: iss => 'too small: ' + iss.input }) }).safeParse({ n: 3 })));
show('json schema', () => z.toJSONSchema(z.object({ a: z.string().min(1), b: z.array(z.number()).optional(), c: z.enum(['x', 'y']) })));
show('mini', () => {
  const S = zm.object({ a: zm.string().check(zm.minLength(3)), n: zm.optional(zm.number()) });
  return [issues(S.safeParse({ a: 'ab' })), issues(S.safeParse({ a: 'abc', n: 1 }))];
});
show('v3 api', () => {
  const S = v3.z.object({ a: v3.z.string().min(3), b: v3.z.number().int() });
  const r = S.safeParse({ a: 'x', b: 1.5 });
  return [r.success, r.error.issues.map(i => i.path.join('.') + ': ' + i.message), r.error.flatten().fieldErrors];
});
(async () => {
  const S = z.string().refine(async s => s.length > 2, 'too short async');
  const r = await S.safeParseAsync('ab');
  console.log('async: ' + JSON.stringify(issues(r)));
  try { S.parse('abc'); } catch (e) { console.log('sync parse of async schema: ' + e.constructor.name + ': ' + e.message); }
})();
