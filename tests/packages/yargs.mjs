// yargs 18 (ESM only): commands, positionals, options of every type,
// coercion, defaults, strict-mode errors and help text at a fixed width.
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';

function make(argv, log) {
  return yargs(argv)
    .scriptName('ky')
    .usage('$0 <cmd> [args]')
    .wrap(72)
    .exitProcess(false)
    .fail((msg, err, y) => { log.push('FAIL: ' + (msg || (err && err.message))); })
    .option('verbose', { alias: 'v', type: 'count', describe: 'more output' })
    .option('name', { type: 'string', default: 'anon', describe: 'who you are' })
    .option('port', { alias: 'p', type: 'number', describe: 'port to use', default: 80 })
    .option('tags', { type: 'array', describe: 'labels' })
    .option('dry-run', { type: 'boolean', describe: 'do nothing', default: false })
    .option('level', { choices: ['low', 'mid', 'high'], describe: 'level' })
    .option('date', { type: 'string', coerce: s => s.split('-').map(Number), describe: 'y-m-d' })
    .option('json', { type: 'boolean', hidden: true })
    .command('greet <who> [times]', 'greet someone', y => y
      .positional('who', { type: 'string', describe: 'person' })
      .positional('times', { type: 'number', default: 1 })
      .option('loud', { type: 'boolean', describe: 'shout' }),
      a => { log.push('greet ' + (a.loud ? a.who.toUpperCase() : a.who) + ' x' + a.times); })
    .command(['serve [dir]', 'run'], 'serve a folder', y => y.positional('dir', { default: '.' }),
      a => { log.push('serve ' + a.dir + ' on ' + a.port); })
    .command('math', 'math commands', y => y
      .command('add <a> <b>', 'add numbers', () => {}, a => log.push('sum ' + (a.a + a.b)))
      .demandCommand(1, 'pick a math command'))
    .check(a => { if (a.port < 0) throw new Error('port must be positive'); return true; })
    .example('$0 greet bob 3', 'greet bob three times')
    .epilogue('see the docs for more')
    .strict()
    .help()
    .version('9.9.9');
}

async function run(label, argv) {
  const log = [];
  let out = '';
  let parsed;
  try {
    parsed = await make(argv, log).parseAsync(argv, {}, (err, argv2, output) => { if (output) out = output; });
  } catch (e) {
    log.push('THROWN: ' + e.message);
  }
  console.log('=== ' + label + ': ' + argv.join(' '));
  for (const l of log) console.log(l);
  if (out) console.log(out);
  if (parsed) {
    const keys = Object.keys(parsed).filter(k => k !== '$0').sort();
    console.log('argv: ' + keys.map(k => k + '=' + JSON.stringify(parsed[k])).join(' '));
  }
}

await run('greet', ['greet', 'alice', '2', '--loud']);
await run('greet defaults', ['greet', 'bob']);
await run('alias command', ['run', 'public', '-p', '8080', '-vvv']);
await run('types', ['serve', '--tags', 'a', 'b', '--dry-run', '--name', '123', '--date', '2024-05-06', '--level', 'mid']);
await run('choices error', ['serve', '--level', 'extreme']);
await run('unknown option', ['serve', '--bogus']);
await run('unknown command', ['destroy']);
await run('missing positional', ['greet']);
await run('nested', ['math', 'add', '2', '40']);
await run('nested missing', ['math']);
await run('check fails', ['serve', '-p', '-5']);
await run('help', ['--help']);
await run('command help', ['greet', '--help']);
await run('version', ['--version']);
await run('no-', ['serve', '--no-dry-run']);
await run('camel', ['serve', '--dry-run', '--name=x']);

const parsed = yargs(['--a', '1', '-b', 'two', '--c.d', '3', 'pos', '--', '--rest'])
  .parserConfiguration({ 'populate--': true }).parseSync();
console.log(JSON.stringify(Object.fromEntries(Object.entries(parsed).filter(([k]) => k !== '$0'))));
console.log(JSON.stringify(hideBin(['node', 'script', '--x', 'y'])));
const y2 = yargs([]).scriptName('plain').wrap(50).exitProcess(false)
  .options({ alpha: { alias: 'a', describe: 'the first letter of the greek alphabet used here for a long text', demandOption: true }, beta: { type: 'boolean' } })
  .group(['alpha'], 'Letters:');
console.log(await y2.getHelp());
