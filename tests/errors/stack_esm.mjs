// An ES module's top level has no function name and a file:// URL.
const dir = new URL('.', import.meta.url).href;
function f() {
  return new Error('esm');
}
const lines = f().stack.split(dir).join('./').split('\n');
console.log(lines.slice(0, 3).join('\n'));
class K { m() { return new Error('m'); } }
console.log(new K().m().stack.split(dir).join('./').split('\n').slice(0, 3).join('\n'));
