// String building and searching: +=, indexOf, split, replace, slice,
// charCodeAt, number <-> string.
const n = +(process.argv[2] || 1000);
let check = 0;
for (let r = 0; r < n; r++) {
  let s = '';
  for (let i = 0; i < 2000; i++) s += 'w' + i + ' ';
  const words = s.split(' ');
  let sum = 0;
  for (let i = 0; i < words.length; i += 7) sum += parseInt(words[i].slice(1), 10) || 0;
  let pos = 0, hits = 0;
  while ((pos = s.indexOf('w1', pos)) !== -1) { hits++; pos++; }
  const t = s.replace(/w/g, 'x').toUpperCase();
  let h = 0;
  for (let i = 0; i < t.length; i += 3) h = (h * 31 + t.charCodeAt(i)) | 0;
  const parts = [];
  for (let i = 0; i < 500; i++) parts.push(String(i * 0.5), (i * 7).toString(16));
  const joined = parts.join(',');
  check = (check + sum + hits + h + joined.length + s.lastIndexOf('w99') +
           (s.includes('w1999') ? 1 : 0) + t.trim().length) | 0;
}
console.log(check);
