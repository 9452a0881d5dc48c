// SPDX-License-Identifier: MIT
//
// https.js: node's `https`: an http.Server's request handling over a
// tls.Server (its 'secureConnection' sockets), and http's client with an
// Agent whose connections are tls.connect's, keyed also by the TLS options
// that make a connection differ.
'use strict';

const tls = require('tls');
const { Server: HttpServer, setupHttpServer } = require('kiln:internal_http_server');
const { Agent: HttpAgent, ClientRequest } = require('kiln:internal_http_client');
const { invalidArgType } = require('kiln:internal_procutil');

// --- Server ----------------------------------------------------------------------------------

function Server(opts, requestListener) {
  if (!(this instanceof Server)) return new Server(opts, requestListener);
  if (typeof opts === 'function') {
    requestListener = opts;
    opts = {};
  } else if (opts == null || typeof opts === 'object') {
    opts = { ...opts };
  } else {
    throw invalidArgType('options', 'of type object', opts);
  }
  if (!opts.ALPNProtocols) opts.ALPNProtocols = ['http/1.1'];
  tls.Server.call(this, { noDelay: true, ...opts, allowHalfOpen: true });
  setupHttpServer(this, opts, requestListener, 'secureConnection');
  this.timeout = 0;
  this.on('tlsClientError', function onTlsClientError(err, socket) {
    if (this.listenerCount('tlsClientError') === 1 && socket && !socket.destroyed) {
      socket.destroy(err);
    }
  });
}
Object.setPrototypeOf(Server.prototype, tls.Server.prototype);
Object.setPrototypeOf(Server, tls.Server);

for (const name of ['closeAllConnections', 'closeIdleConnections', 'setTimeout', 'close']) {
  Server.prototype[name] = HttpServer.prototype[name];
}

function createServer(opts, requestListener) {
  return new Server(opts, requestListener);
}

// --- Agent -----------------------------------------------------------------------------------

function Agent(options) {
  if (!(this instanceof Agent)) return new Agent(options);
  HttpAgent.call(this, options);
  this.defaultPort = 443;
  this.protocol = 'https:';
  this.maxCachedSessions = this.options.maxCachedSessions;
  if (this.maxCachedSessions === undefined) this.maxCachedSessions = 100;
  this._sessionCache = { map: {}, list: [] };
}
Object.setPrototypeOf(Agent.prototype, HttpAgent.prototype);
Object.setPrototypeOf(Agent, HttpAgent);
Agent.prototype.createConnection = function createConnection(...args) {
  return tls.connect(...normalizeAgentArgs(args));
};

function normalizeAgentArgs(args) {
  let options = {};
  let cb;
  for (const a of args) {
    if (typeof a === 'function') cb = a;
    else if (a !== null && typeof a === 'object') options = { ...options, ...a };
  }
  if (typeof args[0] === 'number') options.port = args[0];
  if (typeof args[1] === 'string') options.host = args[1];
  return cb ? [options, cb] : [options];
}

const TLS_KEY_OPTIONS = ['ca', 'cert', 'clientCertEngine', 'ciphers', 'key', 'pfx',
  'rejectUnauthorized', 'servername', 'minVersion', 'maxVersion', 'secureProtocol',
  'crl', 'honorCipherOrder', 'ecdhCurve', 'dhparam', 'secureOptions', 'sessionIdContext',
  'sigalgs', 'privateKeyIdentifier', 'privateKeyEngine'];

Agent.prototype.getName = function getName(options = {}) {
  let name = HttpAgent.prototype.getName.call(this, options);
  for (const k of TLS_KEY_OPTIONS) {
    name += ':';
    const v = options[k];
    if (v !== undefined && v !== null) name += typeof v === 'object' ? String(v) : v;
  }
  return name;
};

const globalAgent = new Agent({ keepAlive: true, scheduling: 'lifo', timeout: 5000 });

// --- requests --------------------------------------------------------------------------------

function urlToOptions(url) {
  const o = {
    protocol: url.protocol,
    hostname: url.hostname.startsWith('[') ? url.hostname.slice(1, -1) : url.hostname,
    hash: url.hash,
    search: url.search,
    pathname: url.pathname,
    path: `${url.pathname || ''}${url.search || ''}`,
    href: url.href,
  };
  if (url.port !== '') o.port = Number(url.port);
  if (url.username || url.password) {
    o.auth = `${decodeURIComponent(url.username)}:${decodeURIComponent(url.password)}`;
  }
  return o;
}

function request(...args) {
  let options = {};
  if (typeof args[0] === 'string') {
    options = urlToOptions(new URL(args.shift()));
  } else if (args[0] && typeof args[0] === 'object' && typeof args[0].href === 'string' &&
             typeof args[0].searchParams === 'object') {
    options = urlToOptions(args.shift());
  }
  if (args[0] && typeof args[0] !== 'function') Object.assign(options, args.shift());
  options._defaultAgent = module.exports.globalAgent;
  args.unshift(options);
  return new ClientRequest(...args);
}

function get(input, options, cb) {
  const req = request(input, options, cb);
  req.end();
  return req;
}

module.exports = {
  Agent,
  globalAgent,
  Server,
  createServer,
  get,
  request,
};
