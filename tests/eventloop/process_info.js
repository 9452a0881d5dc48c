// process fields with deterministic values.
console.log(process.argv.length, typeof process.argv[0], process.argv[1].startsWith('/'), process.argv[1].endsWith('process_info.js'));
console.log(typeof process.pid, process.pid > 0, typeof process.cwd(), process.cwd().startsWith('/'));
console.log(typeof process.env, typeof process.env.PATH, process.env.SURELY_NOT_SET_VAR_XYZ);
console.log(typeof performance.now(), typeof process.memoryUsage().heapUsed, typeof process.uptime());
console.log(process.version, process.versions.node, typeof process.platform, typeof process.arch);
console.log(process.hrtime().length, process.hrtime(process.hrtime())[0], process.exitCode);
console.log(Object.prototype.toString.call(process), typeof process.nextTick, typeof process.on);
