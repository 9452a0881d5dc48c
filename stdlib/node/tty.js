// SPDX-License-Identifier: MIT
//
// tty.js: node's `tty` module: isatty(fd), and ReadStream/WriteStream over
// a terminal fd (the streams of stdlib/node/internal_stdio.js, which also
// make process.stdin/stdout/stderr).
'use strict';

const stdio = require('kiln:stdio');
const { nodeError } = require('kiln:internal_procutil');

function isatty(fd) {
  return Number.isInteger(fd) && fd >= 0 && fd <= 2147483647 && stdio.isatty(fd);
}

function checkTTY(fd) {
  if (!isatty(fd)) {
    throw nodeError(Error, 'ERR_TTY_INIT_FAILED',
                    'TTY initialization failed: uv_tty_init returned EINVAL ' +
                    '(invalid argument)');
  }
}

// new tty.WriteStream(fd): a synchronous writable stream on terminal fd.
function WriteStream(fd) {
  if (!(this instanceof WriteStream)) return new WriteStream(fd);
  checkTTY(fd);
  return require('kiln:internal_stdio').makeWritable(fd);
}

// new tty.ReadStream(fd): a readable stream on terminal fd.
function ReadStream(fd) {
  if (!(this instanceof ReadStream)) return new ReadStream(fd);
  checkTTY(fd);
  const { PipeReadable } = require('kiln:internal_stdio');
  const id = stdio.openFd(fd, true);
  const s = new PipeReadable(id);
  s.fd = fd;
  s.isTTY = true;
  s.isRaw = false;
  s.setRawMode = function setRawMode(flag) {
    stdio.setRawMode(id, !!flag);
    s.isRaw = !!flag;
    return s;
  };
  return s;
}

module.exports = { isatty, ReadStream, WriteStream };
