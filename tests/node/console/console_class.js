// require('console'): the global console and its Console class writing to
// other streams (format, groups, counts, assert, dir, errors).
const { Console } = require('console');
const { Writable } = require('stream');
let buf = '';
const sink = new Writable({ write(chunk, enc, cb) { buf += chunk; cb(); } });
const c = new Console({ stdout: sink, stderr: sink });
c.log('a %d b', 5, { x: [1, 2] });
c.group('G'); c.info('inside'); c.group(); c.warn('deeper\nline2'); c.groupEnd(); c.groupEnd();
c.count(); c.count(); c.count('x'); c.countReset(); c.count();
c.assert(true, 'no'); c.assert(false, 'yes %s', 'really'); c.assert(false);
c.dir({ a: { b: { c: { d: 1 } } } }, { depth: 0 });
c.error(new Error('e').message);
const c2 = Console(sink);
c2.debug('debug', typeof c2.log, c2.log.name);
try { new Console(); } catch (e) { console.log(e.code, e.message); }
console.log(buf);
console.log(require('console') === console, typeof console.Console);
