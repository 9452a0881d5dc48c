// An uncaught error thrown from a timer after an exit handler is installed:
// the handler runs with code 1, and node prints the error and the stack.
const fs = require('fs');
process.on('exit', (code) => console.log('exit code', code));
class ConfigError extends Error {
  constructor(msg, file) { super(msg); this.name = 'ConfigError'; this.file = file; this.code = 'E_CONFIG'; }
}
function load(file) {
  try { return JSON.parse(fs.readFileSync(file, 'utf8')); }
  catch (e) { throw new ConfigError(`cannot load ${file}: ${e.code || e.message}`, file); }
}
console.log('start');
setTimeout(() => { console.log('in timer'); load('/nonexistent/config.json'); }, 1);
