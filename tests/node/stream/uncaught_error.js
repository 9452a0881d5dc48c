// A stream error without an 'error' listener is thrown as node prints it.
const { Writable } = require('stream');
const w = new Writable({ write(c, e, cb) { cb(); } });
w.end();
console.log('before');
w.write('late');
