// RegExp's legacy static properties (Annex B, RegExp.$1-$9, input, lastMatch,
// lastParen, leftContext, rightContext and their $ aliases) as node 20 has
// them: updated by every successful built-in match, left alone by failures.
const names = ['input', '$_', 'lastMatch', '$&', 'lastParen', '$+', 'leftContext', '$`',
               'rightContext', "$'", '$1', '$2', '$3', '$9'];
const show = (label) =>
  console.log(label, names.map((n) => n + '=' + JSON.stringify(RegExp[n])).join(' '));

// Attributes: configurable, non-enumerable accessors named like V8's.
for (const n of names) {
  const d = Object.getOwnPropertyDescriptor(RegExp, n);
  console.log(n, d.enumerable, d.configurable, d.get.name, d.set.name, d.get.length, d.set.length);
}
console.log(Object.getOwnPropertyNames(RegExp).filter((n) => n !== 'escape'));
console.log(Object.keys(RegExp), String(Object.getOwnPropertyDescriptor(RegExp, '$1').get));

show('before any match:');
/(a)(b)?c/.exec('xxabcyy');
show('exec:');
/zzz/.exec('foo');
show('failed exec (unchanged):');
/(a)|(b)/.exec('b');
show('alternation:');
/(a)(b)?/.exec('a');
show('unmatched last group:');
/a/.exec('a');
show('no groups:');
/(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)/.exec('abcdefghij');
show('ten groups:');
/(?<n>k)/.exec('kk');
show('named group:');

// Every built-in path that runs the matcher.
/a/g.test('bab'); show('test:');
'xyz'.match(/y/); show('match:');
'a1b2c3'.match(/\d/g); show('match g:');
[...'a1b2'.matchAll(/(\d)/g)]; show('matchAll:');
'q9'.search(/\d/); show('search:');
'abc'.split(/(b)/); show('split:');
'abc'.split(/(?:)/); show('split empty:');
'aXbXc'.replace(/X/g, '-'); show('replace g:');
'aaa'.replaceAll(/a/g, 'b'); show('replaceAll:');
const r2 = /b/y; r2.lastIndex = 1; r2.exec('ab'); show('sticky:');
'\ud83d\ude00x'.match(/x/u); show('unicode:');

// String patterns do not run the matcher; match/search make a RegExp.
'abc'.replace('b', 'x'); 'abc'.split('b'); 'abc'.includes('c'); show('string pattern:');
'abcd'.match('c'); show('match(string):');
'abcd'.search('(d)'); show('search(string):');

// Replacement functions: a global replace matches everything first.
console.log('a1b2c3'.replace(/(\d)/g, () => '[' + RegExp.$1 + RegExp.leftContext + ']'));
console.log('a1b2c3'.replace(/(\d)/, () => '[' + RegExp.$1 + RegExp.leftContext + ']'));
console.log('a1b2c3'.replace(/(\d)/g, '<$1>'), RegExp.$1, RegExp.leftContext);

// input is writable (ToString); the others ignore writes.
/(x)/.exec('axb');
RegExp.input = 'zzz'; show('input set:');
RegExp.$_ = 5; console.log(typeof RegExp.input, RegExp.input);
RegExp.input = { toString() { return 'obj'; } }; console.log(RegExp.input);
try { RegExp.input = Symbol(); } catch (e) { console.log(e.constructor.name, e.message); }
RegExp.$1 = 'q'; RegExp.lastMatch = 'q'; show('ignored writes:');
(function () { 'use strict'; RegExp.$1 = 'q'; console.log('strict write ok', RegExp.$1); })();

// The receiver does not matter in node 20; subclasses update them too.
class R extends RegExp {}
new R('(q)').exec('aqa'); show('subclass:');
const get1 = Object.getOwnPropertyDescriptor(RegExp, '$1').get;
console.log(get1.call(R), get1.call({}), get1.call(undefined));

// A user exec replaces the built-in one: nothing is recorded.
const re = /(\w)/;
re.exec = () => ({ 0: 'q', 1: 'w', index: 0, length: 2 });
re.test('zz'); 'hello'.replace(re, 'x'); show('user exec:');

// showdown's idiom: $1 read right after a test() or replace().
let text = 'see [link](http://x.y) here';
if (/\[([^\]]+)\]\(([^)]+)\)/.test(text))
  console.log('link text', RegExp.$1, 'href', RegExp.$2, 'after', JSON.stringify(RegExp.rightContext));
text = text.replace(/(\w+)$/, function (wm, m1) { return m1.toUpperCase() + '!' + RegExp.$1; });
console.log(text);

console.log(delete RegExp.$1, RegExp.$1, '$1' in RegExp);
