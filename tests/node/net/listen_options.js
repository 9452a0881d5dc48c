'use strict';
// listen() forms: options with ipv6Only, the signal option, a string port,
// backlog argument, listen() with no port; server.listening around close.
const net = require('net');
const log = [];
const a = net.createServer();
a.listen({ port: 0, host: '::1', ipv6Only: true }, () => {
  const ad = a.address();
  log.push('a ' + ad.address + ' ' + ad.family + ' ' + typeof ad.port);
  a.close(second);
});
a.on('error', (e) => { log.push('a error ' + e.code); second(); });
function second() {
  const ac = new AbortController();
  const b = net.createServer();
  b.on('close', () => {
    log.push('b closed by signal, listening ' + b.listening);
    third();
  });
  b.listen({ port: 0, host: '127.0.0.1', signal: ac.signal }, () => {
    log.push('b listening ' + b.listening);
    ac.abort();
  });
}
function third() {
  const c = net.createServer();
  c.listen('0', '127.0.0.1', 10, () => {
    log.push('c listening on string port ' + typeof c.address().port);
    c.close(() => {
      log.push('c closed ' + c.listening + ' ' + c.address());
      const aborted = AbortSignal.abort();
      const d = net.createServer();
      d.on('close', () => {
        log.push('d closed at once');
        console.log(log.join('\n'));
      });
      d.listen({ port: 0, host: '127.0.0.1', signal: aborted }, () => log.push('d listening'));
    });
  });
}
