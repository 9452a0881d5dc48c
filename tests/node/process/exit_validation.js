// exitCode and exit() validate their codes as node 20 does.
for (const v of ['a', 1.5, {}, true]) {
  try { process.exitCode = v; console.log('accepted', v); } catch (e) { console.log(e.name, e.code, e.message); }
}
process.exitCode = '5';
console.log(process.exitCode, typeof process.exitCode);
process.exitCode = undefined;
try { process.exit('nope'); } catch (e) { console.log(e.code, e.message); }
process.on('exit', (c) => console.log('exit', c, process.exitCode));
process.exit('3');
