// fuzz/rt/http.js: llhttp as the http module drives it
// (stdlib/node/internal_http_common.js's HTTPParser over
// stdlib/node/http_parser.c). The input's first byte picks a request or a
// response parser and where the bytes are cut into chunks; the parser is
// fed the rest chunk by chunk, then finish(), with node's callbacks.
// Parse errors are results (execute returns an Error), never exceptions.
'use strict';
const { Buffer } = require('buffer');
const { HTTPParser, REQUEST, RESPONSE } = require('kiln:internal_http_common');
exports.fuzz = function (s) {
  if (!s.length) return;
  const c = s.charCodeAt(0);
  const buf = Buffer.from(s.slice(1), 'latin1');
  const parser = new HTTPParser(c & 1 ? RESPONSE : REQUEST);
  let events = 0;
  parser.onHeadersComplete = function (major, minor, headers, method, url, status, msg, upgrade) {
    events += headers.length;
    return c & 2 ? 1 : 0;
  };
  parser.onBody = function (b) { events += b.length; };
  parser.onMessageComplete = function (trailers) { events++; };
  const step = 1 + (c >> 2);
  try {
    for (let i = 0; i < buf.length; i += step) {
      const r = parser.execute(buf.subarray(i, i + step));
      if (r instanceof Error) break;
    }
    parser.finish();
  } finally {
    parser.free();
  }
  return events;
};
