const { readFile } = require('fs/promises');
process.on('exit', (code) => console.log('exit', code));
async function main() {
  console.log('reading');
  const data = await readFile('/definitely/missing/file.txt', 'utf8');
  console.log(data.length);
}
main();
