// SPDX-License-Identifier: MIT
//
// dns.js: node's `dns` module: lookup() on libuv's getaddrinfo (the thread
// pool, never blocking the loop) through require('kiln:net') (net.c).
// The resolvers that need a DNS client (c-ares in node: resolve4, reverse,
// ...) throw ERR_FEATURE_UNAVAILABLE_ON_PLATFORM.
'use strict';

const binding = require('kiln:net');
const {
  nodeError, invalidArgType, invalidArgValue, validateString, validateFunction,
  validateBoolean, validateNumber,
} = require('kiln:internal_procutil');

const ADDRCONFIG = 32;
const V4MAPPED = 8;
const ALL = 16;
const UV_EAI_NODATA = -3007;
const UV_EAI_NONAME = -3008;

let defaultVerbatim = true;

function isIP(s) { return require('net').isIP(s); }

// Node's dnsException: "getaddrinfo ENOTFOUND host".
function dnsException(code, syscall, hostname) {
  let errno;
  if (typeof code === 'number') {
    errno = code;
    if (code === UV_EAI_NODATA || code === UV_EAI_NONAME) {
      code = 'ENOTFOUND';
    } else {
      code = require('kiln:os').errname(code)[0];
    }
  }
  const ex = new Error(`${syscall} ${code}${hostname ? ` ${hostname}` : ''}`);
  ex.errno = errno;
  ex.code = code;
  ex.syscall = syscall;
  if (hostname) ex.hostname = hostname;
  return ex;
}

function oneOf(value, name, list) {
  if (!list.includes(value)) {
    const kind = name.includes('.') ? 'property' : 'argument';
    throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                    `The ${kind} '${name}' must be one of: ${list.join(', ')}. ` +
                    `Received ${require('kiln:internal').inspect(value)}`);
  }
}

function validateHints(hints) {
  if ((hints & ~(ADDRCONFIG | ALL | V4MAPPED)) !== 0) {
    throw invalidArgValue('hints', hints);
  }
}

let warnedEmpty = false;
function emitInvalidHostnameWarning(hostname) {
  if (warnedEmpty) return;
  warnedEmpty = true;
  process.emitWarning(
    `The provided hostname "${hostname}" is not a valid hostname, and is supported ` +
    'in the dns module solely for compatibility.', 'DeprecationWarning', 'DEP0118');
}

// Parses lookup()'s arguments as node does: { hints, family, all, verbatim }.
function lookupOptions(options, callback, nargs, promises) {
  const o = { hints: 0, family: 0, all: false, verbatim: defaultVerbatim };
  if (typeof options === 'function') return o;
  if (typeof options === 'number') {
    if (callback !== undefined) validateFunction(callback, 'callback');
    oneOf(options, 'family', [0, 4, 6]);
    o.family = options;
    return o;
  }
  if (options !== undefined && typeof options !== 'object') {
    if (callback !== undefined || nargs === 2) {
      validateFunction(nargs === 2 ? options : callback, 'callback');
    }
    throw invalidArgType('options', 'of type object or integer', options);
  }
  if (callback !== undefined) validateFunction(callback, 'callback');
  if (options?.hints != null) {
    validateNumber(options.hints, 'options.hints');
    o.hints = options.hints >>> 0;
    validateHints(o.hints);
  }
  if (options?.family != null) {
    switch (promises ? 0 : options.family) {
      case 'IPv4': o.family = 4; break;
      case 'IPv6': o.family = 6; break;
      default: oneOf(options.family, 'options.family', [0, 4, 6]); o.family = options.family;
    }
  }
  if (options?.all != null) {
    validateBoolean(options.all, 'options.all');
    o.all = options.all;
  }
  if (options?.verbatim != null) {
    validateBoolean(options.verbatim, 'options.verbatim');
    o.verbatim = options.verbatim;
  }
  if (options?.order != null) {
    oneOf(options.order, 'options.order', ['ipv4first', 'ipv6first', 'verbatim']);
    o.verbatim = options.order === 'verbatim';
  }
  return o;
}

// lookup(hostname, options, done): done(err, address, family) or, with
// all, done(err, [{address, family}]). [finish] is called as node's
// request callbacks are (plain calls for getaddrinfo's answer).
function startLookup(hostname, o, done) {
  if (!hostname) {
    emitInvalidHostnameWarning(hostname);
    if (o.all) process.nextTick(done, null, []);
    else process.nextTick(done, null, null, o.family === 6 ? 6 : 4);
    return;
  }
  const matched = isIP(hostname);
  if (matched) {
    if (o.all) process.nextTick(done, null, [{ address: hostname, family: matched }]);
    else process.nextTick(done, null, hostname, matched);
    return;
  }
  const err = binding.getaddrinfo(require('punycode').toASCII(hostname), o.family, o.hints,
                                  o.verbatim, (status, addresses) => {
    if (status) {
      done(dnsException(status, 'getaddrinfo', hostname));
      return;
    }
    if (o.all) {
      done(null, addresses.map((address) => ({ address, family: o.family || isIP(address) })));
    } else {
      done(null, addresses[0], o.family || isIP(addresses[0]));
    }
  });
  if (err) process.nextTick(done, dnsException(err, 'getaddrinfo', hostname));
}

function lookup(hostname, options, callback) {
  if (hostname) validateString(hostname, 'hostname');
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
    validateFunction(callback, 'callback');
  }
  const o = lookupOptions(options, callback, arguments.length);
  validateFunction(callback, 'callback');
  startLookup(hostname, o, callback);
  return {};
}

function unsupported(name) {
  return function notSupported() {
    throw nodeError(Error, 'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
                    `dns.${name} is not supported by kiln (only dns.lookup is)`);
  };
}

const resolverNames = [
  'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname',
  'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv',
  'resolveTxt', 'reverse',
];

class Resolver {
  constructor() {}
  cancel() {}
  getServers() { return []; }
  setServers() {}
  setLocalAddress() {}
}
for (const name of resolverNames) Resolver.prototype[name] = unsupported(name);

function getDefaultResultOrder() { return defaultVerbatim ? 'verbatim' : 'ipv4first'; }
function setDefaultResultOrder(order) {
  oneOf(order, 'dnsOrder', ['ipv4first', 'verbatim']);
  defaultVerbatim = order === 'verbatim';
}

const codes = {
  NODATA: 'ENODATA', FORMERR: 'EFORMERR', SERVFAIL: 'ESERVFAIL', NOTFOUND: 'ENOTFOUND',
  NOTIMP: 'ENOTIMP', REFUSED: 'EREFUSED', BADQUERY: 'EBADQUERY', BADNAME: 'EBADNAME',
  BADFAMILY: 'EBADFAMILY', BADRESP: 'EBADRESP', CONNREFUSED: 'ECONNREFUSED',
  TIMEOUT: 'ETIMEOUT', EOF: 'EOF', FILE: 'EFILE', NOMEM: 'ENOMEM',
  DESTRUCTION: 'EDESTRUCTION', BADSTR: 'EBADSTR', BADFLAGS: 'EBADFLAGS', NONAME: 'ENONAME',
  BADHINTS: 'EBADHINTS', NOTINITIALIZED: 'ENOTINITIALIZED', LOADIPHLPAPI: 'ELOADIPHLPAPI',
  ADDRGETNETWORKPARAMS: 'EADDRGETNETWORKPARAMS', CANCELLED: 'ECANCELLED',
};

module.exports = {
  lookup,
  lookupService: unsupported('lookupService'),
  Resolver,
  getDefaultResultOrder,
  setDefaultResultOrder,
  setServers() {},
  ADDRCONFIG,
  ALL,
  V4MAPPED,
  ...codes,
  getServers() { return []; },
};
for (const name of resolverNames) module.exports[name] = unsupported(name);
// Internal helpers for dns/promises.
Object.defineProperty(module.exports, '_kiln', {
  value: { lookupOptions, startLookup, unsupported, resolverNames, codes },
  enumerable: false,
});
let promises;
Object.defineProperty(module.exports, 'promises', {
  get() {
    if (promises === undefined) promises = require('dns/promises');
    return promises;
  },
  enumerable: true,
  configurable: true,
});
