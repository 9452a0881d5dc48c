// SPDX-License-Identifier: MIT
//
// module.js: node's `module`: createRequire, builtinModules, isBuiltin.
// A require made by createRequire finds the modules the compiler saw
// required by literal specifiers in that file (module/graph.c).
'use strict';

const internal = require('kiln:internal');

const builtinModules = [
  '_http_agent', '_http_client', '_http_common', '_http_incoming', '_http_outgoing',
  '_http_server', '_stream_duplex', '_stream_passthrough', '_stream_readable',
  '_stream_transform', '_stream_wrap', '_stream_writable', '_tls_common', '_tls_wrap',
  'assert', 'assert/strict', 'async_hooks', 'buffer', 'child_process', 'cluster', 'console',
  'constants', 'crypto', 'dgram', 'diagnostics_channel', 'dns', 'dns/promises', 'domain',
  'events', 'fs', 'fs/promises', 'http', 'http2', 'https', 'inspector', 'inspector/promises',
  'module', 'net', 'os', 'path', 'path/posix', 'path/win32', 'perf_hooks', 'process',
  'punycode', 'querystring', 'readline', 'readline/promises', 'repl', 'stream',
  'stream/consumers', 'stream/promises', 'stream/web', 'string_decoder', 'sys', 'timers',
  'timers/promises', 'tls', 'trace_events', 'tty', 'url', 'util', 'util/types', 'v8', 'vm',
  'wasi', 'worker_threads', 'zlib',
];

function isBuiltin(name) {
  const s = String(name);
  const bare = s.startsWith('node:') ? s.slice(5) : s;
  return builtinModules.includes(bare) || s === 'node:test' || s === 'node:test/reporters' ||
    s === 'node:sea';
}

function createRequire(filename) {
  let f = filename;
  if (f !== null && typeof f === 'object' && typeof f.href === 'string') f = f.href;
  if (typeof f !== 'string' || (!f.startsWith('file:') && !f.startsWith('/'))) {
    const err = new TypeError('The argument \'filename\' must be a file URL object, file URL ' +
      'string, or absolute path string. Received ' + internal.inspect(filename));
    err.code = 'ERR_INVALID_ARG_VALUE';
    throw err;
  }
  if (f.startsWith('file://')) f = decodeURIComponent(f.slice(7));
  return internal.createRequire(f);
}

module.exports = { builtinModules, createRequire, isBuiltin };
module.exports.Module = module.exports;
