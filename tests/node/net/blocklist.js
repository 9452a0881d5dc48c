'use strict';
// net.BlockList and net.SocketAddress.
const net = require('net');
console.log(Object.keys(net).join(' '));
const b = new net.BlockList();
b.addAddress('1.2.3.4');
b.addRange('10.0.0.1', '10.0.0.10');
b.addSubnet('8592:757c:efae:4e45::', 64, 'ipv6');
b.addAddress('::1', 'ipv6');
b.addSubnet('192.168.0.0', 16);
b.addAddress('0:0:0:0:0:0:0:2', 'ipv6');
console.log(b.rules);
console.log(b.check('1.2.3.4'), b.check('10.0.0.5'), b.check('10.0.0.11'), b.check('10.0.0.10'),
            b.check('8592:757c:efae:4e45::f', 'ipv6'), b.check('8592:757c:efae:4e46::f', 'ipv6'),
            b.check('::ffff:1.2.3.4', 'ipv6'), b.check('::1', 'ipv6'), b.check('192.168.200.1'),
            b.check('192.169.0.1'), b.check('x'), b.check('::2', 'ipv6'), b.check('::3', 'IPv6'));
const s = new net.SocketAddress({ address: '1.2.3.4', port: 80 });
console.log(s, s.address, s.port, s.family, s.flowlabel, net.SocketAddress.isSocketAddress(s));
console.log(new net.SocketAddress(), new net.SocketAddress({ family: 'ipv6', address: '2001:db8:0:0:1:0:0:1' }));
console.log(JSON.stringify(s), net.SocketAddress.isSocketAddress({}));
const c = new net.BlockList();
c.addSubnet(new net.SocketAddress({ address: '192.168.0.0' }), 16);
console.log(c.rules, c.check(new net.SocketAddress({ address: '192.168.3.4' })));
console.log(c);
for (const bad of [
  () => new net.SocketAddress({ family: 'x' }),
  () => new net.SocketAddress({ address: '1.2.3' }),
  () => new net.SocketAddress({ port: 70000 }),
  () => new net.SocketAddress(5),
  () => b.addAddress(1),
  () => b.addSubnet('1.2.3.4', 33),
  () => b.addSubnet('::', 129, 'ipv6'),
  () => b.addRange('1.2.3.4', '1.2.3.1'),
  () => b.check(5),
]) {
  try {
    bad();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
