// mime-types (CommonJS): mime-db's JSON through require.
const mt = require('mime-types');
console.log(mt.lookup('json'), mt.lookup('.md'), mt.lookup('file.html'), mt.lookup('folder/file.js'), mt.lookup('cats'));
console.log(mt.contentType('markdown'), mt.contentType('file.json'), mt.contentType('text/html'), mt.extension('application/octet-stream'), mt.charset('text/markdown'));
console.log(mt.extensions['image/png'], Object.keys(mt.types).length > 100);
