'use strict';
// dns.lookup on getaddrinfo: localhost, literals, all, family, ENOTFOUND,
// the promise API, and argument errors. The lookups run one after another
// (getaddrinfo answers from the thread pool in any order).
const dns = require('dns');
const dnsPromises = require('dns/promises');
console.log(dns.promises === dnsPromises, typeof dns.lookup, dns.ADDRCONFIG, dns.V4MAPPED, dns.ALL);
console.log(dns.NOTFOUND, dns.getDefaultResultOrder());

const steps = [
  (next) => dns.lookup('localhost', { family: 4 }, (err, address, family) => {
    console.log('localhost/4', err, address, family);
    next();
  }),
  (next) => {
    dns.lookup('127.0.0.1', (err, address, family) => {
      console.log('literal', err, address, family);
      next();
    });
    console.log('literal answers on a later tick');
  },
  (next) => dns.lookup('::1', { all: true }, (err, list) => {
    console.log('literal6 all', err, list);
    next();
  }),
  (next) => dns.lookup('localhost', { all: true, family: 4 }, (err, list) => {
    console.log('all', err, list);
    next();
  }),
  (next) => dns.lookup('nosuch.invalid', (err, address) => {
    console.log(err.message, err.code, err.errno, err.syscall, err.hostname, address);
    console.log(Object.keys(err).join(','));
    next();
  }),
  (next) => dns.lookup('nosuch.invalid', { all: true }, (err) => {
    console.log('all error', err.code);
    next();
  }),
  async (next) => {
    console.log('promise', await dnsPromises.lookup('localhost', 4));
    console.log('promise all', await dnsPromises.lookup('localhost', { all: true, family: 4 }));
    try {
      await dnsPromises.lookup('localhost', { family: 'IPv4' });
    } catch (e) {
      console.log('promise family name', e.code, e.message);
    }
    console.log('promise literal', await dns.promises.lookup('10.1.2.3'));
    try {
      await dnsPromises.lookup('nosuch.invalid');
    } catch (e) {
      console.log('promise error', e.message, e.code);
    }
    next();
  },
];
function run(i) {
  if (i < steps.length) steps[i](() => run(i + 1));
  else console.log('done');
}
run(0);
console.log('sync after first lookup');

for (const bad of [
  () => dns.lookup(1, () => {}),
  () => dns.lookup('x', 'y', () => {}),
  () => dns.lookup('x', { family: 5 }, () => {}),
  () => dns.lookup('x', 5, () => {}),
  () => dns.lookup('x'),
  () => dns.lookup('x', { all: 1 }, () => {}),
  () => dns.lookup('x', { hints: 1234 }, () => {}),
]) {
  try {
    bad();
    console.log('no throw');
  } catch (e) {
    console.log(e.name, e.code, e.message);
  }
}
