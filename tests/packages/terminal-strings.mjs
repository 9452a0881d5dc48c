import kleur from 'kleur'; import c from 'ansi-colors'; import stripAnsi from 'strip-ansi'; import stringWidth from 'string-width'; import wrapAnsi from 'wrap-ansi';
console.log(JSON.stringify(kleur.red().bold('x')), JSON.stringify(c.green('g')), stripAnsi('\u001B[4mUnicorn\u001B[0m'), stringWidth('古古a'), JSON.stringify(wrapAnsi('The quick brown fox jumped', 10)));
import escapeHtml from 'escape-html'; console.log(escapeHtml('<a href="x">&</a>'));
import classNames from 'classnames'; console.log(classNames('a', { b: true, c: false }, ['d']));
import numeral from 'numeral'; console.log(numeral(1234.5678).format('$0,0.00'), numeral('1.2k').value());
