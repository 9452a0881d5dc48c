'use strict';
// Bad arguments give node's errors, thrown synchronously.
const net = require('net');
function t(name, fn) {
  try {
    const r = fn();
    console.log(name, 'no throw', r === undefined ? '' : typeof r);
    if (r && typeof r.destroy === 'function') r.destroy();
    if (r && typeof r.close === 'function' && r.listening !== undefined) r.close();
  } catch (e) {
    console.log(name, e.name, e.code, e.message);
  }
}
t('connect port too big', () => net.connect(65536, '127.0.0.1'));
t('connect port negative', () => net.connect({ port: -1, host: '127.0.0.1' }));
t('connect port float', () => net.connect({ port: 1.5 }));
t('connect port object', () => net.connect({ port: {} }));
t('connect port bool', () => net.connect({ port: true }));
t('connect port empty string', () => net.connect({ port: ' ' }));
t('connect no args', () => net.connect({}));
t('connect path number', () => net.connect({ path: 42 }));
t('listen port too big', () => net.createServer().listen(70000));
t('listen port string bad', () => net.createServer().listen({ port: 'abc' }));
t('listen bad options', () => net.createServer().listen({ foo: 1 }));
t('createServer bad options', () => net.createServer(42));
t('setTimeout bad', () => new net.Socket().setTimeout('x'));
t('setTimeout negative', () => new net.Socket().setTimeout(-1));
t('setTimeout cb bad', () => new net.Socket().setTimeout(10, 'x'));
t('connect host number', () => net.connect({ port: 80, host: 123 }));
t('connect host object', () => net.connect(80, {}));
t('listen host number', () => net.createServer().listen(0, 123));
t('listen host object', () => net.createServer().listen({ port: 0, host: {} }));
t('socket write number', () => new net.Socket().write(5));
t('localAddress bad', () => net.connect({ port: 80, localAddress: 'nope' }));
console.log('isIP', net.isIP('127.0.0.1'), net.isIP('::1'), net.isIP('1.2.3'), net.isIP('fe80::1%eth0'),
            net.isIP('::ffff:1.2.3.4'), net.isIP(''), net.isIP('256.1.1.1'), net.isIPv4('1.1.1.1'),
            net.isIPv6('1::2::3'), net.isIPv6('1:2:3:4:5:6:7:8'));
// Writing after end.
const s = new net.Socket();
s.on('error', (e) => console.log('error event', e.code, e.message));
s.end();
s.write('x', (e) => console.log('write cb', e && e.code));
console.log('socket', s.readyState, s.pending, s.connecting, s.remoteAddress, s.bytesRead,
            typeof net.Server, typeof net.Socket, net.Stream === net.Socket);
