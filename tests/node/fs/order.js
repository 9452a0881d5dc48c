// Event-loop order around fs callbacks, where node defines it: sync code
// before any callback; nextTicks, then promise jobs, right after each
// callback; inside an I/O callback (or a promise settled by one)
// setImmediate fires before setTimeout 0.
const fs = require('fs');
const fsp = require('fs/promises');
const log = [];
const out = (s) => log.push(s);

fs.stat(__filename, () => {
  out('stat cb');
  setTimeout(() => {
    out('timeout in cb');
    fs.readFile(__filename, () => {
      out('readFile cb');
      Promise.resolve().then(() => out('microtask in readFile cb'));
      process.nextTick(() => out('tick in readFile cb'));
      setTimeout(() => {
        out('timeout 2');
        fsp.readFile(__filename).then(() => {
          out('promise readFile');
          setTimeout(() => out('timeout 3'), 0);
          setImmediate(() => out('immediate 3'));
        });
      }, 0);
      setImmediate(() => {
        out('immediate 2');
        process.nextTick(() => out('tick in immediate'));
      });
    });
  }, 0);
  setImmediate(() => out('immediate in cb'));
  Promise.resolve().then(() => out('microtask in cb'));
  process.nextTick(() => out('tick in cb'));
});
process.nextTick(() => out('tick main'));
Promise.resolve().then(() => out('microtask main'));
out('sync end');
process.on('exit', () => console.log(log.join('\n')));
