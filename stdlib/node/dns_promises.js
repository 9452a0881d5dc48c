// SPDX-License-Identifier: MIT
//
// dns_promises.js: node's `dns/promises` (also dns.promises): lookup() as
// a promise of {address, family} or, with all, of an array of them.
'use strict';

const dns = require('dns');
const { lookupOptions, startLookup, unsupported, resolverNames, codes } = dns._kiln;
const { validateString } = require('kiln:internal_procutil');

function lookup(hostname, options) {
  if (hostname) validateString(hostname, 'hostname');
  const o = lookupOptions(options === undefined ? {} : options, undefined, 2, true);
  return new Promise((resolve, reject) => {
    startLookup(hostname, o, (err, address, family) => {
      if (err) reject(err);
      else if (o.all) resolve(address);
      else resolve({ address, family });
    });
  });
}

class Resolver {
  constructor() {}
  cancel() {}
  getServers() { return []; }
  setServers() {}
  setLocalAddress() {}
}
for (const name of resolverNames) Resolver.prototype[name] = unsupported(name);

module.exports = {
  lookup,
  lookupService: unsupported('lookupService'),
  Resolver,
  getDefaultResultOrder: dns.getDefaultResultOrder,
  setDefaultResultOrder: dns.setDefaultResultOrder,
  setServers() {},
  ...codes,
  getServers() { return []; },
};
for (const name of resolverNames) module.exports[name] = unsupported(name);
