// for await over readline lines; question with a callback and with
// readline/promises; stdin (/dev/null here) closes at once.
const readline = require('readline');
const rlp = require('readline/promises');
const { Readable, PassThrough } = require('stream');
(async () => {
  const rl = readline.createInterface({ input: Readable.from(['a\nb\n', 'c\n']), crlfDelay: Infinity });
  const seen = [];
  for await (const line of rl) seen.push(line);
  console.log('iterated', seen);

  const input = new PassThrough();
  const out = new PassThrough();
  let shown = '';
  out.setEncoding('utf8');
  out.on('data', (d) => { shown += d; });
  const q = readline.createInterface({ input, output: out, terminal: false });
  q.question('Name? ', (answer) => {
    console.log('answer:', JSON.stringify(answer), 'prompt shown:', JSON.stringify(shown));
    q.close();
  });
  input.write('Ada\n');
  await new Promise((r) => q.on('close', r));

  const input2 = new PassThrough();
  const p = rlp.createInterface({ input: input2, output: new PassThrough(), terminal: false });
  setTimeout(() => input2.write('forty-two\n'), 10);
  const ans = await p.question('How many? ');
  console.log('promise answer:', ans);
  p.close();
  await p.question('closed?').catch((e) => console.log('rejected:', e.code));

  const std = readline.createInterface({ input: process.stdin });
  let n = 0;
  for await (const line of std) n++;
  console.log('stdin lines', n);
  console.log(Object.keys(readline), Object.keys(rlp), typeof readline.promises.createInterface);
})();
