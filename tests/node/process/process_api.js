process.env.FOO = 123;
console.log(process.env.FOO, typeof process.env.FOO, 'FOO' in process.env);
process.env.B = true; process.env.U = undefined; process.env.N = null;
console.log(process.env.B, process.env.U, process.env.N);
delete process.env.FOO;
console.log(process.env.FOO, 'FOO' in process.env, Object.keys(process.env).includes('B'));
console.log(typeof process.hrtime.bigint(), process.hrtime().length);
try { process.hrtime([1,2,3]) } catch (e) { console.log(e.code, e.message) }
try { process.hrtime(5) } catch (e) { console.log(e.code, e.message) }
console.log(Object.keys(process.cpuUsage()), Object.keys(process.resourceUsage()).length);
try { process.kill(99999999, 0) } catch (e) { console.log(e.message, e.code, e.errno, e.syscall) }
try { process.kill(1, 'SIGFOO') } catch (e) { console.log(e.message, e.code, e.name) }
try { process.kill('x') } catch (e) { console.log(e.message, e.code, e.name) }
try { process.exitCode = 'a' } catch (e) { console.log(e.message, e.code) }
try { process.exitCode = 1.5 } catch (e) { console.log(e.message, e.code) }
process.exitCode = '0';
console.log(process.exitCode);
try { process.chdir('/nonexist') } catch (e) { console.log(e.message.replace(process.cwd(), 'CWD'), e.code, e.errno, e.syscall, e.path === process.cwd(), e.dest) }
process.on('warning', w => console.log('warning event', w.name, w.message, w.code));
process.emitWarning('w1'); process.emitWarning('w2', 'CustomWarning', 'C01');
process.on('SIGUSR2', (a, b) => console.log('got', a, b));
console.log(process.kill(process.pid, 'SIGUSR2'));
setTimeout(() => console.log('timer'), 300);
console.log(process.getuid() === process.geteuid(), typeof process.getegid());
