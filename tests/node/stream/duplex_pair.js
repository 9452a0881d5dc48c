// duplexPair(): what one side writes the other reads, both ways; end()
// on one side ends the other's readable side.
const { duplexPair } = require('stream');
const [a, b] = duplexPair({ encoding: 'utf8' });
a.on('data', (d) => console.log('a got', d));
b.on('data', (d) => console.log('b got', d));
a.on('end', () => console.log('a end'));
b.on('end', () => console.log('b end'));
a.on('finish', () => console.log('a finish'));
a.write('hello from a', () => console.log('a write cb'));
b.write('hello from b');
a.end();
setImmediate(() => b.end());
a.on('close', () => console.log('a close'));
b.on('close', () => console.log('b close'));
