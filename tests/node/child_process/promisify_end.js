// util.promisify(exec/execFile) resolves { stdout, stderr } and rejects with
// them attached; a child's pipe nobody reads still ends before 'exit' when
// it is empty (node reads it from the start), and after 'exit' otherwise.
const cp = require('child_process');
const util = require('util');

function order(script) {
  return new Promise((resolve) => {
    const events = [];
    const c = cp.spawn('sh', ['-c', script]);
    c.on('exit', (code) => events.push('exit ' + code));
    c.stdout.on('end', () => events.push('stdout end'));
    c.stderr.on('end', () => events.push('stderr end'));
    c.on('close', (code) => {
      events.push('close ' + code);
      // stdout and stderr end in either order: say where 'exit' came.
      resolve(events.indexOf('exit ' + code) + ' of ' + events.length);
    });
  });
}

(async () => {
  const exec = util.promisify(cp.exec);
  const execFile = util.promisify(cp.execFile);
  console.log(await exec('echo one; echo two >&2'));
  const p = execFile('printf', ['%s|', 'a', 'b']);
  console.log(typeof p.child.pid, p.child.constructor.name);
  console.log(await p);
  try {
    await exec('echo partial; exit 4');
  } catch (e) {
    console.log('rejected', e.code, JSON.stringify(e.stdout), JSON.stringify(e.stderr));
  }
  try {
    await execFile('sh', ['-c', 'echo oops >&2; exit 2'], { encoding: 'buffer' });
  } catch (e) {
    console.log('rejected', e.code, e.stdout, e.stderr);
  }
  console.log(await order('exit 0'));
  console.log(await order('exit 5'));
  let n = 0;
  for (let i = 0; i < 5; i++) if ((await order('true')) === '2 of 4') n++;
  console.log('empty pipes ended first', n);
  console.log(await order('echo out; echo err >&2; exit 1'));
})();
