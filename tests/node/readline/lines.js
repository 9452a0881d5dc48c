// createInterface over a Readable: 'line' events (LF, CRLF, CR, no final
// newline), 'close', pause/resume events, prompt and setPrompt.
const readline = require('readline');
const { Readable, Writable } = require('stream');
const written = [];
const output = new Writable({ decodeStrings: false, write(chunk, enc, cb) { written.push(String(chunk)); cb(); } });
const input = Readable.from(['first\nsec', 'ond\r\nthird\rfourth\n', '\n', 'last without newline']);
const rl = readline.createInterface({ input, output, prompt: '$ ', terminal: false });
console.log(rl.terminal, rl.getPrompt(), typeof rl.line);
rl.setPrompt('>> ');
rl.prompt();
rl.on('line', (line) => console.log('line:', JSON.stringify(line)));
rl.on('pause', () => console.log('pause event'));
rl.on('resume', () => console.log('resume event'));
rl.on('close', () => {
  console.log('close; output was', JSON.stringify(written.join('')), rl.closed);
  try { rl.question('again?', () => {}); } catch (e) { console.log(e.code, e.message); }
});
console.log('sync end');
