// query-string (ESM only): parse, stringify, array formats, URLs.
import queryString from 'query-string';
console.log(JSON.stringify(queryString.parse('?foo=bar&a=1&a=2&b&c=%20x+y')));
console.log(JSON.stringify(queryString.parse('a[]=1&a[]=2&n=3&t=true', { arrayFormat: 'bracket', parseNumbers: true, parseBooleans: true })));
console.log(queryString.stringify({ b: 2, a: [1, 2], c: null, d: undefined, e: 'ä &' }), queryString.stringify({ a: [1, 2] }, { arrayFormat: 'comma' }));
console.log(JSON.stringify(queryString.parseUrl('https://x.com/p?x=1#h', { parseFragmentIdentifier: true })));
console.log(queryString.stringifyUrl({ url: 'https://x.com/p?a=1', query: { b: 2 } }), queryString.pick('https://x.com?a=1&b=2', ['a']), queryString.exclude('?a=1&b=2', ['a']));
console.log(queryString.extract('https://x.com?a=b#c'));
