// minimist (CommonJS): argument parsing with every option kind.
'use strict';
const minimist = require('minimist');

function show(label, args, opts) {
  const out = minimist(args, opts);
  console.log(label + ': ' + JSON.stringify(out));
}

show('basic', ['-a', 'beep', '-b', 'boop']);
show('mixed', ['-x', '3', '-y', '4', '-n5', '-abc', '--beep=boop', 'foo', 'bar', 'baz']);
show('numbers', ['-n', '-1.5', '--hex', '0x1F', '--exp', '1e3', 'x', '12', '-0']);
show('booleans', ['--verbose', '--no-color', '-v', 'file.txt', '--debug', 'true'], { boolean: ['debug', 'v'] });
show('boolean all', ['--a', 'x', '-b', 'y'], { boolean: true });
show('strings', ['--name', '42', '-p', '007', '--empty'], { string: ['name', 'p', 'empty'] });
show('aliases', ['-h', '-o', 'out.txt', '--verbose'], { alias: { h: 'help', o: ['out', 'output'], v: 'verbose' } });
show('defaults', ['--port', '9000'], { default: { port: 8080, host: 'localhost', debug: false }, boolean: 'debug' });
show('dashdash', ['--a', '1', '--', '--b', '2', '-c'], { '--': true });
show('dashdash off', ['--a', '1', '--', '--b', '2']);
show('stopEarly', ['--x', '1', 'cmd', '--y', '2'], { stopEarly: true });
show('dotted', ['--a.b.c', '5', '--a.d', 'x', '--foo.bar']);
show('repeated', ['-v', '-v', '--tag', 'a', '--tag', 'b', '--tag', 'c']);
show('short cluster value', ['-fvalue', '-xyz=9', '-k=v']);
show('negative number arg', ['--n', '-5', '-m', '-3.25']);
show('equals forms', ['--a=', '--b=c=d', '-e=f']);
const unknownSeen = [];
show('unknown', ['--known', 'x', '--other', 'y', 'pos'], {
  string: ['known'],
  unknown(arg) { unknownSeen.push(arg); return arg !== '--other'; },
});
console.log('unknown seen: ' + JSON.stringify(unknownSeen));
show('proto guard', ['--__proto__.polluted', 'yes', '--constructor.prototype.x', '1']);
console.log('polluted: ' + ({}).polluted + ' ' + ({}).x);
show('no-', ['--no-foo', '--no-bar=baz'], { boolean: ['foo'] });
show('string+alias+default', [], { string: 's', alias: { s: 'str' }, default: { s: 'dflt' } });
show('empty', []);
show('long bool then value', ['--flag', 'true', '--other', 'false']);
show('process.argv style', ['node', 'script.js', '--x', '1'].slice(2));
const parsed = minimist(['--size', '10', 'a', 'b'], { string: 'size' });
console.log(typeof parsed.size, parsed._.length, Object.keys(parsed).join(','));
