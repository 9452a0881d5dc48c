const util = require('util');
console.log(process.argv.length, typeof process.argv[0], process.argv0.length > 0, typeof process.execPath);
console.log(typeof process.env.PATH, process.env.NOT_SET_VAR_X, 'NOT_SET_VAR_X' in process.env);
process.env.NUMVAR = 42; process.env.UNDEF = undefined;
console.log(typeof process.env.NUMVAR, process.env.NUMVAR, process.env.UNDEF, delete process.env.NUMVAR, process.env.NUMVAR);
const t = process.hrtime(); const d = process.hrtime(t);
console.log(Array.isArray(t), t.length, d[0] >= 0, typeof process.hrtime.bigint());
console.log(Object.keys(process.memoryUsage()), Object.keys(process.cpuUsage()), typeof process.uptime());
console.log(process.platform, typeof process.arch, process.version.startsWith('v20.'), typeof process.versions.node, typeof process.pid, typeof process.ppid);
console.log(process.cwd() === __dirname, typeof process.umask(), process.title.length > 0, process.exitCode);
console.log(typeof process.release.name, process.release.name, process.config && typeof process.config, typeof process.features);
const before = process.cwd(); process.chdir('/'); console.log(process.cwd()); process.chdir(before);
try { process.chdir('/no/such/dir/here'); } catch (e) { console.log(e.code, e.syscall, e.message.replace(process.cwd(), '<cwd>')); }
try { process.kill(process.pid, 'SIGNOPE'); } catch (e) { console.log(e.code, e.message); }
console.log(process.kill(process.pid, 0));
process.on('warning', (w) => console.log('on warning:', w.name, w.message, w.code));
process.emitWarning('something odd');
process.emitWarning('with type', 'CustomWarning', 'W001');
process.emitWarning(new Error('as error'));
process.emitWarning('deprecated thing', { type: 'DeprecationWarning', code: 'DEP0999', detail: 'more info' });
process.on('beforeExit', (c) => { console.log('beforeExit', c); if (!global.done) { global.done = true; setTimeout(() => console.log('revived'), 1); } });
process.on('exit', (c) => { console.log('exit handler', c, process.exitCode); setTimeout(() => console.log('never printed'), 0); });
process.stdout.write('written with write\n');
console.log(process.stdout.isTTY, process.stdin.isTTY, typeof process.stdout.fd, process.stderr.fd);
console.log(util.inspect(process.nextTick), process.listenerCount('exit'), typeof process.getuid(), typeof process.emit);
process.exitCode = 3;
