// Shapes of process's informational members (values vary by machine).
const keys = (o) => Object.keys(o).join(',');
console.log(typeof process.argv0, typeof process.execPath, require('path').isAbsolute(process.execPath), Array.isArray(process.execArgv));
console.log(process.title, typeof process.config, typeof process.features, typeof process.release.name, process.release.name);
console.log(typeof process.pid, typeof process.ppid, process.pid !== process.ppid);
console.log(process.platform, typeof process.arch, process.version.startsWith('v20.'), typeof process.versions.uv, typeof process.versions.node);
console.log(keys(process.memoryUsage()), typeof process.memoryUsage.rss());
console.log(keys(process.cpuUsage()), keys(process.resourceUsage()));
const c1 = process.cpuUsage();
const c2 = process.cpuUsage(c1);
console.log(c2.user >= 0, c2.system >= 0);
try { process.cpuUsage({ user: -1, system: 0 }); } catch (e) { console.log(e.code, e.message); }
try { process.cpuUsage(5); } catch (e) { console.log(e.code, e.message); }
const t = process.hrtime();
const d = process.hrtime(t);
console.log(d.length, d[0] >= 0, typeof process.hrtime.bigint(), process.hrtime.bigint() > 0n);
console.log(typeof process.uptime(), process.uptime() >= 0, typeof process.umask(), typeof process.getuid(), typeof process.getgid());
const cwd = process.cwd();
process.chdir('/');
console.log(process.cwd());
process.chdir(cwd);
console.log(process.cwd() === cwd);
try { process.chdir(5); } catch (e) { console.log(e.code, e.message); }
console.log(typeof process.nextTick, typeof process.emit, typeof process.on, process.listenerCount('exit'));
console.log(Object.prototype.toString.call(process), require('process') === process, require('node:process') === process);
