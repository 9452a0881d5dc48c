const pm = require('picomatch'); const mm = require('micromatch');
console.log(pm('*.js')('a.js'), pm('**/*.ts')('x/y/z.ts'), mm(['a.js','b.md','c/d.js'], '**/*.js'), mm.braces('a/{b,c}/d'));
const fg = require('fast-glob'); console.log(fg.sync('*.json', { cwd: require('path').join(__dirname, 'node_modules', 'fast-glob') }));
