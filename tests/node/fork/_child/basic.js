'use strict';
const path = require('path');
const info = {
  argv: process.argv.slice(2),
  main: path.relative(process.cwd(), process.argv[1]),
  connected: process.connected,
  send: typeof process.send,
  isMain: require.main === module,
  execArgv: process.execArgv,
  channel: typeof process.channel.ref,
};
process.on('message', (m) => {
  process.send({ doubled: m.n * 2, echo: m.text, list: m.list }, () => {
    process.disconnect();
    process.exitCode = 3;
  });
});
process.on('disconnect', () => {
  // only the parent prints: the order of two processes' output is not fixed
});
process.send({ ready: true, info });
