// Regular expressions: test, exec with groups, global replace with a
// callback, split, matchAll.
const n = +(process.argv[2] || 800);
const lines = [];
for (let i = 0; i < 500; i++)
  lines.push(`2024-0${1 + i % 9}-1${i % 10} user${i}@example.com GET /api/v${i % 3}/items/${i * 17} 200 ${i * 3}ms`);
const text = lines.join('\n');
const dateRe = /(\d{4})-(\d{2})-(\d{2})/;
const mailRe = /([a-z0-9]+)@([a-z]+)\.com/;
let check = 0;
for (let r = 0; r < n; r++) {
  for (const line of lines) {
    const m = dateRe.exec(line);
    if (m) check += +m[3];
    const e = line.match(mailRe);
    if (e) check += e[1].length;
    if (/\s5\d\d\s/.test(line)) check++;
  }
  check += text.replace(/\d+ms/g, (s) => s.length).length;
  check += text.split(/\s+/).length;
  for (const m of text.matchAll(/items\/(\d+)/g)) check += m[1].length;
  check = check % 1000000007;
}
console.log(check);
