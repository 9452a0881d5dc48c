// process.env values are strings; deletes and enumeration work; children see changes.
process.env.KILN_T_NUM = 42;
process.env.KILN_T_OBJ = { a: 1 };
process.env.KILN_T_ARR = [1, 2];
console.log(JSON.stringify([process.env.KILN_T_NUM, process.env.KILN_T_OBJ, process.env.KILN_T_ARR]));
console.log(Object.keys(process.env).filter((k) => k.startsWith('KILN_T_')).sort());
Object.defineProperty(process.env, 'KILN_T_DEF', { value: 7, writable: true, enumerable: true, configurable: true });
console.log(typeof process.env.KILN_T_DEF, process.env.KILN_T_DEF);
try { Object.defineProperty(process.env, 'KILN_T_BAD', { get() { return 'x'; } }); } catch (e) { console.log(e.code, e.message); }
console.log(delete process.env.KILN_T_NUM, process.env.KILN_T_NUM, 'KILN_T_NUM' in process.env);
console.log(delete process.env.NEVER_SET_KILN_VAR);
console.log(typeof process.env.PATH, process.env.hasOwnProperty('PATH'));
const { execSync } = require('child_process');
console.log(execSync('echo "$KILN_T_OBJ|$KILN_T_NUM|"', { encoding: 'utf8' }).trim());
for (const k of Object.keys(process.env)) if (k.startsWith('KILN_T_')) delete process.env[k];
console.log(Object.keys(process.env).filter((k) => k.startsWith('KILN_T_')).length);
