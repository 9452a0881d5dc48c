// Signals sent to self: a handler runs (args: name, number), removal
// restores the default, SIGKILL listeners throw, unknown signals throw.
const seen = [];
function onUsr2(name, num) { seen.push([name, num]); console.log('SIGUSR2 handler', name, num); }
process.on('SIGUSR2', onUsr2);
process.once('SIGUSR1', (n) => console.log('SIGUSR1 once', n));
process.kill(process.pid, 'SIGUSR2');
process.kill(process.pid, 'SIGUSR1');
console.log('sent');
setTimeout(() => {
  console.log('after first round', seen.length, process.listenerCount('SIGUSR1'));
  process.kill(process.pid, 12);
  setTimeout(() => {
    console.log('second round', seen.length);
    process.removeListener('SIGUSR2', onUsr2);
    console.log('listeners', process.listenerCount('SIGUSR2'));
    try { process.on('SIGKILL', () => {}); } catch (e) { console.log(e.message, e.code, e.syscall); }
    try { process.kill(process.pid, 'SIGNOPE'); } catch (e) { console.log(e.name, e.code, e.message); }
    console.log(process.kill(process.pid, 0));
    // A SIGTERM listener keeps the default action away.
    process.on('SIGTERM', () => { console.log('SIGTERM caught'); });
    process.kill(process.pid, 'SIGTERM');
    setTimeout(() => console.log('done'), 200);
  }, 200);
}, 200);
