// SPDX-License-Identifier: MIT
//
// os.js: node's `os` module. The system queries are natives
// (require('kiln:os'), stdlib/node/os.c); this file shapes their answers
// and validates arguments as node does.
'use strict';

const binding = require('kiln:os');
const {
  validateInt32, systemError,
} = require('kiln:internal_procutil');

function check(result, syscall) {
  if (typeof result === 'number' && result < 0) {
    throw systemError(syscall, result);
  }
  return result;
}

function hostname() { return check(binding.hostname(), 'uv_os_gethostname'); }
function homedir() { return check(binding.homedir(), 'uv_os_homedir'); }

function uname() { return check(binding.uname(), 'uv_os_uname'); }
function type() { return uname()[0]; }
function release() { return uname()[1]; }
function version() { return uname()[2]; }
function machine() { return uname()[3]; }

// $TMPDIR, $TMP, $TEMP or /tmp, without a trailing slash.
function tmpdir() {
  const env = process.env;
  let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

function cpus() { return binding.cpus(); }
function totalmem() { return binding.totalmem(); }
function freemem() { return binding.freemem(); }
function loadavg() { return binding.loadavg(); }
function uptime() { return check(binding.uptime(), 'uv_uptime'); }
function availableParallelism() { return binding.availableParallelism(); }
function endianness() { return 'LE'; }
function arch() { return process.arch; }
function platform() { return process.platform; }

// The prefix length of a netmask ('255.255.255.0' -> 24), or null when the
// mask is not contiguous.
function prefixLength(netmask, v6) {
  const parts = v6 ? netmask.split(':') : netmask.split('.');
  let bits = 0;
  let ended = false;
  for (const part of parts) {
    let n = part === '' ? 0 : parseInt(part, v6 ? 16 : 10);
    const width = v6 ? 16 : 8;
    for (let b = width - 1; b >= 0; b--) {
      if (n & (1 << b)) {
        if (ended) return null;
        bits++;
      } else {
        ended = true;
      }
    }
  }
  return bits;
}

function networkInterfaces() {
  const out = {};
  for (const [name, address, netmask, family, mac, internal, scopeid] of
       binding.interfaces()) {
    const prefix = prefixLength(netmask, family === 'IPv6');
    const entry = { address, netmask, family, mac, internal,
                    cidr: prefix === null ? null : address + '/' + prefix };
    if (family === 'IPv6') entry.scopeid = scopeid;
    (out[name] || (out[name] = [])).push(entry);
  }
  return out;
}

function userInfo(options) {
  const info = check(binding.userInfo(), 'uv_os_get_passwd');
  const out = Object.create(null);
  const asBuffer = options && options.encoding === 'buffer';
  for (const key of ['uid', 'gid', 'username', 'homedir', 'shell']) {
    let v = info[key];
    if (asBuffer && typeof v === 'string') v = Buffer.from(v);
    out[key] = v;
  }
  return out;
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  validateInt32(pid, 'pid');
  const r = binding.getPriority(pid);
  if (Array.isArray(r)) throw systemError('uv_os_getpriority', r[0]);
  return r;
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  const r = binding.setPriority(pid, priority);
  if (r < 0) throw systemError('uv_os_setpriority', r);
}

function nullProto(obj) {
  return Object.assign(Object.create(null), obj);
}

const natives = binding.constants();
const constants = nullProto({
  UV_UDP_REUSEADDR: 4,
  dlopen: nullProto({
    RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8,
  }),
  errno: natives.errno,
  signals: natives.signals,
  priority: nullProto({
    PRIORITY_LOW: 19,
    PRIORITY_BELOW_NORMAL: 10,
    PRIORITY_NORMAL: 0,
    PRIORITY_ABOVE_NORMAL: -7,
    PRIORITY_HIGH: -14,
    PRIORITY_HIGHEST: -20,
  }),
});

// Node's functions whose results are also their string forms
// (`${os.hostname}` is the host name).
for (const fn of [hostname, homedir, release, type, version, machine, uptime,
                  totalmem, freemem, endianness, tmpdir, arch, platform]) {
  fn[Symbol.toPrimitive] = () => fn();
}

module.exports = {
  arch,
  availableParallelism,
  cpus,
  endianness,
  freemem,
  getPriority,
  homedir,
  hostname,
  loadavg,
  networkInterfaces,
  platform,
  release,
  setPriority,
  tmpdir,
  totalmem,
  type,
  userInfo,
  uptime,
  version,
  machine,
};
Object.defineProperty(module.exports, 'constants', {
  value: constants, writable: false, enumerable: true, configurable: false,
});
Object.defineProperty(module.exports, 'EOL', {
  value: '\n', writable: false, enumerable: true, configurable: true,
});
Object.defineProperty(module.exports, 'devNull', {
  value: '/dev/null', writable: false, enumerable: true, configurable: true,
});
