// How the module's errors print: String(err), the stack's first line,
// their own keys, and console.log of the error object.
'use strict';
const url = require('url');
const qs = require('querystring');
const attempts = [
  () => new URL('x'), () => new URL('/p', 'bad base'), () => new URL(),
  () => url.fileURLToPath('http://x'), () => url.fileURLToPath('file://h/x'),
  () => url.fileURLToPath('file:///a%2Fb'), () => url.fileURLToPath(1), () => url.pathToFileURL(1),
  () => new URLSearchParams([[1]]), () => new URLSearchParams({ [Symbol.iterator]: 1 }),
  () => URLSearchParams.prototype.get.call({}, 'a'), () => new URLSearchParams().append('a'),
  () => url.parse('http://xn--a.com/'), () => url.parse(1), () => url.format(1),
  () => qs.escape('\uD800'), () => url.domainToASCII(), () => URL.canParse(),
];
for (const f of attempts) {
  try {
    f();
    console.log('no error');
  } catch (e) {
    console.log(String(e), '|', e.stack.split('\n')[0], '|', Object.keys(e).join(','),
                e instanceof TypeError, e.name);
  }
}
try { new URL('nope', 'http://[x'); } catch (e) { console.log(Object.entries(e)); }
try { url.fileURLToPath('http://x'); } catch (e) { console.log(e.message, e.code); }
