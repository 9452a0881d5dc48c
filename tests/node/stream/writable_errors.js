// Writable errors: write after end, write after destroy, null chunk,
// invalid chunk, missing _write, error in _write callback.
const { Writable } = require('stream');
const w1 = new Writable({ write(c, e, cb) { cb(); } });
w1.on('error', (e) => console.log('w1 error', e.code, e.message));
w1.on('close', () => console.log('w1 close'));
w1.end();
console.log('w1 write ->', w1.write('x', (e) => console.log('w1 cb', e.code)));

const w2 = new Writable({ write(c, e, cb) { cb(); } });
w2.on('error', (e) => console.log('w2 error', e.code));
w2.destroy();
w2.write('x', (e) => console.log('w2 cb', e.code, e.message));

const w3 = new Writable({ write(c, e, cb) { cb(); } });
try { w3.write(null); } catch (e) { console.log('null:', e.code, e.message); }
try { w3.write(5); } catch (e) { console.log('num:', e.code, e.message); }
try { w3.write('a', 'nope'); } catch (e) { console.log('enc:', e.code, e.message); }

const w4 = new Writable();
w4.on('error', (e) => console.log('w4 error', e.code, e.message));
try { w4.write('a'); } catch (e) { console.log('w4 threw', e.message); }

const w5 = new Writable({
  write(c, e, cb) { setImmediate(() => cb(new Error('disk full'))); },
});
w5.on('error', (e) => console.log('w5 error', e.message, w5.destroyed,
                                  w5.writableAborted));
w5.on('close', () => console.log('w5 close', w5.errored.message));
w5.write('a', (e) => console.log('w5 cb a', e && e.message));
w5.write('b', (e) => console.log('w5 cb b', e && e.message));
w5.end(() => console.log('w5 end cb'));

const w6 = new Writable({ write(c, e, cb) { cb(); } });
w6.on('error', (e) => console.log('w6 error', e.code));
w6.end();
w6.end((e) => console.log('w6 second end cb', e && e.code));
setImmediate(() => w6.end((e) => console.log('w6 third end cb', e && e.code)));
