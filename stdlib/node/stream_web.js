// SPDX-License-Identifier: MIT
//
// stream_web.js: require('stream/web'), node 20's WHATWG streams (the
// classes live in internal_webstreams.js).
'use strict';

const web = require('kiln:internal_webstreams');
const adapters = require('kiln:internal_webstreams_adapters');

module.exports = {
  ReadableStream: web.ReadableStream,
  ReadableStreamDefaultReader: web.ReadableStreamDefaultReader,
  ReadableStreamBYOBReader: web.ReadableStreamBYOBReader,
  ReadableStreamBYOBRequest: web.ReadableStreamBYOBRequest,
  ReadableByteStreamController: web.ReadableByteStreamController,
  ReadableStreamDefaultController: web.ReadableStreamDefaultController,
  TransformStream: web.TransformStream,
  TransformStreamDefaultController: web.TransformStreamDefaultController,
  WritableStream: web.WritableStream,
  WritableStreamDefaultWriter: web.WritableStreamDefaultWriter,
  WritableStreamDefaultController: web.WritableStreamDefaultController,
  ByteLengthQueuingStrategy: web.ByteLengthQueuingStrategy,
  CountQueuingStrategy: web.CountQueuingStrategy,
  TextEncoderStream: web.TextEncoderStream,
  TextDecoderStream: web.TextDecoderStream,
  CompressionStream: adapters.CompressionStream,
  DecompressionStream: adapters.DecompressionStream,
};
