// path-to-regexp (CommonJS): match, compile, parse, errors.
const { match, pathToRegexp, compile, parse, stringify } = require('path-to-regexp');
const { regexp, keys } = pathToRegexp('/user/:id{/:tab}');
console.log(regexp.source, JSON.stringify(keys));
const m = match('/user/:id/*rest', { decode: decodeURIComponent }); console.log(JSON.stringify(m('/user/42/a/b%20c')), m('/nope'));
console.log(compile('/u/:id{/:x}')({ id: 'a b' }), compile('/f/*p')({ p: ['a', 'b'] }));
console.log(JSON.stringify(parse('/a/:b{.:ext}').tokens), stringify(parse('/a/:b')));
try { pathToRegexp('/:'); } catch (e) { console.log(e.constructor.name, e.message.split('\n')[0]); }
