'use strict';
// An 'error' without a listener ends the program as in node: the error on
// stderr, exit code 1, and 'exit' listeners run.
const net = require('net');
process.on('exit', (code) => console.log('exit', code));
const c = net.connect('/nonexistent-kiln-dir/x.sock');
c.on('close', () => console.log('close?'));
console.log('connecting', c.connecting);
