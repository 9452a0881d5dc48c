// os.tmpdir() follows TMPDIR/TMP/TEMP and drops a trailing slash.
const os = require('os');
for (const k of ['TMPDIR', 'TMP', 'TEMP']) delete process.env[k];
console.log(os.tmpdir());
process.env.TEMP = '/var/temp/';
console.log(os.tmpdir());
process.env.TMP = '/x/tmp';
console.log(os.tmpdir());
process.env.TMPDIR = '/';
console.log(os.tmpdir());
process.env.TMPDIR = '/a/b//';
console.log(os.tmpdir());
console.log(`${os.tmpdir}`, String(os.endianness), os.homedir() === process.env.HOME);
const { tmpdir } = require('node:os');
console.log(tmpdir === os.tmpdir);
