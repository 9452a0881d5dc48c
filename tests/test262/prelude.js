// prelude.js: the host part of test262 (INTERPRETING.md, "Host-Defined
// Functions"), put before harness/assert.js by tests/test262/run.py.
// Kiln has one realm and no agents, so those hooks fail loudly; tests that
// need them fail instead of passing by accident.
var $262 = {
  global: globalThis,
  gc() {},
  detachArrayBuffer(buffer) {
    // ArrayBuffer.prototype.transfer detaches its receiver.
    buffer.transfer();
    return null;
  },
  evalScript() {
    throw new SyntaxError('evalScript unsupported');
  },
  createRealm() {
    throw new Test262Error('createRealm unsupported');
  },
  agent: {},
};
if (typeof globalThis.print !== 'function') {
  globalThis.print = function (...args) {
    console.log(args.join(' '));
  };
}
// test262 hosts do not fail a test for a promise rejected without a
// handler (many Promise tests create one on purpose); node, and so kiln,
// exit 1 on one. Opt out where the host has node's process object.
if (typeof process === 'object' && process !== null &&
    typeof process.on === 'function') {
  process.on('unhandledRejection', function () {});
}
