// SPDX-License-Identifier: MIT
//
// stream_promises.js: node's `stream/promises` module: pipeline() and
// finished() returning promises (stdlib/node/stream.js does the work).
'use strict';

const stream = require('stream');
const internals = stream[Symbol.for('kiln.stream.internals')];

module.exports = {
  finished: internals.finishedPromise,
  pipeline: internals.pipelinePromise,
};
