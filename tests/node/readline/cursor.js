// The ANSI helpers write node's escape sequences; a null stream is fine.
const readline = require('readline');
const { Writable } = require('stream');
const out = [];
const w = new Writable({ decodeStrings: false, write(c, e, cb) { out.push(String(c)); cb(); } });
console.log(readline.clearLine(w, 0), readline.clearLine(w, -1), readline.clearLine(w, 1));
readline.cursorTo(w, 3);
readline.cursorTo(w, 3, 4);
readline.moveCursor(w, -2, 0);
readline.moveCursor(w, 5, -1);
readline.moveCursor(w, 0, 3);
readline.clearScreenDown(w);
console.log(JSON.stringify(out));
console.log(readline.cursorTo(null, 1), readline.moveCursor(undefined, 1, 1));
try { readline.cursorTo(w, NaN); } catch (e) { console.log(e.code); }
readline.clearLine(null, 0, () => console.log('callback on null stream'));
const { Readline } = require('readline/promises');
const r = new Readline(w);
r.cursorTo(0).clearLine(0);
r.commit().then(() => console.log('committed', JSON.stringify(out.slice(-2))));
