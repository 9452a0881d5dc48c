// SPDX-License-Identifier: MIT
//
// internal_bytes.js: bytes between natives and JS for the stdio streams,
// child_process and readline (require('kiln:internal_bytes')); apart from
// internal_procutil.js, which every executable links, so that a program
// without streams links neither Buffer nor the typed arrays.
'use strict';

// kiln:stdio and kiln:spawn pass bytes as binary strings (one char per
// byte); these turn them into Buffers (Uint8Arrays until buffer exists)
// and back.

let bufferMod;
function bufferModule() {
  if (bufferMod === undefined) {
    try {
      bufferMod = require('buffer');
    } catch {
      bufferMod = null;
    }
  }
  return bufferMod;
}

function bytesFromBinary(s) {
  const m = bufferModule();
  if (m) return m.Buffer.from(s, 'latin1');
  const u = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) u[i] = s.charCodeAt(i);
  return u;
}

function binaryFromBytes(view) {
  const u = view instanceof Uint8Array ? view
    : new Uint8Array(view.buffer, view.byteOffset, view.byteLength);
  let out = '';
  for (let i = 0; i < u.length; i += 8192) {
    out += String.fromCharCode.apply(null, u.subarray(i, i + 8192));
  }
  return out;
}

// The text of binary string [s] in [encoding] ('utf8' without Buffer).
function decodeBinary(s, encoding) {
  const m = bufferModule();
  if (m && encoding && encoding !== 'buffer') {
    return m.Buffer.from(s, 'latin1').toString(encoding);
  }
  if (encoding === 'latin1' || encoding === 'binary') return s;
  return require('kiln:stdio').utf8(s);
}

// A chunk handed to write(): [binary string, true] or [utf-8 text, false].
function binaryOfChunk(chunk, encoding) {
  if (typeof chunk === 'string') {
    if (!encoding || encoding === 'utf8' || encoding === 'utf-8') return [chunk, false];
    const m = bufferModule();
    if (m) return [m.Buffer.from(chunk, encoding).toString('latin1'), true];
    return [chunk, false];
  }
  const m = bufferModule();
  if (m && m.Buffer.isBuffer(chunk)) return [chunk.toString('latin1'), true];
  return [binaryFromBytes(chunk), true];
}

module.exports = {
  bytesFromBinary, binaryFromBytes, decodeBinary, binaryOfChunk,
};
