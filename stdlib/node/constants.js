// Kiln standard library: Node's deprecated `constants` module (still used by
// graceful-fs and other older packages): one frozen object holding
// os.constants.dlopen, errno, priority and signals, fs.constants and
// crypto.constants, in that order (later groups win on a shared name).
// crypto.constants.defaultCipherList is an accessor the crypto module adds
// on top of its native constants; node's `constants` does not have it.
'use strict';

const os = require('os');
const fs = require('fs');
const crypto = require('crypto');

Object.assign(module.exports,
  os.constants.dlopen, os.constants.errno, os.constants.priority,
  os.constants.signals, fs.constants);
for (const key of Object.keys(crypto.constants)) {
  const desc = Object.getOwnPropertyDescriptor(crypto.constants, key);
  if ('value' in desc)
    module.exports[key] = desc.value;
}
Object.freeze(module.exports);
