// Each fast path of the runtime next to the slow case it must agree with.

// --- RegExp split: pristine regexps take one search per piece ---
console.log('a1b22c333d'.split(/\d+/));
console.log('a1b22c333d'.split(/(\d)(\d)?/));
console.log('a,b,,c'.split(/,/, 2));
console.log('abc'.split(/(?:)/));
console.log(''.split(/x/), ''.split(/(?:)/));
console.log('x\uD83D\uDE00y\uD83D\uDE00'.split(/(?:)/u).length, 'x\uD83D\uDE00y'.split(/(?:)/).length);
console.log('one  two\tthree\n'.split(/\s+/));
console.log('aXbxc'.split(/x/i), 'abc'.split(/$/), 'ab\ncd'.split(/^/m));
RegExp.prototype.exec.call(/(b)/, 'abc');
console.log('q1w'.split(/\d/), RegExp.$1, RegExp.lastMatch);
// a modified regexp goes the generic way and is observed
const re = /-/;
re.exec = function (s) { console.log('exec at', this.lastIndex); return RegExp.prototype.exec.call(this, s); };
console.log('a-b'.split(re));
class R extends RegExp { }
console.log('a-b-c'.split(new R('-')), 'a-b'.split(/-/y));

// --- RegExp replace without result objects ---
console.log('a1b22c333'.replace(/\d+/g, (m, pos, s) => `[${m}@${pos}/${s.length}]`));
console.log('a1b22'.replace(/(\d)(x)?/g, (...args) => JSON.stringify(args)));
console.log('john smith'.replace(/(\w+)\s(\w+)/, '$2, $1 ($&) $$ $` $\''));
console.log('aaa'.replace(/a*?/g, '-'), 'abc'.replace(/(?:)/g, '.'), 'x'.replace(/y/, 'z'));
console.log('2020-01-02'.replace(/(?<y>\d+)-(?<m>\d+)-(?<d>\d+)/, '$<d>/$<m>/$<y>'));
const g = /o/g;
g.lastIndex = 5;
console.log('foo boo'.replace(g, '0'), g.lastIndex);
let calls = 0;
console.log('abab'.replace(/a/g, () => { g.lastIndex = 1; calls++; return 'A'; }), calls);
const sticky = /a/y;
console.log('aab'.replace(sticky, 'X'), sticky.lastIndex, 'baa'.replace(/a/gy, 'X'));
console.log('\u00e9t\u00e9'.replace(/\u00e9/g, '\u0101'), 'caf\u00e9'.match(/[^\x00-\x7f]/)[0]);
console.log('x-y'.replace(Object.assign(/-/, { exec: RegExp.prototype.exec }), '+'));

// --- first-character scan ---
console.log(/[0-9]+ms/.exec('took 12ms'), /\s5\d\d\s/.test('GET 503 x'), /(a|\u0101)b/.exec('x\u0101b')[0]);
console.log(/(?=b)\w/.exec('ab')[0], /(?<=a)b/.exec('ab').index, /x*y?/.exec('zz')[0] === '');
console.log(/\bfoo/.exec('a foo').index, /[^a]/.exec('aa\u4e00')[0], /\u{1F600}/u.exec('a\u{1F600}').index);
console.log(/[a-c]{2,}/i.exec('xxABc').index, /(?:ab|cd)+e/.exec('cdabe')[0]);

// --- JSON.stringify: plain objects, dense arrays, one-byte quoting ---
const obj = { a: 1, b: 'two', c: [1, 2, { d: null }], e: undefined, f: () => 1, g: 1.5e300 };
console.log(JSON.stringify(obj), JSON.stringify(obj, null, 2));
console.log(JSON.stringify({ 2: 'b', 1: 'a', x: 'c' }), JSON.stringify('q"\\\n\t\u0001\u00e9\u2028\ud800'));
const withGetter = { a: 1, get b() { delete this.c; return 2; }, c: 3, d: 4 };
console.log(JSON.stringify(withGetter));
const grows = { a: 1, get b() { this.z = 9; return 2; }, c: 3 };
console.log(JSON.stringify(grows));
const hidden = { a: 1, b: 2 };
Object.defineProperty(hidden, 'b', { enumerable: false });
console.log(JSON.stringify(hidden));
const arr = [1, , 3, { toJSON(k) { return 'key ' + typeof k + ' ' + k; } }];
Array.prototype[1] = 'from proto';
console.log(JSON.stringify(arr));
delete Array.prototype[1];
console.log(JSON.stringify([5, 6], (k, v) => (typeof k) + ':' + k === 'string:1' ? 60 : v));
const big = [];
for (let i = 0; i < 1100; i++) big.push(i % 3 ? i : { i });
console.log(JSON.stringify(big).length, JSON.stringify(big, (k, v) => (k === '1099' ? 'last' : v)).slice(-10));
const dict = {};
for (let i = 0; i < 100; i++) dict['k' + i] = i;
for (let i = 0; i < 100; i += 2) delete dict['k' + i];
console.log(JSON.stringify(dict).length);
console.log(JSON.stringify({ date: new Date(0), n: new Number(3), s: new String('s') }));

// --- JSON.parse: keys as atoms, numbers ---
const parsed = JSON.parse('{"a":1,"b":[1.5,-0,1e21,123456789012345678,0.1,-2.5e-3],"c":"x\\"y","\\u0061b":2,"a":3}');
console.log(parsed, Object.is(parsed.b[1], -0), Object.keys(parsed));
console.log(JSON.parse('{"\u00e9":1,"\u4e00":2,"__proto__":3}'), JSON.parse('[1e400, -1e-400, 9007199254740993]'));

// --- numbers <-> strings ---
console.log(String(0.1 + 0.2), String(1 / 3), String(123.456), String(-1e21), String(1e21), String(2 ** 53));
console.log(String(5e-324), String(2.2250738585072014e-308), String(1.7976931348623157e308), String(-0));
console.log((0.000001).toString(), (1e-7).toString(), (123e-20).toString(), String(4.35), String(0.5e-6));
console.log(parseFloat('3.14abc'), parseFloat('-0'), parseInt('123456789012345678901'), Number('12.5e3'), Number('.5'), Number('5.'));
console.log(Number('0.1e-22'), Number('1e23'), Number('9007199254740993'), +'-0', parseFloat('1e-7'));

// --- strings: one-byte search, builder ---
const s = 'the cat sat on the mat';
console.log(s.indexOf('at'), s.indexOf('at', 6), s.lastIndexOf('at'), s.lastIndexOf('the', 10), s.indexOf(''), s.lastIndexOf(''));
console.log(s.indexOf('\u4e00'), ('x\u4e00at').indexOf('at'), s.includes('mat'), s.indexOf('mat', 100), s.lastIndexOf('t', 0));
let b = '';
for (let i = 0; i < 300; i++) b += i === 150 ? '\u4e00' : String.fromCharCode(97 + i % 26);
console.log(b.length, b.indexOf('\u4e00'), b.slice(148, 153), [b].join('').length);
console.log(['a', 'b\u00ff', 'c'].join('\u0100'), 'abc'.padStart(6, '\u00e9'), String.fromCharCode(65), String.fromCharCode(65, 0x100));
