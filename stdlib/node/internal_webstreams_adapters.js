// SPDX-License-Identifier: MIT
//
// internal_webstreams_adapters.js: web streams over node's streams: the
// adapters behind Readable.toWeb and Writable.toWeb (stdlib/node/stream.js)
// and CompressionStream/DecompressionStream, a zlib stream seen through them
// (node's newReadableWritablePairFromDuplex). Separate from
// internal_webstreams.js so that ReadableStream alone links neither zlib nor
// stream.
'use strict';

const {
  ReadableStream, WritableStream, CountQueuingStrategy, kState, deferred, resolvedWith,
  pairAccessors, customInspect, nodeError, show,
} = require('kiln:internal_webstreams');

const inspectCustom = Symbol.for('nodejs.util.inspect.custom');

// ---- adapters between node streams and web streams -----------------------------------

function readableFromNode(nodeStream, options = {}) {
  const objectMode = !!(nodeStream.readableObjectMode);
  let strategy = options.strategy;
  if (strategy === undefined) {
    const hwm = nodeStream.readableHighWaterMark;
    strategy = objectMode ? new CountQueuingStrategy({ highWaterMark: hwm })
      : { highWaterMark: hwm, size(chunk) { return chunk.length; } };
  }
  const { finished } = require('stream');
  let controller;
  const onData = (chunk) => {
    if (Buffer.isBuffer(chunk) && !objectMode) chunk = new Uint8Array(chunk);
    controller.enqueue(chunk);
    if (controller.desiredSize <= 0) nodeStream.pause();
  };
  let cleanup;
  const onFinished = (error) => {
    cleanup();
    if (error && error.code === 'ERR_STREAM_PREMATURE_CLOSE') {
      const { AbortError } = require('kiln:internal_abort');
      error = new AbortError(undefined, { cause: error });
    }
    if (error) {
      controller.error(error);
      return;
    }
    try {
      controller.close();
    } catch (e) {
      // already closed
    }
  };
  nodeStream.pause();
  cleanup = finished(nodeStream, onFinished);
  nodeStream.on('data', onData);
  return new ReadableStream({
    start(c) { controller = c; },
    pull() { nodeStream.resume(); },
    cancel(reason) { nodeStream.destroy(reason); },
  }, strategy);
}

function writableFromNode(nodeStream) {
  const { finished } = require('stream');
  let controller, closed, backpressurePromise;
  const onDrain = () => {
    if (backpressurePromise !== undefined) backpressurePromise.resolve();
  };
  const cleanup = finished(nodeStream, (error) => {
    cleanup();
    nodeStream.removeListener('drain', onDrain);
    if (error != null) {
      if (backpressurePromise !== undefined) backpressurePromise.reject(error);
      if (closed !== undefined) {
        closed.reject(error);
        closed = undefined;
      }
      controller.error(error);
      controller = undefined;
      return;
    }
    if (closed !== undefined) {
      closed.resolve();
      closed = undefined;
      return;
    }
    const { AbortError } = require('kiln:internal_abort');
    controller.error(new AbortError());
    controller = undefined;
  });
  nodeStream.on('drain', onDrain);
  return new WritableStream({
    start(c) { controller = c; },
    write(chunk) {
      if (nodeStream.writableNeedDrain || !nodeStream.write(chunk)) {
        backpressurePromise = deferred();
        return backpressurePromise.promise.finally(() => { backpressurePromise = undefined; });
      }
    },
    abort(reason) { nodeStream.destroy(reason); },
    close() {
      if (closed === undefined && !nodeStream.writableFinished) {
        closed = deferred();
        nodeStream.end();
        return closed.promise;
      }
      controller = undefined;
      return resolvedWith(undefined);
    },
  }, { highWaterMark: nodeStream.writableHighWaterMark });
}

// A zlib stream as a readable/writable pair.
function zlibTransform(handle) {
  return {
    readable: readableFromNode(handle),
    writable: writableFromNode(handle),
  };
}

function compressionFormat(format) {
  if (format !== 'deflate' && format !== 'deflate-raw' && format !== 'gzip') {
    throw nodeError(TypeError, 'ERR_INVALID_ARG_VALUE',
                    "The argument 'format' is invalid. Received " + show(format));
  }
  return format;
}

class CompressionStream {
  constructor(format) {
    const zlib = require('zlib');
    format = compressionFormat(format);
    const handle = format === 'deflate' ? zlib.createDeflate()
      : format === 'deflate-raw' ? zlib.createDeflateRaw() : zlib.createGzip();
    this[kState] = { transform: zlibTransform(handle) };
  }

  [inspectCustom](depth, options) {
    return customInspect(this, 'CompressionStream', {
      readable: this.readable, writable: this.writable,
    }, depth, options);
  }
}
pairAccessors(CompressionStream, 'CompressionStream', true);

class DecompressionStream {
  constructor(format) {
    const zlib = require('zlib');
    format = compressionFormat(format);
    const handle = format === 'deflate' ? zlib.createInflate()
      : format === 'deflate-raw' ? zlib.createInflateRaw() : zlib.createGunzip();
    this[kState] = { transform: zlibTransform(handle) };
  }

  [inspectCustom](depth, options) {
    return customInspect(this, 'DecompressionStream', {
      readable: this.readable, writable: this.writable,
    }, depth, options);
  }
}
pairAccessors(DecompressionStream, 'DecompressionStream', true);

module.exports = {
  CompressionStream,
  DecompressionStream,
  readableFromNode,
  writableFromNode,
};
