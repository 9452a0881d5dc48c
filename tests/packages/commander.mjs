// commander (ES module entry esm.mjs): named imports, program singleton,
// subcommands, help text and errors with exitOverride.
import { program, Command, Option, createCommand, createOption, createArgument, CommanderError } from 'commander';

const logs = [];
program
  .name('esm-cli')
  .usage('[global options] <command>')
  .exitOverride()
  .configureOutput({ writeOut: s => logs.push('OUT ' + s), writeErr: s => logs.push('ERR ' + s), getOutHelpWidth: () => 60, getErrHelpWidth: () => 60 })
  .showHelpAfterError('(add --help for additional information)')
  .option('-q, --quiet', 'no output')
  .addOption(createOption('--level <n>', 'log level').argParser(v => Number(v)).default(2))
  .addOption(new Option('-f, --format <fmt>', 'output format').choices(['json', 'text']).makeOptionMandatory());

const build = createCommand('build')
  .description('build the project into a folder with a very long description that wraps over several lines of help text')
  .addArgument(createArgument('[target]', 'what to build').default('all'))
  .option('--out <dir>', 'output folder', 'dist')
  .option('-j, --jobs <n>', 'parallel jobs', parseFloat)
  .action(function (target, opts) { logs.push('build ' + target + ' ' + JSON.stringify(opts) + ' global=' + JSON.stringify(this.optsWithGlobals())); });
program.addCommand(build);
program.command('test [patterns...]').option('--bail').action((patterns, opts) => logs.push('test ' + JSON.stringify(patterns) + ' ' + JSON.stringify(opts)));

function attempt(argv) {
  logs.length = 0;
  try {
    program.parse(argv, { from: 'user' });
  } catch (e) {
    logs.push('error ' + (e instanceof CommanderError) + ' ' + e.code + ' ' + e.exitCode);
  }
  console.log('> ' + argv.join(' '));
  for (const l of logs) console.log(l.trimEnd());
}

attempt(['-f', 'json', 'build']);
attempt(['--format', 'text', '--level', '5', 'build', 'web', '--out', 'o', '-j', '2.5']);
attempt(['build']);
attempt(['-f', 'xml', 'build']);
attempt(['-f', 'json', 'test', 'a', 'b', '--bail']);
attempt(['-f', 'json', 'tset']);
console.log(program.helpInformation());
console.log(typeof Command, program instanceof Command, program.commands.length);
// build was made by createCommand, so it has no exitOverride: help exits the process (status 0).
process.on('exit', code => console.log('exit event ' + code));
attempt(['build', '--help']);
console.log('not reached');
