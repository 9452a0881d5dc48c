// A bare specifier no node_modules folder has.
const pkg = require('no-such-package-kiln');
console.log(pkg);
