#!/usr/bin/env python3
"""gen.py: the differential fuzzer's program generator.

  gen.py SEED [SEED...]        one program per seed on stdout, as a batch
  gen.py --batch FIRST COUNT   seeds FIRST .. FIRST+COUNT-1 as one batch

A program is random but deterministic (Python's random.Random(seed), whose
choices are stable across Python 3 versions) and always terminates: loops
count to a small bound, recursion carries a depth, generators are finite,
every await settles. It mixes expressions over every operator and
coercion (numbers with -0/NaN/Infinity, strings, booleans, null,
undefined, BigInt, objects with valueOf/toString, arrays, symbols),
control flow, closures, classes (fields, accessors, statics, private
names, super), exceptions, destructuring, spread, generators, async
functions and calls of built-ins, and prints what it computes.

A batch is one file holding many programs, each an async function
`p<SEED>()` printing `--- <SEED>` first and run in turn, so that one
compilation tests many programs (tests/difffuzz/run.py splits the output
by seed to name the program that differs). Errors a program throws are
caught per statement and printed (name and message).
"""
import random
import sys

NUMS = ['0', '-0', '1', '-1', '2', '3', '7', '10', '255', '1.5', '-2.5', '0.1', '0.2', '1e21',
        '1e-7', '2**31', '2**32', '-(2**31)', '2**53', 'NaN', 'Infinity', '-Infinity', '0x7f',
        '0o17', '0b101', '123.456', '5e-324', '1.7976931348623157e308', '4294967295']
STRS = ["''", "'a'", "'abc'", "'10'", "' 3 '", "'0x1f'", "'1e3'", "'-0'", "'true'", "'null'",
        "'Hello, World'", "'\\u00e9t\\u00e9'", "'\\ud83d\\ude00'", "'a,b,c'", "'  x  '", "'NaN'",
        "'Infinity'", "'12px'", "'0b11'", "'[object Object]'"]
BIGS = ['0n', '1n', '-1n', '10n', '2n**64n', '-(2n**63n)', '12345678901234567890n', '7n']
OTHERS = ['true', 'false', 'null', 'undefined', '[]', '[1, 2]', "[1, '2', [3]]", '{}',
          '{a: 1, b: "x"}', '{valueOf() { return 42; }}', "{toString() { return '7'; }}",
          '{valueOf() { return 1n; }}', '[0]', "['']", '[null]', '[undefined, 1]',
          "{[Symbol.toPrimitive](h) { return h === 'number' ? 3 : 'prim:' + h; }}",
          'Symbol.iterator', "Symbol('s')", 'Math.max', 'new Date(0).getTime()',
          '/ab+c/gi', 'new Map([[1, 2]])', 'new Set([1, 1, 2])', 'Object.create(null)']
BINOPS = ['+', '-', '*', '/', '%', '**', '==', '!=', '===', '!==', '<', '>', '<=', '>=', '&',
          '|', '^', '<<', '>>', '>>>', '&&', '||', '??', ',', 'in', 'instanceof']
UNOPS = ['-', '+', '!', '~', 'typeof ', 'void ']
ASSIGNOPS = ['=', '+=', '-=', '*=', '/=', '%=', '**=', '<<=', '>>=', '>>>=', '&=', '|=', '^=',
             '&&=', '||=', '??=']
# Only correctly rounded functions: V8's transcendental ones (fdlibm ports)
# and the C library's differ in the last digit (README.md).
MATH1 = ['floor', 'ceil', 'round', 'trunc', 'sign', 'abs', 'sqrt', 'fround', 'clz32']
MATH2 = ['max', 'min', 'imul']
STR_METHODS = [('slice', 2), ('substring', 2), ('indexOf', 1), ('lastIndexOf', 1),
               ('includes', 1), ('startsWith', 1), ('endsWith', 1), ('padStart', 2),
               ('padEnd', 2), ('at', 1), ('charAt', 1), ('charCodeAt', 1), ('codePointAt', 1),
               ('split', 1), ('concat', 2), ('trim', 0), ('toUpperCase', 0), ('toLowerCase', 0),
               ('localeCompare', 1), ('normalize', 0), ('replaceAll', 2), ('replace', 2),
               ('search', 1), ('match', 1)]
ARR_METHODS = [('join', 1), ('indexOf', 1), ('includes', 1), ('slice', 2), ('concat', 1),
               ('at', 1), ('flat', 0), ('reverse', 0), ('lastIndexOf', 1), ('fill', 1),
               ('toString', 0), ('keys', 0), ('entries', 0), ('toSorted', 0), ('with', 2)]


class Gen:
    def __init__(self, seed):
        self.r = random.Random(seed)
        self.seed = seed
        self.vars = []      # names in scope holding values
        self.funcs = []     # (name, arity) of functions in scope
        self.classes = []   # class names in scope
        self.n = 0
        self.depth = 0
        self.lines = []
        self.indent = 1
        self.loop_depth = 0
        self.in_async = True

    def fresh(self, prefix='v'):
        self.n += 1
        return '%s%d' % (prefix, self.n)

    def chance(self, p):
        return self.r.random() < p

    def pick(self, xs):
        return self.r.choice(xs)

    def emit(self, s):
        self.lines.append('  ' * self.indent + s)

    # --- expressions -----------------------------------------------------------------
    def literal(self):
        k = self.r.randrange(10)
        if k < 4:
            lit = self.pick(NUMS)
        elif k < 7:
            return self.pick(STRS)
        elif k < 8:
            lit = self.pick(BIGS)
        else:
            lit = self.pick(OTHERS)
        if lit[0] == '-' or not lit.replace('.', '').replace('_', '').isalnum():
            lit = '(' + lit + ')'   # an operand anywhere
        return lit

    def atom(self):
        if self.vars and self.chance(0.6):
            return self.pick(self.vars)
        return self.literal()

    def num_expr(self, d):
        # an expression that is usually a small number
        k = self.r.randrange(4)
        if k == 0 or d <= 0:
            return str(self.r.randrange(-3, 12))
        if k == 1 and self.vars:
            return '(+%s | 0) %% 16' % self.pick(self.vars)
        return '(%s)' % self.expr(d - 1)

    def expr(self, d=3):
        if d <= 0:
            return self.atom()
        k = self.r.randrange(24)
        if k < 6:
            op = self.pick(BINOPS)
            a, b = self.expr(d - 1), self.expr(d - 1)
            if op == 'in':
                b = self.pick(['{a: 1, 0: 2}', '[1, 2, 3]', 'new Map()', b])
            elif op == 'instanceof':
                b = self.pick(['Object', 'Array', 'Error', 'Number', 'Function'] + self.classes)
            return '(%s %s %s)' % (a, op, b)
        if k < 8:
            op = self.pick(UNOPS)
            return '(%s%s)' % (op, self.expr(d - 1))
        if k < 9:
            return '(%s ? %s : %s)' % (self.expr(d - 1), self.expr(d - 1), self.expr(d - 1))
        if k < 10:
            return '`t${%s}-${%s}`' % (self.expr(d - 1), self.expr(d - 1))
        if k < 11:
            return 'Math.%s(%s)' % (self.pick(MATH1), self.expr(d - 1))
        if k < 12:
            return 'Math.%s(%s, %s)' % (self.pick(MATH2), self.expr(d - 1), self.expr(d - 1))
        if k < 13:
            f = self.pick(['String', 'Number', 'Boolean', 'parseInt', 'parseFloat', 'isNaN',
                           'isFinite', 'Array.isArray', 'Object.is', 'BigInt',
                           'Number.isInteger', 'Number.isSafeInteger', 'JSON.stringify',
                           'Object.keys', 'Object.entries', 'Array.from', 'Symbol.keyFor',
                           'encodeURIComponent', 'escape', 'Object.getPrototypeOf'])
            args = ', '.join(self.expr(d - 1) for _ in range(self.r.randrange(1, 3)))
            return '%s(%s)' % (f, args)
        if k < 14:
            m, n = self.pick(STR_METHODS)
            args = ', '.join(self.num_expr(d - 1) if self.chance(0.5) else self.pick(STRS)
                             for _ in range(n))
            return 'String(%s).%s(%s)' % (self.expr(d - 1), m, args)
        if k < 15:
            m, n = self.pick(ARR_METHODS)
            args = ', '.join(self.num_expr(d - 1) for _ in range(n))
            arr = self.pick(['[3, 1, 2]', "['b', 'a', 10, 9]", '[1, [2, [3]]]',
                             '[%s, %s]' % (self.expr(d - 1), self.expr(d - 1))])
            return 'show(%s.%s(%s))' % (arr, m, args)
        if k < 16:
            x = self.fresh('x')
            body = self.expr(d - 1).replace('\n', ' ')
            f = self.pick(['map', 'filter', 'some', 'every', 'findIndex', 'flatMap'])
            if self.chance(0.3):
                return '[1, 2, 3, 4].reduce((a, %s) => a + %s, %s)' % (x, body, self.expr(d - 1))
            return 'show([0, 1, -1, 2.5, "s"].%s((%s, i) => %s))' % (f, x, body)
        if k < 17 and self.funcs:
            name, arity = self.pick(self.funcs)
            return '%s(%s)' % (name, ', '.join(self.expr(d - 1) for _ in range(arity)))
        if k < 18:
            return '(%s)%s' % (self.expr(d - 1), self.pick(
                ['.length', '.constructor.name', '?.a', '?.[0]', '.size', '.description',
                 '?.toString()']))
        if k < 19:
            return 'Number(%s).%s(%s)' % (
                self.expr(d - 1), self.pick(['toFixed', 'toPrecision', 'toString',
                                             'toExponential']),
                self.pick(['', '2', '1', '5', '16', '2', '36', '0', '20']))
        if k < 20 and self.classes:
            c = self.pick(self.classes)
            return 'show(new %s(%s, %s))' % (c, self.expr(d - 1), self.expr(d - 1))
        if k < 21:
            return '[...%s]' % self.pick(["'héllo'", '[1, 2]', 'new Set([3, 3, 4])',
                                          'gen%d(3)' % self.seed, 'new Map([[1, 2]]).keys()'])
        if k < 22:
            return '({...%s, z: %s})' % (self.pick(['{a: 1}', "'ab'", '[7, 8]', 'null']),
                                       self.expr(d - 1))
        if k < 23:
            return 'JSON.parse(JSON.stringify(%s) ?? "null")' % self.expr(d - 1)
        return self.atom()

    # --- statements --------------------------------------------------------------------
    def print_expr(self, e):
        self.emit('out(%s);' % e)

    def guarded(self, fn):
        # a statement whose exception is printed, not fatal
        self.emit('try {')
        self.indent += 1
        fn()
        self.indent -= 1
        self.emit('} catch (e) { err(e); }')

    def block(self, n, depth):
        self.indent += 1
        saved = list(self.vars), list(self.funcs), list(self.classes)
        for _ in range(n):
            self.stmt(depth)
        self.vars, self.funcs, self.classes = saved
        self.indent -= 1

    def stmt(self, depth=2):
        k = self.r.randrange(30 if depth > 0 else 8)
        if k < 3 or 20 <= k < 23:
            self.stmt_kind(k, depth)   # declares what later statements use
            return
        saved = list(self.vars), list(self.funcs), list(self.classes)
        self.stmt_kind(k, depth)
        self.vars, self.funcs, self.classes = saved

    def assignable(self):
        return [v for v in self.vars if v[0] == 'v']

    def stmt_kind(self, k, depth):
        if k < 3:
            v = self.fresh()
            self.emit('let %s;' % v)
            self.guarded(lambda: self.emit('%s = %s;' % (v, self.expr())))
            self.vars.append(v)
        elif k < 6:
            self.guarded(lambda: self.print_expr(self.expr()))
        elif k < 7 and self.assignable():
            v = self.pick(self.assignable())
            self.guarded(lambda: self.print_expr('%s %s %s' % (v, self.pick(ASSIGNOPS),
                                                                self.expr(2))))
        elif k < 8 and self.assignable():
            v = self.pick(self.assignable())
            self.guarded(lambda: self.print_expr('[%s%s, %s]' % (
                self.pick(['++', '--', '']), v, v + self.pick(['++', '--', '']))))
        elif k < 10:
            self.emit('if (%s) {' % self.expr(2))
            self.block(2, depth - 1)
            self.emit('} else {')
            self.block(1, depth - 1)
            self.emit('}')
        elif k < 12:
            i = self.fresh('i')
            self.emit('for (let %s = 0; %s < %d; %s++) {' % (i, i, self.r.randrange(1, 5), i))
            self.vars.append(i)
            self.loop_depth += 1
            self.block(2, depth - 1)
            if self.chance(0.4):
                self.emit('  if (%s === %d) %s;' % (i, self.r.randrange(3),
                                                      self.pick(['break', 'continue'])))
            self.loop_depth -= 1
            self.vars.remove(i)
            self.emit('}')
        elif k < 13:
            c = self.fresh('c')
            self.emit('let %s = 0;' % c)
            self.emit('while (%s++ < %d) {' % (c, self.r.randrange(1, 4)))
            self.block(1, depth - 1)
            self.emit('}')
            self.emit('do { out(%s--); } while (%s > %d);' % (c, c, self.r.randrange(-1, 3)))
        elif k < 14:
            x = self.fresh('x')
            src = self.pick(["'ab\\u00e9'", '[1, , 3]', 'new Map([[1, "a"], [2, "b"]])',
                             'gen%d(2)' % self.seed, '[[1, 2], [3, 4]]', 'new Set("hello")'])
            self.emit('for (const %s of %s) {' % (x, src))
            self.vars.append(x)
            self.block(1, depth - 1)
            self.vars.remove(x)
            self.emit('}')
        elif k < 15:
            x = self.fresh('k')
            self.emit('for (const %s in %s) out(%s);' % (
                x, self.pick(['{b: 1, a: 2, 1: 3, 0: 4}', '[5, 6]', "'xy'",
                              'Object.assign(Object.create({inh: 1}), {own: 2})']), x))
        elif k < 17:
            self.emit('switch (%s) {' % self.pick(['(%s) %% 4' % self.num_expr(2),
                                                   self.expr(1)]))
            for case in self.r.sample(['0', '1', '2', "'1'", '-0', 'NaN', 'null'], 3):
                self.emit('  case %s:' % case)
                self.indent += 1
                self.stmt(0)
                if self.chance(0.6):
                    self.emit('  break;')
                self.indent -= 1
            self.emit('  default: out("default");')
            self.emit('}')
        elif k < 19:
            self.emit('try {')
            self.indent += 1
            self.stmt(depth - 1)
            if self.chance(0.5):
                self.emit('throw %s;' % self.pick([
                    'new Error("boom")', 'new TypeError("tt")', '42', "'str'",
                    'new RangeError("r", {cause: 1})', '{code: 1}', 'undefined',
                    'new AggregateError([1], "agg")']))
            self.indent -= 1
            self.emit('} catch%s {' % self.pick([' (e)', '']))
            self.emit('  out("caught");')
            self.emit('} finally {')
            self.emit('  out("finally");')
            self.emit('}')
        elif k < 20:
            # destructuring
            a, b, c = self.fresh(), self.fresh(), self.fresh()
            pat = self.pick([
                ('[%s, , %s = %s, ...%s]' % (a, b, self.expr(1), c), '[1, 2, undefined, 4, 5]'),
                ('{a: %s, b: {c: %s} = {c: %s}, ...%s}' % (a, b, self.expr(1), c),
                 '{a: 1, d: 4, e: 5}'),
                ('[%s = %s, [%s] = [%s], %s]' % (a, self.expr(1), b, self.expr(1), c),
                 '[%s]' % self.expr(1)),
                ('{[%s]: %s = 9, length: %s, %s}' % ("'x'", a, b, c), "'str'")])
            self.guarded(lambda: (self.emit('const %s = %s;' % pat),
                                  self.emit('out(show([%s, %s, %s]));' % (a, b, c))))
        elif k < 22:
            self.func_decl(depth)
        elif k < 23:
            self.class_decl(depth)
        elif k < 24:
            # closures: a counter
            f = self.fresh('mk')
            self.emit('const %s = (n) => { let c = n; return [() => c++, (d) => (c += d)]; };' % f)
            g, h = self.fresh('inc'), self.fresh('add')
            self.emit('const [%s, %s] = %s(%s);' % (g, h, f, self.num_expr(1)))
            self.emit('out(%s(), %s(%s), %s());' % (g, h, self.num_expr(1), g))
        elif k < 25:
            # generators
            self.emit('{')
            self.emit('  const it = gen%d(%d);' % (self.seed, self.r.randrange(0, 4)))
            self.emit('  out(show(it.next()), show(it.next(%s)), show(it.return(%s)), '
                      'show(it.next()));' % (self.expr(1), self.expr(1)))
            self.emit('}')
        elif k < 27:
            # async / await / promises
            self.guarded(lambda: self.emit('out(await %s);' % self.pick([
                'Promise.resolve(%s)' % self.expr(1),
                'Promise.all([%s, Promise.resolve(%s)])' % (self.expr(1), self.expr(1)),
                'Promise.allSettled([%s, Promise.reject(new Error("no"))])' % self.expr(1),
                'Promise.race([new Promise((r) => setTimeout(r, 1, "late")), %s])' %
                self.expr(1),
                'Promise.any([Promise.reject(1), Promise.reject(2)])',
                '(async () => { await null; return %s; })()' % self.expr(1),
                'new Promise((res, rej) => %s ? res(1) : rej(new Error("rej")))' % self.expr(1),
                '{then(r) { r(%s); }}' % self.expr(1)])))
            if self.chance(0.3):
                self.emit('Promise.resolve().then(() => out("tick1"));')
                self.emit('queueMicrotask(() => out("micro"));')
                self.emit('await null;')
                self.emit('out("after");')
        elif k < 28:
            self.emit('lbl%d: for (const a of [1, 2, 3]) {' % self.n)
            self.emit('  for (const b of [1, 2, 3]) {')
            self.emit('    if (b === a) continue lbl%d;' % self.n)
            self.emit('    if (a + b > %d) break lbl%d;' % (self.r.randrange(2, 6), self.n))
            self.emit('    out(a, b);')
            self.emit('  }')
            self.emit('}')
        elif k < 29:
            self.guarded(lambda: self.print_expr('show(%s)' % self.expr(3)))
        else:
            self.guarded(lambda: self.emit('console.log(%s);' % self.pick([
                '[%s, %s]' % (self.literal(), self.literal()),
                '{k: %s, "a b": %s}' % (self.literal(), self.literal()), self.literal()])))

    def func_decl(self, depth):
        name = self.fresh('f')
        arity = self.r.randrange(0, 3)
        params = [self.fresh('a') for _ in range(arity)]
        ps = list(params)
        if ps and self.chance(0.3):
            ps[-1] += ' = %s' % self.literal()
        if self.chance(0.2):
            ps.append('...rest')
        self.emit('function %s(%s) {' % (name, ', '.join(ps)))
        saved = self.vars, list(self.funcs), list(self.classes)
        self.vars = list(params) + self.vars[:2]
        self.indent += 1
        self.emit('if (++depth > 40 || ++calls > 3000) return "deep";')
        self.emit('try {')
        if self.funcs and self.chance(0.5):
            callee, n = self.pick(self.funcs)
            self.emit('  out("call", %s(%s));' % (callee, ', '.join(
                self.expr(1) for _ in range(n))))
        self.indent += 1
        for _ in range(self.r.randrange(1, 3)):
            self.stmt_sync(depth - 1)
        self.indent -= 1
        self.emit('  return %s;' % self.expr(2))
        self.emit('} finally { depth--; }')
        self.indent -= 1
        self.emit('}')
        self.vars, self.funcs, self.classes = saved
        self.funcs.append((name, arity))

    def stmt_sync(self, depth):
        # a statement with no await (inside a plain function)
        while True:
            mark = len(self.lines)
            self.stmt(depth)
            if not any('await' in l for l in self.lines[mark:]):
                return
            del self.lines[mark:]

    def class_decl(self, depth):
        name = self.fresh('C')
        base = self.pick(self.classes) if self.classes and self.chance(0.5) else None
        if not base and self.chance(0.15):
            base = self.pick(['Array', 'Error', 'Map'])
        self.emit('class %s%s {' % (name, ' extends ' + base if base else ''))
        self.emit('  #p = %s;' % self.literal())
        self.emit('  f = %s;' % self.literal())
        self.emit('  static count = 0;')
        self.emit('  constructor(a, b) {')
        if base:
            self.emit('    super(%s);' % self.pick(['a', '', 'a, b']))
        self.emit('    this.a = a; %s.count++;' % name)
        self.emit('  }')
        self.emit('  get p() { return this.#p; }')
        self.emit('  set p(v) { this.#p = v; }')
        self.emit('  m(x) { return %s; }' % self.expr(1).replace('this', 'x'))
        self.emit('  static s() { return %s.count; }' % name)
        self.emit('  toString() { return "%s:" + this.a; }' % name)
        self.emit('  #priv() { return "priv"; }')
        self.emit('  has(o) { return #p in o; }')
        self.emit('  *[Symbol.iterator]() { yield this.a; yield this.#priv(); }')
        self.emit('}')
        self.classes.append(name)
        o = self.fresh('o')
        self.guarded(lambda: (
            self.emit('const %s = new %s(%s, %s);' % (o, name, self.expr(1), self.expr(1))),
            self.emit('out(String(%s), %s.p, %s.f, %s.m(%s), %s.s(), %s.has(%s), [...%s]);' % (
                o, o, o, o, self.expr(1), name, o, self.pick([o, '{}']), o)),
            self.emit('%s.p = %s; out(%s.p, %s instanceof %s, Object.keys(%s).join());' % (
                o, self.expr(1), o, o, base or 'Object', o))))

    def program(self):
        s = self.seed
        head = [
            'async function p%d() {' % s,
            '  console.log("--- %d");' % s,
            '  let depth = 0, calls = 0;',
            '  function* gen%d(n) {' % s,
            '    for (let i = 0; i < n; i++) { const got = yield i * 2; if (got) out("got", show(got)); }',
            '    return "done";',
            '  }',
        ]
        for _ in range(self.r.randrange(6, 16)):
            self.stmt(3)
        return '\n'.join(head + self.lines + ['}'])


PRELUDE = r'''// Generated by tests/difffuzz/gen.py (the differential fuzzer): do not edit.
'use strict';
function show(v) {
  if (typeof v === 'symbol') return 'symbol ' + String(v);
  if (typeof v === 'bigint') return v + 'n';
  if (Object.is(v, -0)) return '-0';
  if (typeof v === 'function') return 'function ' + v.name;
  if (v instanceof Error) return v.constructor.name + ': ' + v.message;
  if (v && typeof v === 'object') {
    if (Array.isArray(v)) return '[' + v.map(show).join(',') + ']';
    if (v instanceof Map) return 'Map(' + show([...v]) + ')';
    if (v instanceof Set) return 'Set(' + show([...v]) + ')';
    if (typeof v.next === 'function' && typeof v[Symbol.iterator] === 'function')
      return 'iter';
    try { return (Object.getPrototypeOf(v)?.constructor?.name ?? 'null') + JSON.stringify(v); }
    catch (e) { return 'unjson ' + e.constructor.name; }
  }
  if (typeof v === 'string') return JSON.stringify(v);
  return String(v);
}
function out(...a) { console.log(a.map(show).join(' ')); }
function err(e) {
  if (e instanceof Error) console.log('!', e.constructor.name + ':', e.message);
  else console.log('! thrown', show(e));
}
'''


def batch(seeds):
    parts = [PRELUDE]
    for s in seeds:
        parts.append(Gen(s).program())
    parts.append('(async () => {\n  for (const p of [%s]) {\n'
                 '    try { await p(); } catch (e) { console.log("uncaught"); err(e); }\n'
                 '  }\n})();\n' % ', '.join('p%d' % s for s in seeds))
    return '\n'.join(parts)


def main():
    args = sys.argv[1:]
    if args and args[0] == '--batch':
        first, count = int(args[1]), int(args[2])
        seeds = range(first, first + count)
    else:
        seeds = [int(a) for a in args]
    sys.stdout.write(batch(seeds))


if __name__ == '__main__':
    main()
