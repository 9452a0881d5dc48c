'use strict';
// Node 20's autoSelectFamily: a name with several addresses is tried address
// by address; when all refuse, an AggregateError with the first code.
const net = require('net');
const s = net.createServer((c) => c.end('hi'));
s.listen(0, '127.0.0.1', () => {
  const port = s.address().port;
  const lookup = (h, o, cb) => { console.log('lookup opts', JSON.stringify(o)); cb(null, [{ address: '127.0.0.2', family: 4 }, { address: '127.0.0.1', family: 4 }]); };
  const c = net.connect({ port, host: 'example.test', lookup }, () => console.log('connected', c.remoteAddress, c.autoSelectFamilyAttemptedAddresses.map((a) => a.replace(port, 'P'))));
  c.on('lookup', (e, ip, fam, host) => console.log('lookup', e, ip, fam, host));
  c.on('data', (d) => console.log(String(d)));
  c.on('close', () => {
    s.close(() => {
      const d = net.connect({ port, host: 'example.test', lookup });
      d.on('error', (e) => console.log(e.name, e.message.replace(port, 'PORT'), e.code, e.errors && e.errors.map((x) => x.message.replace(port, 'PORT'))));
    });
  });
});
