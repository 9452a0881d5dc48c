// chalk 5 (ESM only): instances at every colour level, chaining, nesting,
// rgb/hex/ansi256 downsampling, visible, template-like composition.
import chalk, { Chalk, supportsColor, chalkStderr, modifierNames, foregroundColorNames, backgroundColorNames, colorNames } from 'chalk';

const esc = s => JSON.stringify(s);
console.log('default level (pipe): ' + chalk.level + ' supportsColor: ' + JSON.stringify(supportsColor) + ' stderr: ' + chalkStderr.level);
console.log('modifiers: ' + modifierNames.join(','));
console.log('fg: ' + foregroundColorNames.join(','));
console.log('bg: ' + backgroundColorNames.length + ' all: ' + colorNames.length);
const levels = [0, 1, 2, 3].map(level => new Chalk({ level }));
for (const c of levels) {
  console.log('--- level ' + c.level);
  console.log(esc(c.red('red')) + ' ' + esc(c.bgBlue.white.bold('chain')));
  console.log(esc(c.rgb(255, 136, 0)('rgb')) + ' ' + esc(c.hex('#00FF7F')('hex')) + ' ' + esc(c.bgHex('#123456')('bghex')));
  console.log(esc(c.ansi256(201)('256')) + ' ' + esc(c.bgAnsi256(18)('bg256')) + ' ' + esc(c.bgRgb(10, 20, 30)('bgrgb')));
  console.log(esc(c.red('a' + c.blue('b' + c.green('c') + 'b') + 'a')));
  console.log(esc(c.bold.italic.underline.strikethrough.inverse('mods')) + ' ' + esc(c.dim.overline('o')));
  console.log(esc(c.visible('visible')) + ' ' + esc(c.hidden('h')) + ' ' + esc(c.reset('r')));
  console.log(esc(c.green('multi\nline\r\ntext')) + ' ' + esc(c.yellow('a', 'b', 3)) + ' ' + esc(c.cyan()));
  console.log(esc(c.gray('g') + c.grey('g') + c.blackBright('g') + c.redBright('rb') + c.bgWhiteBright('bw')));
}
const c3 = new Chalk({ level: 3 });
const err = c3.bold.red;
const warn = c3.hex('#FFA500');
console.log(esc(err('Error!') + ' ' + warn('Warning!')));
const copy = new Chalk({ level: 1 });
copy.level = 2;
console.log('level change: ' + esc(copy.hex('#FF0000')('x')));
const nested = c3.red;
console.log(esc(nested('x' + c3.bgRed('y') + 'z')) + ' ' + esc(c3.bold('1' + c3.bold('2') + '3')));
console.log(esc(c3.red(c3.bold('a') + ' ' + c3.dim('b'))));
console.log(esc(levels[2].hex('#abc')('short hex')) + ' ' + esc(levels[1].rgb(128, 128, 128)('grey1')) + ' ' + esc(levels[1].rgb(0, 0, 0)('black1')));
console.log(esc(levels[2].rgb(250, 250, 250)('white256')) + ' ' + esc(levels[1].ansi256(9)('bright')) + ' ' + esc(levels[1].ansi256(240)('grey')));
try { new Chalk({ level: 7 }); } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(esc(c3.red(['arr', 1])) + ' ' + esc(c3.red({ toString() { return 'obj'; } })));
