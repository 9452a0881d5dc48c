// exec/execFile set their encoding on the child's pipes (so 'data' gives
// strings, or Buffers with encoding 'buffer'), maxBuffer counts bytes;
// spawn refuses string/Buffer stdio entries as node does.
const cp = require('child_process');
const cases = [['printf "h\\303\\251llo w\\303\\266rld"', { maxBuffer: 3 }], ['printf "h\\303\\251llo"', { maxBuffer: 2 }], ['printf "abc"', { encoding: 'hex' }], ['printf "h\\303\\251"', { encoding: 'latin1' }], ['printf "hello"', { encoding: 'base64' }], ['printf "abc"', { encoding: 'buffer' }], ['printf "h\\303\\251llo"', { encoding: 'buffer', maxBuffer: 2 }], ['printf "x"', { encoding: null }]];
let i = 0;
(function next() {
  if (i >= cases.length) {
    try {
      cp.spawn("ls", { stdio: ["pipe", "bogus"] });
    } catch (e) {
      console.log(e.name, e.code, e.message);
    }
    return;
  }
  const [cmd, o] = cases[i++];
  const c = cp.exec(cmd, o, (err, out, errOut) => { console.log(cmd, JSON.stringify(o), err && err.code, err && err.message, out, JSON.stringify(out), typeof errOut); next(); });
  c.stdout.once('data', (d) => console.log('  first chunk type', typeof d, c.stdout.readableEncoding));
})();
