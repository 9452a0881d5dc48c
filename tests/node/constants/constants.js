// require('constants'): the legacy merged constants object.
'use strict';
const c = require('constants');
const os = require('os');
const fs = require('fs');
const crypto = require('crypto');
console.log(typeof c, Object.isFrozen(c), Object.getPrototypeOf(c) === Object.prototype);
console.log(c === require('node:constants'));
const groups = [os.constants.dlopen, os.constants.errno, os.constants.priority,
  os.constants.signals, fs.constants, crypto.constants];
const merged = Object.assign({}, ...groups);
console.log('same keys in order: ' + (JSON.stringify(Object.keys(merged)) === JSON.stringify(Object.keys(c))));
console.log('same values: ' + Object.keys(merged).every(k => merged[k] === c[k]));
console.log(c.O_RDONLY, c.O_CREAT, c.ENOENT, c.EACCES, c.SIGINT, c.SIGTERM, c.S_IFMT, c.F_OK, c.R_OK, c.W_OK, c.X_OK);
console.log(JSON.stringify(Object.getOwnPropertyDescriptor(c, 'O_RDONLY')));
try { c.O_RDONLY = 99; } catch (e) { console.log(e.constructor.name + ': ' + e.message); }
console.log(c.O_RDONLY, 'defaultCipherList' in c, 'defaultCoreCipherList' in c);
