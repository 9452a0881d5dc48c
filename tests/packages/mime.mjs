import mime from 'mime'; console.log(mime.getType('txt'), mime.getType('x/y/z.json'), mime.getExtension('text/html'));
import { Buffer as B } from 'buffer/index.js'; console.log(B.from('hi').toString('base64'));
import intl from 'intl-messageformat'; const IntlMessageFormat = intl.IntlMessageFormat || intl; console.log(new IntlMessageFormat('You have {n, plural, one {# msg} other {# msgs}}', 'en').format({ n: 3 }));
import punycode from 'punycode/punycode.js'; console.log(punycode.toASCII('mañana.com'));
