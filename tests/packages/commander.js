// commander (CommonJS): subcommands, every option kind, defaults, custom
// parsing, help text and errors caught with exitOverride.
'use strict';
const { Command, Option, Argument, InvalidArgumentError, CommanderError } = require('commander');

function makeProgram(out) {
  const program = new Command();
  program
    .name('kt')
    .description('A kiln test CLI')
    .version('1.2.3', '-V, --version', 'print the version')
    .exitOverride()
    .configureOutput({
      writeOut: s => out.push('OUT:' + s),
      writeErr: s => out.push('ERR:' + s),
      getOutHelpWidth: () => 80,
      getErrHelpWidth: () => 80,
    })
    .option('-d, --debug', 'output extra debugging')
    .option('-s, --small', 'small pizza size')
    .option('-p, --pizza-type <type>', 'flavour of pizza')
    .option('-c, --cheese [kind]', 'add cheese, optionally of a kind', 'mozzarella')
    .option('--no-sauce', 'remove sauce')
    .option('-n, --count <number>', 'an integer', v => {
      const n = parseInt(v, 10);
      if (isNaN(n)) throw new InvalidArgumentError('Not a number.');
      return n;
    }, 1)
    .option('-l, --list <items...>', 'a list')
    .option('-v, --verbose', 'verbosity that can be increased', (_, prev) => prev + 1, 0)
    .addOption(new Option('--size <s>', 'drink size').choices(['small', 'medium', 'large']).default('medium'))
    .addOption(new Option('--secret').hideHelp())
    .addOption(new Option('--port <n>', 'port').env('KILN_CMD_PORT').argParser(Number))
    .addOption(new Option('--mode <m>').conflicts('debug'))
    .addOption(new Option('--timeout <ms>', 'timeout').default(60000, 'one minute'))
    .argument('[extra...]', 'extra words')
    .action((extra, opts) => { out.push('main action ' + JSON.stringify(extra) + ' debug=' + opts.debug); });

  program.command('serve')
    .description('start the server')
    .argument('<dir>', 'directory to serve')
    .argument('[port]', 'port number', '8080')
    .option('-w, --watch', 'watch files')
    .alias('s')
    .action((dir, port, opts, cmd) => {
      out.push('serve ' + dir + ' ' + port + ' ' + JSON.stringify(opts) + ' parent.debug=' + cmd.parent.opts().debug);
    });

  program.command('add')
    .argument('<first>', 'integer', v => parseInt(v, 10))
    .argument('<rest...>', 'more')
    .action((first, rest) => { out.push('add ' + (first + rest.map(Number).reduce((a, b) => a + b, 0))); });

  const remote = program.command('remote').description('manage remotes');
  remote.command('add <name> <url>').description('add a remote').action((name, url) => out.push('remote add ' + name + ' ' + url));
  remote.command('rm').argument('<name>').action(name => out.push('remote rm ' + name));
  program.command('choose')
    .addArgument(new Argument('<color>', 'colour').choices(['red', 'green']))
    .action(c => out.push('chose ' + c));
  program.command('hidden', { hidden: true }).action(() => out.push('hidden ran'));
  return program;
}

function run(label, argv, env) {
  const out = [];
  const program = makeProgram(out);
  if (env) Object.assign(process.env, env);
  try {
    program.parse(argv, { from: 'user' });
    out.push('opts=' + JSON.stringify(program.opts()));
    out.push('args=' + JSON.stringify(program.args));
  } catch (e) {
    out.push('caught ' + (e instanceof CommanderError) + ' ' + e.code + ' exit=' + e.exitCode + ' msg=' + JSON.stringify(e.message));
  }
  if (env) for (const k of Object.keys(env)) delete process.env[k];
  console.log('--- ' + label);
  for (const o of out) console.log(o.replace(/\n$/, ''));
}

run('defaults', []);
run('flags', ['-d', '-s', '-p', 'hawaiian', '--no-sauce', '-n', '7', '-vvv', 'extra']);
run('cheese no value', ['-c']);
run('cheese value', ['--cheese', 'cheddar']);
run('list', ['-l', 'a', 'b', 'c']);
run('choices ok', ['--size', 'large']);
run('choices bad', ['--size', 'huge']);
run('custom parse error', ['-n', 'abc']);
run('missing argument', ['-p']);
run('unknown option', ['--nope']);
run('unknown command suggest', ['serv']);
run('env', [], { KILN_CMD_PORT: '3000' });
run('conflict', ['--mode', 'x', '--debug']);
run('version', ['-V']);
run('serve', ['-d', 'serve', 'public']);
run('serve alias', ['s', 'www', '9000', '--watch']);
run('serve missing arg', ['serve']);
run('add', ['add', '1', '2', '3']);
run('remote add', ['remote', 'add', 'origin', 'git@x']);
run('remote rm', ['remote', 'rm', 'origin']);
run('choose bad', ['choose', 'blue']);
run('hidden', ['hidden']);
run('help', ['--help']);
run('help serve', ['help', 'serve']);
run('too many args', ['remote', 'rm', 'a', 'b']);
run('option=value', ['--pizza-type=margherita', '--count=3']);

const out = [];
const p = makeProgram(out);
console.log('--- helpInformation');
console.log(p.helpInformation());
console.log('--- remote help');
console.log(p.commands.find(c => c.name() === 'remote').helpInformation());
console.log('--- names');
console.log(p.commands.map(c => c.name() + (c.aliases().length ? '(' + c.aliases().join(',') + ')' : '')).join(' '));
console.log(p.options.map(o => o.flags + ':' + o.attributeName() + ':' + o.negate + ':' + o.required + ':' + o.optional + ':' + o.variadic).join('\n'));

const async = new Command();
async.exitOverride().command('later').action(async () => {
  await new Promise(r => setTimeout(r, 5));
  console.log('async action done');
});
async.parseAsync(['later'], { from: 'user' }).then(() => console.log('parseAsync resolved'));

const hooks = new Command('hooks');
hooks.exitOverride().option('-t, --trace')
  .hook('preAction', (thisCmd, actionCmd) => console.log('preAction ' + thisCmd.name() + ' -> ' + actionCmd.name() + ' trace=' + !!thisCmd.opts().trace))
  .hook('postAction', (thisCmd, actionCmd) => console.log('postAction ' + actionCmd.name()));
hooks.command('go').action(() => console.log('go action'));
hooks.parse(['node', 'hooks', '-t', 'go']);

const strict = new Command('strict');
strict.exitOverride().configureOutput({ writeErr: s => console.log('ERR:' + s.trimEnd()), writeOut: s => console.log('OUT:' + s.trimEnd()) })
  .allowUnknownOption(false).argument('<x>').action(() => {});
try { strict.parse(['node', 'strict', 'a', 'b']); } catch (e) { console.log(e.code); }
try { strict.error('custom failure', { exitCode: 3, code: 'my.code' }); } catch (e) { console.log(e.code + ' ' + e.exitCode); }
const passthrough = new Command('pt');
passthrough.exitOverride().enablePositionalOptions().passThroughOptions().option('-x').argument('[args...]').action(a => console.log('pt ' + JSON.stringify(a)));
passthrough.parse(['-x', 'cmd', '--flag', '-y'], { from: 'user' });
const unk = new Command('unk');
unk.exitOverride().allowUnknownOption().allowExcessArguments().option('-a').action((o, c) => console.log('unk ' + JSON.stringify(c.args)));
unk.parse(['-a', '--zzz', 'p'], { from: 'user' });
