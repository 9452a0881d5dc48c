// word_freq.js: word frequencies of a text, using a plain object as a
// dictionary, then the top words by count (ties broken alphabetically).
const text = `It was the best of times, it was the worst of times, it was the
age of wisdom, it was the age of foolishness, it was the epoch of belief, it
was the epoch of incredulity, it was the season of Light, it was the season
of Darkness, it was the spring of hope, it was the winter of despair.`;

function words(s) {
  const out = [];
  let cur = "";
  for (const ch of s.toLowerCase()) {
    if (ch >= "a" && ch <= "z") {
      cur += ch;
    } else if (cur) {
      out.push(cur);
      cur = "";
    }
  }
  if (cur) out.push(cur);
  return out;
}

const counts = Object.create(null);
const all = words(text);
for (const w of all) counts[w] = (counts[w] || 0) + 1;

const ranked = Object.keys(counts).sort((a, b) =>
  counts[b] - counts[a] || (a < b ? -1 : a > b ? 1 : 0));
console.log(`${all.length} words, ${ranked.length} distinct`);
for (const w of ranked.slice(0, 6)) {
  console.log(`${w.padEnd(8)} ${"#".repeat(counts[w])} ${counts[w]}`);
}
const longest = all.reduce((a, b) => (b.length > a.length ? b : a), "");
console.log("longest word:", longest, longest.length);
