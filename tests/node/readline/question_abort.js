// question() with an AbortSignal: readline/promises rejects with an
// AbortError when the signal fires mid-question (the prompt comes back and
// the next question works); the callback form just forgets the callback.
const readline = require('readline');
const rlp = require('readline/promises');
const { PassThrough, Writable } = require('stream');

function sink(chunks) {
  return new Writable({ write(c, e, cb) { chunks.push(c.toString()); cb(); } });
}

(async () => {
  const out = [];
  const input = new PassThrough();
  const rl = rlp.createInterface({ input, output: sink(out), terminal: false });
  console.log(JSON.stringify(rl.line), rl.cursor);
  const ac = new AbortController();
  const q = rl.question('first? ', { signal: ac.signal });
  ac.abort();
  try {
    await q;
  } catch (e) {
    console.log('rejected', e.name, e.code, e.message, e instanceof Error);
  }
  try {
    await rl.question('pre-aborted? ', { signal: AbortSignal.abort() });
  } catch (e) {
    console.log('rejected at once', e.name, e.code);
  }
  const p = rl.question('second? ');
  input.write('answer two\n');
  console.log('answer', await p);
  console.log(JSON.stringify(out), rl.getPrompt());
  rl.close();

  const out2 = [];
  const input2 = new PassThrough();
  const rl2 = readline.createInterface({ input: input2, output: sink(out2), terminal: false });
  const ac2 = new AbortController();
  rl2.question('cb? ', { signal: ac2.signal }, (a) => console.log('never called', a));
  ac2.abort();
  rl2.on('line', (l) => console.log('line event', l));
  rl2.question('next? ', (a) => console.log('callback answer', a));
  input2.end('fine\nrest\n');
  await new Promise((r) => rl2.on('close', r));
  console.log(JSON.stringify(out2));
})();
