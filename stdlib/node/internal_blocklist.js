// SPDX-License-Identifier: MIT
//
// internal_blocklist.js: net.SocketAddress and net.BlockList
// (require('kiln:internal_blocklist')), in plain JS: addresses are parsed
// to bytes (4 for IPv4, 16 for IPv6) and rules compare bytes in order.
// An IPv4-mapped IPv6 address (::ffff:a.b.c.d) matches IPv4 rules and an
// IPv4 address matches IPv6 rules through its mapped form, as in node.
'use strict';

const {
  nodeError, invalidArgType, invalidArgValue, outOfRange, validateString, validateObject,
  validateInt32,
} = require('kiln:internal_procutil');

const kInspect = Symbol.for('nodejs.util.inspect.custom');

// --- addresses as bytes ---------------------------------------------------------------

function parseIPv4(s) {
  const m = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.exec(s);
  if (!m) return null;
  const out = [];
  for (let i = 1; i <= 4; i++) {
    const n = Number(m[i]);
    if (n > 255) return null;
    out.push(n);
  }
  return out;
}

function parseIPv6(s) {
  const pct = s.indexOf('%');
  if (pct >= 0) s = s.slice(0, pct);
  // A dotted IPv4 tail is two more groups.
  if (s.includes('.')) {
    const lastColon = s.lastIndexOf(':');
    const v4 = parseIPv4(s.slice(lastColon + 1));
    if (!v4) return null;
    s = s.slice(0, lastColon + 1) + ((v4[0] << 8) | v4[1]).toString(16) + ':' +
        ((v4[2] << 8) | v4[3]).toString(16);
  }
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const groups = (h) => (h === '' ? [] : h.split(':'));
  let words = groups(halves[0]);
  if (halves.length === 2) {
    const rest = groups(halves[1]);
    const fill = 8 - words.length - rest.length;
    if (fill < 1) return null;
    for (let i = 0; i < fill; i++) words.push('0');
    words = words.concat(rest);
  }
  if (words.length !== 8) return null;
  const out = [];
  for (const w of words) {
    if (!/^[0-9a-fA-F]{1,4}$/.test(w)) return null;
    const n = parseInt(w, 16);
    out.push(n >> 8, n & 0xff);
  }
  return out;
}

function formatIPv4(b) { return b.join('.'); }

// RFC 5952 text: the longest run (two or more) of zero groups becomes '::'.
function formatIPv6(b) {
  const w = [];
  for (let i = 0; i < 16; i += 2) w.push((b[i] << 8) | b[i + 1]);
  let best = -1;
  let bestLen = 1;
  for (let i = 0; i < 8;) {
    if (w[i] !== 0) { i++; continue; }
    let j = i;
    while (j < 8 && w[j] === 0) j++;
    if (j - i > bestLen) { best = i; bestLen = j - i; }
    i = j;
  }
  const hex = (a) => a.map((x) => x.toString(16)).join(':');
  if (best < 0) return hex(w);
  return hex(w.slice(0, best)) + '::' + hex(w.slice(best + bestLen));
}

function compareBytes(a, b) {
  for (let i = 0; i < a.length; i++) {
    if (a[i] !== b[i]) return a[i] < b[i] ? -1 : 1;
  }
  return 0;
}

// --- SocketAddress --------------------------------------------------------------------

const kDetail = Symbol('kDetail');

function validatePort(port, name) {
  if ((typeof port !== 'number' && typeof port !== 'string') ||
      (typeof port === 'string' && port.trim().length === 0) ||
      +port !== (+port >>> 0) || port > 0xFFFF) {
    throw nodeError(RangeError, 'ERR_SOCKET_BAD_PORT',
                    `${name} should be >= 0 and < 65536. ` +
                    require('kiln:internal_procutil').received(port) + '.');
  }
}

class SocketAddress {
  static isSocketAddress(value) {
    return value != null && typeof value === 'object' && value[kDetail] !== undefined;
  }

  constructor(options = {}) {
    validateObject(options, 'options');
    let { family = 'ipv4' } = options;
    const {
      address = (family === 'ipv4' ? '127.0.0.1' : '::'),
      port = 0,
      flowlabel = 0,
    } = options;
    validateString(family, 'options.family');
    family = family.toLowerCase();
    if (family !== 'ipv4' && family !== 'ipv6') {
      throw invalidArgValue('options.family', options.family);
    }
    validateString(address, 'options.address');
    validatePort(port, 'options.port');
    if (typeof flowlabel !== 'number') throw invalidArgType('options.flowlabel', 'of type number', flowlabel);
    if (!Number.isInteger(flowlabel)) throw outOfRange('options.flowlabel', 'an integer', flowlabel);
    if (flowlabel < 0 || flowlabel > 4294967295) {
      throw outOfRange('options.flowlabel', '>= 0 && <= 4294967295', flowlabel);
    }
    const bytes = family === 'ipv4' ? parseIPv4(address) : parseIPv6(address);
    if (!bytes) throw nodeError(Error, 'ERR_INVALID_ADDRESS', 'Invalid socket address');
    this[kDetail] = {
      address: family === 'ipv4' ? formatIPv4(bytes) : formatIPv6(bytes),
      port: port | 0,
      family,
      flowlabel: family === 'ipv6' ? flowlabel | 0 : 0,
      bytes,
    };
  }

  get address() { return this[kDetail].address; }
  get port() { return this[kDetail].port; }
  get family() { return this[kDetail].family; }
  get flowlabel() { return this[kDetail].flowlabel; }

  toJSON() {
    return { address: this.address, port: this.port, family: this.family, flowlabel: this.flowlabel };
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `${this.constructor.name} ${inspect(this.toJSON(), options)}`;
  }
}

// --- BlockList -------------------------------------------------------------------------

const kRules = Symbol('kRules');

function toAddress(value, family, name) {
  if (SocketAddress.isSocketAddress(value)) return value;
  validateString(value, name);
  validateString(family, 'family');
  return new SocketAddress({ address: value, family });
}

// The bytes of [addr] as seen by a rule of [family], or null.
function bytesFor(addr, family) {
  const d = addr[kDetail];
  if (d.family === family) return d.bytes;
  if (family === 'ipv4') {
    const b = d.bytes;
    for (let i = 0; i < 10; i++) if (b[i] !== 0) return null;
    if (b[10] !== 0xff || b[11] !== 0xff) return null;
    return b.slice(12);
  }
  return [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff].concat(d.bytes);
}

function familyName(f) { return f === 'ipv4' ? 'IPv4' : 'IPv6'; }

function inSubnet(bytes, net, prefix) {
  for (let i = 0; i < bytes.length; i++) {
    const bits = Math.min(8, Math.max(0, prefix - i * 8));
    const mask = bits === 0 ? 0 : (0xff << (8 - bits)) & 0xff;
    if ((bytes[i] & mask) !== (net[i] & mask)) return false;
  }
  return true;
}

class BlockList {
  static isBlockList(value) {
    return value != null && typeof value === 'object' && value[kRules] !== undefined;
  }

  constructor() {
    this[kRules] = [];
  }

  addAddress(address, family = 'ipv4') {
    address = toAddress(address, family, 'address');
    this[kRules].unshift({ kind: 'address', a: address });
  }

  addRange(start, end, family = 'ipv4') {
    start = toAddress(start, family, 'start');
    end = toAddress(end, family, 'end');
    if (start.family !== end.family ||
        compareBytes(start[kDetail].bytes, end[kDetail].bytes) > 0) {
      throw invalidArgValue('start', start, 'must come before end');
    }
    this[kRules].unshift({ kind: 'range', a: start, b: end });
  }

  addSubnet(network, prefix, family = 'ipv4') {
    network = toAddress(network, family, 'network');
    validateInt32(prefix, 'prefix', 0, network.family === 'ipv4' ? 32 : 128);
    this[kRules].unshift({ kind: 'subnet', a: network, prefix });
  }

  check(address, family = 'ipv4') {
    if (!SocketAddress.isSocketAddress(address)) {
      validateString(address, 'address');
      validateString(family, 'family');
      try {
        address = new SocketAddress({ address, family });
      } catch {
        return false;
      }
    }
    for (const r of this[kRules]) {
      const fam = r.a.family;
      const bytes = bytesFor(address, fam);
      if (!bytes) continue;
      if (r.kind === 'address' && compareBytes(bytes, r.a[kDetail].bytes) === 0) return true;
      if (r.kind === 'range' && compareBytes(bytes, r.a[kDetail].bytes) >= 0 &&
          compareBytes(bytes, r.b[kDetail].bytes) <= 0) return true;
      if (r.kind === 'subnet' && inSubnet(bytes, r.a[kDetail].bytes, r.prefix)) return true;
    }
    return false;
  }

  get rules() {
    return this[kRules].map((r) => {
      const f = familyName(r.a.family);
      if (r.kind === 'address') return `Address: ${f} ${r.a.address}`;
      if (r.kind === 'range') return `Range: ${f} ${r.a.address}-${r.b.address}`;
      return `Subnet: ${f} ${r.a.address}/${r.prefix}`;
    });
  }

  [kInspect](depth, options, inspect) {
    if (depth < 0) return this;
    return `BlockList ${inspect({ rules: this.rules }, { ...options, depth: options.depth == null ? null : options.depth - 1 })}`;
  }
}

module.exports = { SocketAddress, BlockList };
