const os = require('os');
console.log(typeof os.tmpdir(), typeof os.homedir(), typeof os.hostname());
console.log(os.type(), os.platform(), os.arch(), typeof os.release(), typeof os.version(), typeof os.machine());
console.log(JSON.stringify(os.EOL), os.endianness(), os.devNull);
const c = os.cpus(); console.log(Array.isArray(c), c.length > 0, Object.keys(c[0]), Object.keys(c[0].times));
console.log(typeof os.totalmem(), os.totalmem() > os.freemem(), os.loadavg().length, typeof os.uptime());
const lo = os.networkInterfaces().lo; console.log(lo && lo.map(e => [e.family, e.cidr, e.internal, e.mac]));
const u = os.userInfo(); console.log(Object.keys(u), Object.getPrototypeOf(u));
console.log(os.availableParallelism() >= 1, os.constants.signals.SIGINT, os.constants.errno.ENOENT, os.constants.priority);
console.log(Object.keys(os));
console.log(os.getPriority(), typeof os.getPriority(process.pid));
for (const f of [() => os.getPriority('x'), () => os.getPriority(999999), () => os.setPriority(0, 100), () => os.setPriority(1.5), () => os.userInfo(5)]) {
  try { f(); } catch (e) { console.log(e.name, e.code, e.message, e.errno, e.syscall); }
}
