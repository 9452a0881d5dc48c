// Under the test runner nothing is a terminal: stdin is /dev/null and
// stdout a pipe or file; tty.isatty agrees with process.*.isTTY.
const tty = require('tty');
console.log(Object.keys(tty));
console.log(tty.isatty(0), tty.isatty(1), tty.isatty(-1), tty.isatty(1.5), tty.isatty('0'), tty.isatty(9999));
console.log(process.stdin.isTTY, process.stdout.isTTY, process.stdout.columns);
try { new tty.WriteStream(0); } catch (e) { console.log(e.code, e.message); }
