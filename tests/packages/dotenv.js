// dotenv (CommonJS): parse strings and a temporary file, populate, expand-less config.
'use strict';
const dotenv = require('dotenv');
const fs = require('fs');
const os = require('os');
const path = require('path');

const src = [
  '# comment line',
  'BASIC=basic',
  'AFTER_LINE=after_line',
  'EMPTY=',
  'EMPTY_SINGLE_QUOTES=\'\'',
  'SINGLE_QUOTES=\'single_quotes\'',
  'SINGLE_QUOTES_SPACED=\'    single quotes    \'',
  'DOUBLE_QUOTES="double_quotes"',
  'DOUBLE_QUOTES_SPACED="    double quotes    "',
  'DOUBLE_QUOTES_INSIDE_SINGLE=\'double "quotes" work inside single quotes\'',
  'BACKTICKS=`backticks`',
  'EXPAND_NEWLINES="expand\\nnew\\nlines"',
  'DONT_EXPAND_UNQUOTED=dontexpand\\nnewlines',
  'DONT_EXPAND_SQUOTED=\'dontexpand\\nnewlines\'',
  'INLINE_COMMENTS=inline comments # work #very #well',
  'INLINE_COMMENTS_SINGLE_QUOTES=\'inline comments outside of #singlequotes\' # work',
  'EQUAL_SIGNS=equals==',
  'RETAIN_INNER_QUOTES={"foo": "bar"}',
  'TRIM_SPACE_FROM_UNQUOTED=    some spaced out string',
  'USERNAME=therealnerdybeast@example.tld',
  '    SPACED_KEY = parsed',
  'export EXPORTED=yes',
  'MULTI_DOUBLE_QUOTED="THIS',
  'IS',
  'A',
  'MULTILINE"',
  'MULTI_BACKTICKED=`THIS',
  'IS "quoted"',
  '`',
  'KEY.WITH.DOTS=dots',
  'KEY-WITH-DASH=dash',
  'CRLF=crlf\r',
  'DUP=first',
  'DUP=second',
].join('\n');
const parsed = dotenv.parse(src);
for (const k of Object.keys(parsed)) console.log(k + ' => ' + JSON.stringify(parsed[k]));
console.log('from Buffer: ' + JSON.stringify(dotenv.parse(Buffer.from('A=1\nB="two"\n'))));
console.log('empty: ' + JSON.stringify(dotenv.parse('')));
console.log('garbage: ' + JSON.stringify(dotenv.parse('not a pair\n=novalue\nOK=1')));

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kiln-dotenv-'));
const file = path.join(dir, '.env');
fs.writeFileSync(file, 'KILN_DOTENV_A=alpha\nKILN_DOTENV_B="beta gamma"\nKILN_DOTENV_PRESET=fromfile\n');
process.env.KILN_DOTENV_PRESET = 'preset';
const target = {};
const r1 = dotenv.config({ path: file, processEnv: target, quiet: true });
console.log('config into object: ' + JSON.stringify(r1.parsed) + ' ' + JSON.stringify(target) + ' error=' + (r1.error === undefined));
const r2 = dotenv.config({ path: file, quiet: true });
console.log('process.env: ' + process.env.KILN_DOTENV_A + '|' + process.env.KILN_DOTENV_B + '|' + process.env.KILN_DOTENV_PRESET);
const r3 = dotenv.config({ path: file, override: true, quiet: true });
console.log('override: ' + process.env.KILN_DOTENV_PRESET + ' parsed keys ' + Object.keys(r3.parsed).length + ' ' + (r2.parsed.KILN_DOTENV_A));
const missing = dotenv.config({ path: path.join(dir, 'nope.env'), quiet: true });
console.log('missing: ' + (missing.error ? missing.error.code : 'no error') + ' parsed=' + JSON.stringify(missing.parsed));
const pop = {};
dotenv.populate(pop, { X: '1', Y: '2' });
dotenv.populate(pop, { X: 'changed' });
console.log('populate: ' + JSON.stringify(pop));
dotenv.populate(pop, { X: 'changed' }, { override: true });
console.log('populate override: ' + JSON.stringify(pop));
try { dotenv.populate(pop, 'bad'); } catch (e) { console.log('populate bad: ' + e.code + ' ' + e.message); }
fs.writeFileSync(path.join(dir, 'two.env'), 'KILN_DOTENV_TWO=2\nKILN_DOTENV_A=fromtwo\n');
const multi = {};
const r4 = dotenv.config({ path: [file, path.join(dir, 'two.env')], processEnv: multi, quiet: true });
console.log('multi: ' + JSON.stringify(multi) + ' ' + Object.keys(r4.parsed).sort().join(','));
console.log('exports: ' + Object.keys(dotenv).sort().join(','));
fs.rmSync(dir, { recursive: true });
console.log('cleaned: ' + !fs.existsSync(dir));
