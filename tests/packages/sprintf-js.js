// sprintf-js (CommonJS): printf formats, positional and named arguments.
const { sprintf, vsprintf } = require('sprintf-js');
console.log(sprintf('%s is %d years, %05.2f %x %o %b %e %+d %j %%', 'Bob', 42.7, 3.14159, 255, 8, 5, 1234.5, 3, { a: 1 }), vsprintf('%2$s %1$s', ['a', 'b']), sprintf('%(name)s-%(n)03d', { name: 'x', n: 7 }), sprintf("%'*10s|%-6s|", 'pad', 'l'), sprintf('%.3s %u %c %T', 'abcdef', -1, 65, []));
