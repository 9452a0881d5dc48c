// The url, querystring and punycode modules from ES modules, and the
// common fileURLToPath(import.meta.url) idiom.
import url, { fileURLToPath, pathToFileURL, URL as U2, URLSearchParams as P2 } from 'node:url';
import qs, { stringify } from 'querystring';
import punycode, { toASCII } from 'punycode';
import path from 'node:path';
console.log(typeof url.parse, fileURLToPath('file:///a/b'), U2 === URL, P2 === URLSearchParams);
console.log(stringify({ a: 1 }), qs.escape('x y'), toASCII('ü'), punycode.version);
console.log(pathToFileURL('/x y').href, fileURLToPath(new URL('file:///a%20b')));
const here = fileURLToPath(import.meta.url);
console.log(path.basename(here), path.isAbsolute(here), pathToFileURL(here).href === import.meta.url);
console.log(new URL('./data.json', import.meta.url).href.endsWith('/url/data.json'));
