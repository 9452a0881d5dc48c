// SPDX-License-Identifier: MIT
//
// cluster.js: node's `cluster` module. The primary forks workers running
// this same executable (child_process.fork of process.argv[1], which is
// the main module compiled in); a worker knows it is one by
// NODE_UNIQUE_ID, its worker id, as in node.
//
// Servers are shared with node's default Linux policy, round-robin
// (SCHED_RR): a worker's listen() asks the primary (queryServer); the
// primary binds and listens once per address, sends the worker a copy of
// the listening handle (so server.address() answers in the worker; the
// worker never accepts on it), accepts each connection itself and hands
// it to the next worker listening there ('newconn' with the socket over
// the IPC channel). SCHED_NONE (NODE_CLUSTER_SCHED_POLICY=none or
// cluster.schedulingPolicy) has each worker listen on its copy of the
// handle, so the kernel chooses. Messages are the internal 'NODE_CLUSTER'
// ones of stdlib/node/child_process.js's channel.
'use strict';

const EventEmitter = require('events');
const net = require('net');
const netBinding = require('kiln:net');

const SCHED_NONE = 1;
const SCHED_RR = 2;

const cluster = new EventEmitter();
const isWorker = process.env.NODE_UNIQUE_ID !== undefined;
cluster.isWorker = isWorker;
cluster.isMaster = !isWorker;
cluster.isPrimary = !isWorker;
cluster.Worker = null;
cluster.workers = isWorker ? undefined : {};
cluster.settings = {};
cluster.SCHED_NONE = SCHED_NONE;
cluster.SCHED_RR = SCHED_RR;
const policyEnv = process.env.NODE_CLUSTER_SCHED_POLICY;
cluster.schedulingPolicy = policyEnv === 'none' ? SCHED_NONE : SCHED_RR;

function internal(message) {
  return { cmd: 'NODE_CLUSTER', ...message };
}

// --- Worker ------------------------------------------------------------------------------

class Worker extends EventEmitter {
  constructor(options) {
    super();
    if (options === null || typeof options !== 'object') options = {};
    this.exitedAfterDisconnect = undefined;
    this.state = options.state || 'none';
    this.id = options.id | 0;
    if (options.process) {
      this.process = options.process;
      this.process.on('error', (code, signal) => this.emit('error', code, signal));
      this.process.on('message', (message, handle) => this.emit('message', message, handle));
    }
  }

  send(...args) { return this.process.send(...args); }
  isDead() { return this.process.exitCode != null || this.process.signalCode != null; }
  isConnected() { return this.process.connected; }
}
cluster.Worker = Worker;

// --- the primary -------------------------------------------------------------------------

let ids = 0;
let setupDone = false;
const servers = new Map();  // key -> {handle, workers: [Worker], next, sched}

function setupPrimary(options) {
  const settings = {
    args: process.argv.slice(2),
    exec: process.argv[1],
    execArgv: process.execArgv,
    silent: false,
    ...cluster.settings,
    ...options,
  };
  cluster.settings = settings;
  if (setupDone) {
    cluster.emit('setup', settings);
    return;
  }
  setupDone = true;
  if (settings.schedulingPolicy !== undefined) cluster.schedulingPolicy = settings.schedulingPolicy;
  process.nextTick(() => cluster.emit('setup', settings));
}

function removeWorker(worker) {
  delete cluster.workers[worker.id];
  dropServers(worker);
}

// [worker] no longer listens at [key]: the primary closes the handle that
// no worker listens on any more.
function dropServer(worker, key) {
  const s = servers.get(key);
  if (!s) return;
  s.workers = s.workers.filter((w) => w !== worker);
  if (s.workers.length === 0) {
    s.handle.close();
    servers.delete(key);
  }
}

function forkWorker(env) {
  setupPrimary();
  const id = ++ids;
  const settings = cluster.settings;
  const { fork } = require('child_process');
  const workerEnv = { ...process.env, ...env, NODE_UNIQUE_ID: String(id) };
  if (cluster.schedulingPolicy === SCHED_NONE) workerEnv.NODE_CLUSTER_SCHED_POLICY = 'none';
  const child = fork(settings.exec, settings.args, {
    cwd: settings.cwd,
    env: workerEnv,
    execArgv: settings.execArgv,
    silent: settings.silent,
    stdio: settings.stdio,
    uid: settings.uid,
    gid: settings.gid,
    serialization: settings.serialization,
  });
  const worker = new Worker({ id, process: child });
  worker.on('message', (message, handle) => cluster.emit('message', worker, message, handle));
  child.on('internalMessage', (message, handle) => onWorkerMessage(worker, message, handle));
  child.once('exit', (code, signal) => {
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    worker.state = 'dead';
    if (!child.connected) removeWorker(worker);
    worker.emit('exit', code, signal);
    cluster.emit('exit', worker, code, signal);
  });
  child.once('disconnect', () => {
    worker.exitedAfterDisconnect = !!worker.exitedAfterDisconnect;
    if (worker.isDead()) removeWorker(worker);
    else dropServers(worker);
    worker.state = 'disconnected';
    worker.emit('disconnect');
    cluster.emit('disconnect', worker);
  });
  worker.disconnect = function disconnect() {
    this.exitedAfterDisconnect = true;
    if (child.connected) child.send(internal({ act: 'disconnect' }));
    dropServers(this);
    return this;
  };
  // As node 20's: the signal at once (exitedAfterDisconnect stays false).
  worker.kill = worker.destroy = function kill(signal) {
    child.kill(signal || 'SIGTERM');
  };
  cluster.workers[id] = worker;
  process.nextTick(() => cluster.emit('fork', worker));
  return worker;
}

function dropServers(worker) {
  for (const key of [...servers.keys()]) dropServer(worker, key);
}

// Binds and listens once per address (a worker's listen() asks): the
// handle, or a negative errno.
function serverFor(message) {
  // As node's key: a worker's n-th listen() on an address shares the
  // handle of the other workers' n-th (so port 0 too).
  const key = `${message.address}:${message.port}:${message.addressType}:${message.index}`;
  let s = servers.get(key);
  if (s) return s;
  let address = message.address;
  let handle;
  if (!address) {
    handle = net._createServerHandle('::', message.port, 6, undefined, message.flags);
    if (typeof handle === 'number') {
      handle = net._createServerHandle('0.0.0.0', message.port, 4, undefined, message.flags);
    }
  } else {
    handle = net._createServerHandle(address, message.port, message.addressType, undefined,
                                     message.flags);
  }
  if (typeof handle === 'number') return handle;
  s = { key, handle, workers: [], next: 0 };
  if (cluster.schedulingPolicy === SCHED_RR) {
    const err = netBinding.listen(handle.id, message.backlog || 511,
                                  (status, id) => distribute(s, status, id));
    if (err) {
      handle.close();
      return err;
    }
  }
  servers.set(key, s);
  return s;
}

// Round-robin: the next worker listening there gets the connection.
function distribute(s, status, id) {
  if (status || id < 0) return;
  const socket = net._handleFromId(id, false);
  const live = s.workers.filter((w) => w.process.connected);
  if (live.length === 0) {
    socket.close();
    return;
  }
  const worker = live[s.next++ % live.length];
  worker.process._send(internal({ act: 'newconn', key: s.key }), socket,
                       { swallowErrors: true });
}

function onWorkerMessage(worker, message) {
  if (message.act === 'online') {
    worker.state = 'online';
    worker.emit('online');
    cluster.emit('online', worker);
  } else if (message.act === 'queryServer') {
    const s = serverFor(message);
    const reply = internal({ ack: message.seq });
    if (typeof s === 'number') {
      reply.errno = s;
      worker.process._send(reply, null, { swallowErrors: true });
      return;
    }
    s.workers.push(worker);
    reply.key = s.key;
    worker.process._send(reply, s.handle, { keepOpen: true, swallowErrors: true });
  } else if (message.act === 'listening') {
    const address = {
      addressType: message.addressType,
      address: message.address,
      port: message.port,
      fd: message.fd,
    };
    worker.state = 'listening';
    worker.emit('listening', address);
    cluster.emit('listening', worker, address);
  } else if (message.act === 'close') {
    dropServer(worker, message.key);
  } else if (message.act === 'exitedAfterDisconnect') {
    worker.exitedAfterDisconnect = true;
  }
}

function disconnectAll(cb) {
  const workers = Object.values(cluster.workers);
  let waiting = workers.length;
  if (typeof cb === 'function') {
    if (waiting === 0) process.nextTick(cb);
    for (const w of workers) {
      w.once('disconnect', () => {
        if (--waiting === 0) cb();
      });
    }
  }
  for (const w of workers) if (w.isConnected()) w.disconnect();
}

// --- a worker --------------------------------------------------------------------------

let seq = 0;
const pending = new Map();   // seq -> callback of a queryServer
const workerServers = new Set();

function setupWorker() {
  const worker = new Worker({ id: +process.env.NODE_UNIQUE_ID, process, state: 'none' });
  cluster.worker = worker;
  worker.disconnect = function disconnect() {
    workerDisconnect(false);
    return this;
  };
  worker.kill = worker.destroy = function kill(signal) {
    this.exitedAfterDisconnect = true;
    if (process.connected) {
      workerDisconnect(false, () => process.kill(process.pid, signal || 'SIGTERM'));
    } else {
      process.exit(0);
    }
  };
  process.once('disconnect', () => {
    worker.emit('disconnect');
    if (!worker.exitedAfterDisconnect) process.exit(0);
  });
  process.on('internalMessage', (message, handle) => {
    if (message.cmd !== 'NODE_CLUSTER') return;
    if (message.ack !== undefined) {
      const cb = pending.get(message.ack);
      pending.delete(message.ack);
      if (cb) cb(message, handle);
    } else if (message.act === 'newconn') {
      for (const server of workerServers) {
        if (server._clusterKey === message.key && server._handle) {
          net._onconnection(server._handle, 0, handle.id);
          return;
        }
      }
      handle.close();
    } else if (message.act === 'disconnect') {
      workerDisconnect(true);
    }
  });
  net._clusterGetServer = getServer;
  worker.state = 'online';
  process.send(internal({ act: 'online' }));
}

// Closes the worker's servers, then its channel (node's _disconnect).
function workerDisconnect(primaryInitiated, then) {
  const worker = cluster.worker;
  worker.exitedAfterDisconnect = true;
  let waiting = 1;
  const done = () => {
    if (--waiting > 0) return;
    const finish = () => {
      if (process.connected) process.disconnect();
      if (then) then();
    };
    if (primaryInitiated || !process.connected) finish();
    else process.send(internal({ act: 'exitedAfterDisconnect' }), finish);
  };
  for (const server of workerServers) {
    waiting++;
    server.close(done);
  }
  workerServers.clear();
  done();
}

// A worker's server.listen(): the primary's handle (net.js calls this).
const listenIndex = new Map();  // address:port:type -> listen() calls so far

function getServer(server, address, port, addressType, backlog, fd, flags) {
  const id = ++seq;
  const base = `${address}:${port}:${addressType}`;
  const index = listenIndex.get(base) || 0;
  listenIndex.set(base, index + 1);
  pending.set(id, (reply, handle) => {
    if (reply.errno !== undefined) {
      const err = new Error(`bind ${require('kiln:os').errname(reply.errno)[0]} ` +
                            `${address || '0.0.0.0'}:${port}`);
      err.errno = reply.errno;
      err.code = require('kiln:os').errname(reply.errno)[0];
      err.syscall = 'bind';
      err.address = address || '0.0.0.0';
      err.port = port;
      server.emit('error', err);
      return;
    }
    server._clusterKey = reply.key;
    workerServers.add(server);
    server.once('close', () => {
      workerServers.delete(server);
      // The primary stops handing this worker connections for it.
      if (process.connected) process.send(internal({ act: 'close', key: reply.key }));
    });
    server._handle = handle;
    handle.owner = server;
    if (cluster.schedulingPolicy === SCHED_NONE) {
      server._listen2(address, port, addressType, backlog, fd, flags);
    } else {
      server._connectionKey = reply.key;
      if (server._unref) server.unref();
      process.nextTick(() => {
        if (server._handle) server.emit('listening');
      });
    }
    const a = server.address();
    process.send(internal({
      act: 'listening',
      addressType: a && a.family === 'IPv6' ? 6 : 4,
      address: a ? a.address : address,
      port: a ? a.port : port,
      fd,
    }));
  });
  process.send(internal({ act: 'queryServer', seq: id, address, port, addressType, backlog,
                          flags, index }));
}

// --- module ------------------------------------------------------------------------------

if (isWorker) {
  setupWorker();
} else {
  cluster.setupPrimary = setupPrimary;
  cluster.setupMaster = setupPrimary;
  cluster.fork = forkWorker;
  cluster.disconnect = disconnectAll;
}

module.exports = cluster;
