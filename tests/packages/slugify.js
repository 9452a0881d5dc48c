// slugify (CommonJS, UMD): charmap, locales, extend, options.
const slugify = require('slugify');
for (const s of ['Hello World', 'Ünïcödé  ñame & more', 'foo@bar.com', '  trim me  ', 'Ça va? Très bien!', '$100 <3 love']) {
  console.log(JSON.stringify([slugify(s), slugify(s, { lower: true }), slugify(s, { replacement: '_', strict: true })]));
}
slugify.extend({ '☢': 'radioactive' });
console.log(slugify('unicode ☢ is ☢', { locale: 'de' }));
console.log(slugify('ÄÖÜ ß', { locale: 'de' }), slugify('ÄÖÜ ß'));
console.log(slugify('remove *these* chars', { remove: /[*+~.()'"!:@]/g }));
