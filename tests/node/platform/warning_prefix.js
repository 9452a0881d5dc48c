// Warnings on stderr: "(node:PID) " before each, the --trace-warnings hint
// after the first only (DeprecationWarning names --trace-deprecation). The
// child's stderr is shown with its pid replaced.
const { spawnSync } = require('child_process');
const mode = process.argv[2];
if (mode === 'warn') {
  process.emitWarning('something odd');
  process.emitWarning('second', 'CustomWarning', 'C42');
  process.emitWarning('old api', 'DeprecationWarning', 'DEP0001');
  setTimeout(() => console.log('child out'), 1);
} else if (mode === 'deprecate') {
  process.emitWarning('old api', 'DeprecationWarning', 'DEP0001');
  process.emitWarning('then plain');
} else if (mode === undefined) {
  for (const m of ['warn', 'deprecate']) {
    const r = spawnSync(process.execPath, [__filename, m], { encoding: 'utf8', timeout: 5000 });
    console.log(JSON.stringify(r.stdout), r.status);
    console.log(r.stderr.replace(/\(node:\d+\)/g, '(node:PID)'));
  }
}
